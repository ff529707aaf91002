import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { lintDocument, parseReport } from '../../src/api.js';
import { findPlaceholders, isOnlyPlaceholder } from '../../src/content/placeholders.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

ruleTester('placeholder', {
  valid: [
    { name: 'the 鹿泉 report without the bookmark text', text: SEED.replace('[bookmark: _GoBack]', '') },
    { name: 'Latin words with XX, 有待完善, 尚待核实', text: '一、问题\n制度有待完善，部分数据尚待核实。购置XXL号服装20套，Xbox游戏机不属于办公设备。\n' },
    { name: 'a signature line after 签字', text: '一、评价工作组人员名单及签字\n组长：张三 签字：________\n' },
    { name: 'single × in a formula and ellipsis inside a sentence', text: '一、计算\n得分 = 10×85% = 8.5分。培训、宣传……等工作均已完成。\n' },
    { name: 'brackets that are real content', text: '一、基本情况\n（根据2025年决算数据）本局编制20人。【说明】表中数据为决算数。\n' },
    { name: 'model numbers and 某 alone', text: '一、基本情况\n购置 RX-100 型设备2台，某单位来函已回复。\n' },
  ],
  invalid: [
    { name: 'XX as a name and as a figure', text: '一、基本情况\nXX县科协共有编制XX人。\n', errors: [{ match: '「XX」是占位符', excerpt: 'XX' }, { match: '「XX」是占位符' }] },
    { name: '××, XXX and 某某', text: '一、收支情况\n××单位财政拨款收入XXX万元，由某某同志负责。\n', errors: 3 },
    { name: '【请填写…】 and （此处填写…）', text: '一、基本情况\n【请填写部门职能】（此处填写机构设置情况）\n', errors: [{ match: '【请填写部门职能】' }, { match: '（此处填写机构设置情况）' }] },
    { name: '待补充 and 待定', text: '一、问题\n待补充\n二、措施\n具体措施待定。\n', errors: [{ match: '待补充' }, { match: '待定' }] },
    { name: '[bookmark: _GoBack] as text (warning)', text: '一、名单\n[bookmark: _GoBack]科协副主席：朱永刚\n', errors: [{ match: 'GoBack', severity: 'warning', excerpt: '[bookmark: _GoBack]' }] },
    { name: 'broken cross-references in Chinese and English', text: '一、目录\n一、基本情况\t错误！未定义书签。\n详见表1（Error! Reference source not found.）\n', errors: 2 },
    { name: '{{…}} fields and ______ lines', text: '一、基本情况\n{{单位名称}}共有编制______人。\n', errors: [{ match: '{{单位名称}}' }, { match: '______', severity: 'warning' }] },
    { name: 'outline notes', text: '一、部门基本情况（参考提纲）\n说明部门职能（200字以内）。\n', errors: [{ match: '(参考提纲)'.replace('(', '（').replace(')', '）') }, { match: '（200字以内）' }] },
    { name: '指标1：……', text: '一、指标\n指标1：……\n指标2：……\n', errors: 2 },
    { name: 'a cell holding only an ellipsis', text: '一、指标\n\n| 指标 | 完成值 |\n|---|---|\n| 培训人次 | …… |\n', errors: 1 },
    { name: 'a configured extra pattern', text: '一、基本情况\n单位名称：【单位】\n', options: { extra: ['【单位】'] }, errors: [{ match: /配置的占位符模式/ }] },
  ],
});

describe('placeholder on the samples', () => {
  it('finds [bookmark: _GoBack] in the Markdown seed', async () => {
    const { lintWithRule } = await import('../helpers/rule-tester.js');
    const found = await lintWithRule('placeholder', { text: SEED });
    expect(found.map((m) => m.excerpt)).toEqual(['[bookmark: _GoBack]']);
  });
  for (const file of ['luquan-2025-plain.docx', 'luquan-2025-styled.docx']) {
    it(`stays silent on ${file} (the real bookmark is invisible)`, async () => {
      const doc = await parseReport(new Uint8Array(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url))), file);
      const result = await lintDocument(doc, { rules: { placeholder: 'error' }, only: true });
      expect(result.messages.filter((m) => m.ruleId === 'placeholder')).toEqual([]);
    });
  }
  it('isOnlyPlaceholder tells a prompt from content', () => {
    expect(isOnlyPlaceholder('（此处填写部门职能）')).toBe(true);
    expect(isOnlyPlaceholder('待补充。')).toBe(true);
    expect(isOnlyPlaceholder('本局编制XX人。')).toBe(false);
    expect(findPlaceholders('XXL 与 Xbox')).toEqual([]);
  });
});

ruleTester('placeholder', {
  valid: [
    { name: 'parenthetical notes in real text', text: '一、收支情况\n（请见附件1）资金按实际到位数计算（根据实际到位资金测算）。部分制度待完善，数据待核实，待补助对象已公示。\n' },
  ],
  invalid: [
    { name: 'prompts as templates write them', text: '一、基本情况\n（请简要说明部门职能）（根据实际情况填写）\n', errors: 2 },
  ],
});
