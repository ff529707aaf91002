// 自评表 as a form, in .docx and .xlsx built as the provincial systems export them: each case fails on the defect and
// passes on the clean form, in both formats; the clean Sichuan and 附件1 forms get no error or warning at all.
import { describe, expect, it } from 'vitest';
import { CLEAN, FORMATS, INDICATORS, annex1Rows, lintForm, lintFormAll, sichuanRows, type Indicator } from './sichuan-form.js';

const INSTR_DONE = '对照年度目标，说明相关任务目标的完成情况（100字以内）';
const withRow = (name: string, change: Partial<Indicator>) => INDICATORS.map((r) => (r.name === name ? { ...r, ...change } : r));
const texts = (ms: { message: string }[]) => ms.map((m) => m.message);
/** The form cut off after its last indicator row, whose 权重 and 得分 cells are empty. */
function cutOff(): string[][] {
  const rows = sichuanRows();
  const at = rows.findIndex((r) => r[0] === '合计');
  const kept = rows.slice(0, at);
  kept[at - 1] = kept[at - 1]!.map((t, i) => (i === 7 || i === 8 || i === 6 ? '' : t));
  return kept;
}

interface Case {
  name: string;
  rule: string;
  fail: string[][];
  pass: string[][];
  /** Every finding's message matches this (and there is at least one). */
  match: RegExp;
  count?: number;
}

const cases: Case[] = [
  { name: 'empty 主管部门', rule: 'empty-section', fail: sichuanRows({ department: '' }), pass: sichuanRows(), match: /主管部门/, count: 1 },
  { name: '年度目标完成情况 holds only its instruction', rule: 'placeholder', fail: sichuanRows({ done: INSTR_DONE }), pass: sichuanRows(), match: /年度目标完成情况.*填写说明/, count: 1 },
  { name: '评价结论 holds only its instruction', rule: 'placeholder', fail: sichuanRows({ conclusion: '根据自评得分情况填写，须写明自评总分和等级（200字以内）' }), pass: sichuanRows(), match: /评价结论/, count: 1 },
  { name: 'instruction left beside content (milder)', rule: 'placeholder', fail: sichuanRows({ problems: '部分示范点文艺骨干流动较大。简述项目实施中的主要不足（200字以内）' }), pass: sichuanRows(), match: /存在问题.*未删除/, count: 1 },
  { name: 'a placeholder as the value', rule: 'placeholder', fail: sichuanRows({ department: 'XX县文化局' }), pass: sichuanRows(), match: /XX/ },
  { name: 'signature lines with nothing after the colon', rule: 'signature-block', fail: sichuanRows({ signers: ['项目负责人：', '财务负责人：'] }), pass: sichuanRows(), match: /(?:项目|财务)负责人/, count: 2 },
  { name: 'every 得分 empty, 合计 too', rule: 'score-total', fail: sichuanRows({ budget: [...CLEAN.budget.slice(0, 5), '', CLEAN.budget[6]] as never, indicators: INDICATORS.map((r) => ({ ...r, score: '' })), total: ['100', ''] }), pass: sichuanRows(), match: /得分.*合计/, count: 1 },
  { name: 'one 得分 empty', rule: 'score-total', fail: sichuanRows({ indicators: withRow('群众满意度', { score: '' }), total: ['100', '89.5'] }), pass: sichuanRows(), match: /群众满意度.*得分未填写/, count: 1 },
  { name: '合计 score empty', rule: 'score-total', fail: sichuanRows({ total: ['100', ''] }), pass: sichuanRows(), match: /合计.*100/, count: 1 },
  { name: 'full marks with no 指标值', rule: 'indicator-score', fail: sichuanRows({ indicators: withRow('建成示范点数量', { target: '' }) }), pass: sichuanRows(), match: /建成示范点数量.*指标值/, count: 1 },
  { name: 'budget adjusted without a reason', rule: 'budget-adjustment', fail: sichuanRows({ budget: [...CLEAN.budget.slice(0, 6), ''] as never }), pass: sichuanRows(), match: /156\.40.*180\.00.*23\.60/, count: 1 },
  { name: 'execution rate below 90 % without a reason', rule: 'budget-adjustment', fail: sichuanRows({ budget: ['180.00', '180.00', '153.00', '85.00%', '10', '8.5', ''] }), pass: sichuanRows({ budget: ['180.00', '180.00', '153.00', '85.00%', '10', '8.5', '2个示范点设备尚未完成验收，资金未支付'] }), match: /85\.00%.*90%/, count: 1 },
  { name: '≥100 % for a share', rule: 'unit-format', fail: sichuanRows({ indicators: withRow('示范点验收合格率', { nature: '≥' }) }), pass: sichuanRows(), match: /示范点验收合格率.*=100%/, count: 1 },
  { name: '百分比 spelt as a unit', rule: 'unit-format', fail: sichuanRows({ indicators: withRow('群众满意度', { unit: '百分比' }) }), pass: sichuanRows(), match: /百分比/, count: 1 },
  { name: '完成值 in another measure word', rule: 'unit-format', fail: sichuanRows({ indicators: withRow('文化惠民演出场次', { target: '36场', actual: '41次' }) }), pass: sichuanRows({ indicators: withRow('文化惠民演出场次', { target: '36场', actual: '41场' }) }), match: /场.*次/, count: 1 },
  { name: '完成值 is a word', rule: 'achieved-nonnumeric', fail: sichuanRows({ indicators: withRow('文化惠民演出场次', { actual: '已完成' }) }), pass: sichuanRows(), match: /文化惠民演出场次.*已完成/, count: 1 },
  { name: '预算执行率 under 产出 beside its own block', rule: 'indicator-class', fail: sichuanRows({ indicators: withRow('演出按期完成率', { name: '预算执行率', nature: '≥', target: '90', actual: '95' }) }), pass: sichuanRows(), match: /预算执行率.*重复/, count: 1 },
  { name: '满意度 filed under 效益', rule: 'indicator-class', fail: sichuanRows({ indicators: withRow('群众满意度', { l1: '效益指标', l2: '社会效益指标' }) }), pass: sichuanRows(), match: /群众满意度.*满意度指标/, count: 1 },
  { name: 'a table cut off (no 合计, last row unfilled)', rule: 'weight-sum', fail: cutOff(), pass: sichuanRows(), match: /不完整.*群众满意度/, count: 1 },
];

for (const format of FORMATS) {
  describe(`自评表 form (.${format})`, () => {
    for (const c of cases) {
      it(`${c.rule}: ${c.name}`, async () => {
        const found = await lintForm(c.rule, c.fail, format);
        expect(found.length, texts(found).join('\n')).toBeGreaterThan(0);
        if (c.count !== undefined) expect(texts(found)).toHaveLength(c.count);
        for (const m of found) expect(m.message).toMatch(c.match);
        expect(texts(await lintForm(c.rule, c.pass, format))).toEqual([]);
      });
    }
    it('合计 100 in the 权重 column is a weight: no weight-sum finding when 得分 is empty', async () => {
      const rows = sichuanRows({ indicators: INDICATORS.map((r) => ({ ...r, score: '' })), total: ['100', ''] });
      expect(texts(await lintForm('weight-sum', rows, format))).toEqual([]);
    });
    it('the weights still add up with 预算执行率 misfiled under 产出', async () => {
      const rows = sichuanRows({ indicators: withRow('演出按期完成率', { name: '预算执行率', nature: '≥', target: '90', actual: '95' }) });
      expect(texts(await lintForm('weight-sum', rows, format))).toEqual([]);
    });
    it('a clean Sichuan form gets no error or warning', async () => {
      expect(texts(await lintFormAll(sichuanRows(), format))).toEqual([]);
    });
    it('a clean 附件1 form gets no error or warning', async () => {
      expect(texts(await lintFormAll(annex1Rows(), format))).toEqual([]);
    });
  });
}

describe('form fields in Markdown and in the text', () => {
  const lint = async (ruleId: string, text: string) => {
    const { lintText } = await import('../../src/api.js');
    return texts((await lintText(text, { rules: { [ruleId]: 'error' }, only: true })).messages.filter((m) => m.ruleId === ruleId));
  };
  const md = (dept: string) => `# 项目支出绩效自评表

| 项目名称 | | 科普宣传及科普进校园活动经费 | | |
|---|---|---|---|---|
| 主管部门 | | ${dept} | 实施单位 | 鹿泉区科学技术协会 |
| 年度总体目标 | 预期目标 | | 实际完成情况 | |
| | 开展科普宣传活动6次。 | | 开展科普宣传活动6次。 | |
`;
  it('Markdown leaves merged columns empty: the value is the next filled cell, or the cell under a label row', async () => {
    expect(await lint('empty-section', md('鹿泉区科学技术协会'))).toEqual([]);
  });
  it('an empty value in a Markdown form is reported', async () => {
    expect(await lint('empty-section', md(''))).toEqual([expect.stringMatching(/主管部门/)]);
  });
  it('a signature line in the text with nothing after the colon, and one filled in', async () => {
    expect(await lint('signature-block', '一、评价结论\n自评得分90分。\n填表人：\n填报日期：2025年3月10日')).toEqual([expect.stringMatching(/填表人/)]);
    expect(await lint('signature-block', '一、评价结论\n自评得分90分。\n填表人：何丽君\n项目负责人：钟子涵    财务负责人：黎佩瑶')).toEqual([]);
    expect(await lint('signature-block', '一、评价结论\n自评得分90分。\n项目负责人：        财务负责人：')).toHaveLength(2);
  });
});
