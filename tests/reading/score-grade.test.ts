// §2 of the reading issue: "评价结论为“良”" is checked against the score in the same or the next sentence, at every
// grade boundary (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60); one defect gets one finding between score-grade and
// conclusion-score.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';
import { sameOnDocx } from './docx-variants.js';

const report = (...lines: string[]) => `某县科协2024年度项目支出绩效自评报告\n一、评价结论\n${lines.join('\n')}\n`;

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: '90.00 优', text: report('项目自评得分90.00分，评价结论为“优”。') },
    { name: '89.99 良', text: report('项目自评得分89.99分，评价结论为“良”。') },
    { name: '80 良好', text: report('经自评，我局2024年度部门整体支出绩效自评得分为80分，评价结论为“良好”。') },
    { name: '60 中', text: report('项目自评得分60分，评价结论为“中”。') },
    { name: '72.5 中等, next sentence', text: report('项目自评得分72.5分。评价结论为“中等”。') },
    { name: '59.99 差', text: report('项目自评得分59.99分，评价结论为“差”。') },
    { name: '95 优秀 in 「」', text: report('综合评分95分，评价结论为「优秀」。') },
    { name: 'next sentence with a score of its own', text: report('项目自评得分95分。其中产出指标得分48分。评价结论为“优”。') },
    { name: 'an indicator score is not graded by the next sentence', text: report('产出指标得分48分。评价结论为“优”。') },
  ],
  invalid: [
    { name: '90.00 良好', text: report('项目自评得分90.00分，评价结论为“良好”。'), errors: [{ match: /90\.00分.*优.*良好/ }] },
    { name: '89.99 优秀', text: report('项目自评得分89.99分，评价结论为“优秀”。'), errors: [{ match: /89\.99分.*良.*优秀/ }] },
    { name: '80 优秀', text: report('经自评，我局2024年度部门整体支出绩效自评得分为80分，评价结论为“优秀”。'), errors: [{ match: /80分.*良/ }] },
    { name: '60 良好', text: report('项目自评得分60分，评价结论为“良好”。'), errors: [{ match: /60分.*中/ }] },
    { name: '55.73 中等', text: report('经自评，我局2025年度部门整体支出绩效自评得分为55.73分，评价结论为“中等”。'), errors: [{ match: /55\.73分.*差/ }] },
    { name: '94.08 良, next sentence', text: report('项目自评得分94.08分。评价结论为“良”。'), errors: [{ match: /94\.08分.*优/ }] },
    { name: '86.35 合格', text: report('项目自评得分86.35分，评价结论为合格。'), errors: [{ match: /86\.35分.*良/ }] },
  ],
};
ruleTester('score-grade', cases);
sameOnDocx('score-grade', [...cases.valid, ...cases.invalid]);

describe('one defect, one finding between score-grade and conclusion-score', () => {
  const table = ['| 一级指标 | 分值 | 得分 |', '| --- | --- | --- |', '| 产出指标 | 50 | 48 |', '| 效益指标 | 50 | 46.08 |', '| 总分 | 100 | 94.08 |'];
  it('a wrong grade with its score in the conclusion is score-grade\'s only', async () => {
    const text = `${report('项目自评得分94.08分，评价结论为“良”。')}二、附表\n${table.join('\n')}\n`;
    const found = (await lintText(text, {})).messages.filter((m) => m.ruleId === 'score-grade' || m.ruleId === 'conclusion-score');
    expect(found.map((m) => m.ruleId)).toEqual(['score-grade']);
  });
  it('a grade without a score is compared with the table total by conclusion-score, once', async () => {
    const text = `${report('经综合评价，评价结论为“良”。')}二、附表\n${table.join('\n')}\n`;
    const found = (await lintText(text, {})).messages.filter((m) => m.ruleId === 'score-grade' || m.ruleId === 'conclusion-score');
    expect(found.map((m) => m.ruleId)).toEqual(['conclusion-score']);
  });
});
