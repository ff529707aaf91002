import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { annotateDocx } from '../../src/format/annotate/docx.js';
import { annotateMarkdown } from '../../src/format/annotate/markdown.js';
import { lintDocument, parseReport } from '../../src/api.js';
import { makeResult } from '../../src/engine/result.js';
import { makeDocx } from '../helpers/make-docx.js';
import { message } from './results.js';

const text = (bytes: Uint8Array, part: string) => new TextDecoder().decode(unzipSync(bytes)[part]);
const plainText = (xml: string) => xml.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text each comment covers in document.xml, by comment id. */
function anchored(doc: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const end = doc.indexOf(`<w:commentRangeEnd w:id="${m[1]}"/>`, m.index);
    const covered = doc.slice(m.index, end);
    out.set(m[1]!, [...covered.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[0] === '<w:tab/>' ? '\t' : t[1])).join(''));
  }
  return out;
}

describe('annotate .docx', () => {
  const bytes = makeDocx({
    lists: [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' }] }],
    blocks: [
      '西岭县文化旅游局2024年度部门整体支出绩效自评报告',
      { text: '部门基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
      { text: [{ text: '全年支出860.40万' }, { text: '元，其中基本支出', bold: true }, { text: '512.30万元。' }] },
      { text: '第一行\n第二行有误字' },
      { table: [['指标', '分值'], ['科普活动', '10分']] },
      { text: '已有批注的段落。', comment: '审阅人的意见' },
    ],
  });

  it('anchors each finding on its text, splitting runs, with author, rule and severity; the text reads the same', async () => {
    const doc = await parseReport(bytes, 'x.docx');
    const lines = doc.root.data.lines;
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle)) + 1;
      return { line, column: lines[line - 1]!.indexOf(needle) + 1 };
    };
    const span = (needle: string, extra: object = {}) => {
      const p = at(needle);
      return { ...p, endLine: p.line, endColumn: p.column + needle.length, excerpt: needle, ...extra };
    };
    const messages = [
      message({ ruleId: 'sum-total', message: '合计不符', ...span('860.40万元，其中') }),
      message({ ruleId: 'heading-numbering', severity: 'warning', message: '编号', ...span('一、') }),
      message({ ruleId: 'terms', severity: 'info', message: '误字', ...span('误字') }),
      message({ ruleId: 'indicator-score', message: '得分', ...span('10分') }),
      message({ ruleId: 'placeholder', message: '整段', ...at('已有批注'), endLine: at('已有批注').line, endColumn: at('已有批注').column }),
    ];
    const out = await annotateDocx(bytes, makeResult('x.docx', messages), { locale: 'zh-CN' });
    const comments = text(out, 'word/comments.xml');
    expect([...comments.matchAll(/<w:comment /g)]).toHaveLength(messages.length + 1);
    expect(comments).toContain('审阅人的意见');
    expect([...comments.matchAll(/w:author="reportlint"/g)]).toHaveLength(messages.length);
    expect(plainText(comments)).toContain('【错误】sum-total合计不符');
    expect(plainText(comments)).toContain('【警告】heading-numbering');
    const covered = anchored(text(out, 'word/document.xml'));
    // the existing comment keeps id 0; ours follow
    expect([...covered.keys()].sort()).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(covered.get('1')).toBe('860.40万元，其中');
    expect(covered.get('2')).toBe('部门基本情况'); // the automatic label is not text in the document: the heading is
    expect(covered.get('3')).toBe('误字');
    expect(covered.get('4')).toBe('10分');
    expect(covered.get('5')).toBe('已有批注的段落。');
    const back = await parseReport(out, 'x.docx');
    expect(back.root.data.lines).toEqual(lines);
    // only the main part and the comments part changed
    const a = unzipSync(bytes), b = unzipSync(out);
    for (const name of Object.keys(a)) if (!/document\.xml$|comments\.xml$/.test(name)) expect(b[name], name).toEqual(a[name]);
  });

  it('adds a comments part, its relationship and content type when the document had none', async () => {
    const plain = makeDocx({ blocks: ['第一段文字。'] });
    const out = await annotateDocx(plain, [message({ ruleId: 'terms', message: 'm', line: 1, column: 2, endLine: 1, endColumn: 4, excerpt: '一段' })], { locale: 'en' });
    expect(text(out, 'word/_rels/document.xml.rels')).toMatch(/relationships\/comments" Target="comments.xml"/);
    expect(text(out, '[Content_Types].xml')).toContain('PartName="/word/comments.xml"');
    expect(plainText(text(out, 'word/comments.xml'))).toContain('[error] terms');
    expect(anchored(text(out, 'word/document.xml')).get('0')).toBe('一段');
  });

  it('annotates a real report: one comment per finding, the original untouched', async () => {
    const original = readFileSync('fixtures/luquan-2025-plain.docx');
    const copy = Buffer.from(original);
    const result = await lintDocument(await parseReport(original, 'luquan.docx'));
    const out = await annotateDocx(original, result, { locale: 'zh-CN', date: new Date('2026-01-02T03:04:05Z') });
    expect(original.equals(copy)).toBe(true);
    const covered = anchored(text(out, 'word/document.xml'));
    expect(covered.size).toBe(result.messages.length);
    const exact = result.messages.filter((m, i) => m.excerpt && covered.get(String(i)) === m.excerpt);
    expect(exact.length).toBeGreaterThan(result.messages.length * 0.8);
    expect(text(out, 'word/comments.xml')).toContain('w:date="2026-01-02T03:04:05Z"');
    const back = await parseReport(out, 'luquan.docx');
    expect(back.root.data.lines).toEqual((await parseReport(original, 'luquan.docx')).root.data.lines);
  });
});

describe('annotate Markdown', () => {
  const md = ['# 报告', '第一段 2024年度。', '', '| 指标 | 分值 |', '|---|---|', '| 活动 | 10 |', '', '```', 'code', '```', '末段。', ''].join('\n');
  const run = (line: number) => annotateMarkdown(Buffer.from(md), [message({ ruleId: 'fiscal-year', message: '年度 -- 不符', line })], { locale: 'zh-CN' }).toString('utf8').split('\n');

  it('puts the comment after the line, or after the table or fence it is in', () => {
    const after = (line: number) => run(line).findIndex((l) => l.startsWith('<!--'));
    expect(after(2)).toBe(2);
    expect(after(6)).toBe(6);
    expect(after(4)).toBe(6);
    expect(after(9)).toBe(10);
    expect(after(11)).toBe(11);
    const comment = run(2)[2]!;
    expect(comment).toMatch(/^<!-- 审核意见【错误】fiscal-year（第 2 行）：年度 -\u200b- 不符 -->$/);
    // everything else stays as it was
    expect(run(2).filter((l) => !l.startsWith('<!--')).join('\n')).toBe(md);
  });
});
