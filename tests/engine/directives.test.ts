// Inline suppression: Markdown HTML comments and Word comments silence findings where users put them, and nowhere else.
import { describe, expect, it } from 'vitest';
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import { applyDirectives } from '../../src/engine/directives.js';
import { markdownDirectives, parseDirectiveText } from '../../src/model/directives.js';
import { makeDocx } from '../helpers/make-docx.js';

const TERMS = { rules: { terms: 'warning' as const }, only: true };
/** The rules' findings, without the info notices that report each directive. */
const findings = (r: { messages: { ruleId: string; line: number; excerpt: string }[] }) => r.messages.filter((m) => m.ruleId !== 'inline-config');
const wrong = '截止2025年12月31日，资金已全部拨付。';

describe('directive text', () => {
  it('reads kinds, ids and a reason', () => {
    expect(parseDirectiveText('reportlint-disable terms, punctuation -- 引用原文', 3)).toEqual({ kind: 'disable', rules: ['terms', 'punctuation'], line: 3 });
    expect(parseDirectiveText('reportlint-disable-next-line', 1)).toEqual({ kind: 'disable-next-line', rules: [], line: 1 });
    expect(parseDirectiveText('请核对 reportlint-disable', 1)).toBeUndefined();
    expect(parseDirectiveText('reportlint-disabled terms', 1)).toBeUndefined();
  });
  it('finds several comments on one line', () => {
    expect(markdownDirectives(['a <!-- reportlint-disable-line terms --> b <!-- reportlint-disable-line punctuation -->']).map((d) => d.rules)).toEqual([['terms'], ['punctuation']]);
  });
  it('never silences fatal or internal errors', () => {
    const fatal = { ruleId: 'fatal', severity: 'error' as const, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 1, section: [], excerpt: '' };
    expect(applyDirectives([fatal], [{ kind: 'disable-file', rules: [], line: 1 }])).toHaveLength(1);
  });
});

describe('Markdown directives', () => {
  it('reports without a directive', async () => {
    expect(findings(await lintText(`一、基本情况\n${wrong}`, TERMS))).toHaveLength(1);
  });
  it('disable-next-line silences only the next line', async () => {
    const text = `一、基本情况\n<!-- reportlint-disable-next-line terms -->\n${wrong}\n${wrong}`;
    expect(findings(await lintText(text, TERMS)).map((m) => m.line)).toEqual([4]);
  });
  it('disable-line on the same line', async () => {
    const text = `一、基本情况\n${wrong} <!-- reportlint-disable-line terms -->\n${wrong}`;
    expect(findings(await lintText(text, TERMS)).map((m) => m.line)).toEqual([3]);
  });
  it('disable … enable covers a range', async () => {
    const text = `一、基本情况\n<!-- reportlint-disable terms -->\n${wrong}\n${wrong}\n<!-- reportlint-enable terms -->\n${wrong}`;
    expect(findings(await lintText(text, TERMS)).map((m) => m.line)).toEqual([6]);
  });
  it('a directive for another rule changes nothing', async () => {
    const text = `一、基本情况\n<!-- reportlint-disable-file punctuation -->\n${wrong}`;
    expect(findings(await lintText(text, TERMS))).toHaveLength(1);
  });
  it('disable-file without ids silences every rule', async () => {
    const text = `<!-- reportlint-disable-file -->\n一、基本情况\n${wrong}`;
    expect(findings(await lintText(text, TERMS))).toHaveLength(0);
  });
});

describe('Word comments', () => {
  const docx = (comment?: string) =>
    makeDocx({ blocks: ['一、基本情况', { text: wrong, comment }, { text: wrong }] });
  it('a comment "reportlint-disable terms" silences the paragraph it is anchored to', async () => {
    const plain = await lintDocument(await parseReport(docx(), 'a.docx'), TERMS);
    expect(plain.messages).toHaveLength(2);
    const silenced = await lintDocument(await parseReport(docx('reportlint-disable terms -- 引用文件原文'), 'a.docx'), TERMS);
    expect(findings(silenced).map((m) => m.excerpt)).toEqual(['截止']);
    expect(findings(silenced)[0]!.line).toBe(plain.messages[1]!.line);
  });
  it('an ordinary review comment silences nothing', async () => {
    const result = await lintDocument(await parseReport(docx('请核对数据'), 'a.docx'), TERMS);
    expect(result.messages).toHaveLength(2);
  });
});

describe('a reviewer sees every directive, and can ignore them (--no-inline-config)', () => {
  const text = `<!-- reportlint-disable-file -->\n一、基本情况\n${wrong}`;
  it('a directive that is honoured is still reported, as info, naming what it turns off', async () => {
    const result = await lintText(text, TERMS);
    expect(findings(result)).toHaveLength(0);
    const notices = result.messages.filter((m) => m.ruleId === 'inline-config');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'info', line: 1 });
    expect(notices[0]!.message).toMatch(/本报告含有关闭检查的指令.*reportlint-disable-file.*已生效.*全部规则/);
  });
  it('inlineConfig: false ignores the directive and says so', async () => {
    const result = await lintText(text, { ...TERMS, inlineConfig: false });
    expect(findings(result)).toHaveLength(1);
    expect(result.messages.find((m) => m.ruleId === 'inline-config')!.message).toMatch(/已按 --no-inline-config 忽略/);
  });
  it('a Word comment directive is reported too', async () => {
    const bytes = makeDocx({ blocks: ['一、基本情况', { text: wrong, comment: 'reportlint-disable terms' }] });
    const result = await lintDocument(await parseReport(bytes, 'a.docx'), { ...TERMS, locale: 'en' });
    expect(result.messages.filter((m) => m.ruleId === 'inline-config').map((m) => m.message)).toEqual([
      expect.stringMatching(/reportlint-disable-line terms.*honoured.*terms/),
    ]);
  });
});
