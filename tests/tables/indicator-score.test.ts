import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';
import { oneRow, selfEval } from './build.js';

const fixture = (name: string) => readFileSync(`fixtures/tables/${name}.md`, 'utf8');
const qual = (target: string, actual: string, weight: string, score: string) =>
  selfEval({ rows: [['效益指标', '社会效益指标', '公众科学素质提升', target, actual, weight, score, '']] });

ruleTester('indicator-score', {
  valid: [
    { name: 'clean fixture', text: fixture('clean') },
    { name: 'merged fixture', text: fixture('merged') },
    { name: 'met target, full points', text: oneRow('活动次数', '≥6次', '8次', '10', '10') },
    { name: 'proportional score exactly', text: oneRow('资料发放数量', '不少于2000份', '1500份', '10', '7.5', '经费压减') },
    { name: 'proportional score rounded to one decimal', text: oneRow('活动次数', '≥3次', '2次', '10', '6.7', '疫情停办') },
    { name: 'proportional score rounded to an integer', text: oneRow('活动次数', '≥3次', '2次', '10', '7', '疫情停办') },
    { name: 'scored below the proportional value', text: oneRow('活动次数', '≥6次', '3次', '10', '4', '经费不足') },
    { name: 'reverse indicator under its ceiling', text: oneRow('项目总成本', '≤12万元', '10.2万元', '5', '5') },
    { name: 'reverse indicator over, scored by the linear formula', text: oneRow('项目总成本', '≤10万元', '11万元', '10', '9', '材料涨价') },
    { name: 'reverse indicator over, scored by target/actual', text: oneRow('项目总成本', '≤10万元', '11万元', '10', '9.09', '材料涨价') },
    { name: 'money in other units', text: oneRow('项目总成本', '≤10万元', '95000元', '10', '10') },
    { name: 'qualitative achieved 90 %', text: qual('效果明显', '效果较明显', '20', '18') },
    { name: 'qualitative partly achieved 65 %', text: qual('明显改善', '部分改善', '20', '13') },
    { name: 'qualitative not achieved 25 %', text: qual('明显提升', '效果较差', '20', '5') },
    { name: 'not applicable actual value', text: oneRow('活动次数', '≥6次', '—', '10', '10') },
    { name: 'a word as the actual value is left to target-actual', text: oneRow('活动次数', '≥6次', '已完成', '10', '10') },
    { name: 'a target of 0 met', text: oneRow('安全责任事故', '0起', '0起', '10', '10') },
    { name: 'deadline met (day before the deadline)', text: oneRow('资金拨付时间', '2024年12月31日前', '2024年11月28日', '10', '10') },
    { name: 'deadline met: month-only actual in the deadline month, year taken from the target', text: oneRow('项目完工时间', '2024年10月底前', '10月完成', '10', '10') },
    { name: 'deadline missed but points deducted (left to deviation-explained)', text: oneRow('项目完工时间', '2024年10月底前', '2024年11月', '10', '8', '雨季延误') },
    { name: 'a date target without a deadline word is not a deadline', text: oneRow('开工时间', '2024年3月', '2024年5月', '10', '10') },
    { name: 'deadline with only words in the actual cell', text: oneRow('资金拨付时间', '2024年12月31日前', '按时拨付', '10', '10') },
    { name: 'text without tables', text: '# 一、基本情况\n\n开展科普活动3次，得分10分。\n' },
  ],
  invalid: [
    {
      name: 'done after the deadline, full points',
      text: oneRow('资金拨付时间', '2024年12月31日前', '2025年1月15日', '10', '10'),
      errors: [{ match: /资金拨付时间.*时限为 2024年12月31日前.*2025年1月15日 晚于时限.*满分 10 分/, severity: 'error', excerpt: '资金拨付时间' }],
    },
    {
      name: 'month-level deadline, completion in a later month (the last date in the cell counts)',
      text: oneRow('项目完工时间', '２０２４年１０月底前', '2024年3月开工，11月完工', '5', '5'),
      errors: [{ match: /项目完工时间.*晚于时限/ }],
    },
    {
      name: '1000 of 2000 scored 10',
      text: oneRow('科普资料发放数量', '≥2000份', '1000份', '10', '10'),
      errors: [{ match: /科普资料发放数量.*应得 5 分.*表中为 10 分/, severity: 'error', excerpt: '科普资料发放数量' }],
    },
    {
      name: 'score above the weight',
      text: oneRow('覆盖社区数', '≥12个', '12个', '10', '12'),
      errors: [{ match: /得分 12 超过分值 10/, severity: 'error' }],
    },
    {
      name: 'empty actual value with points',
      text: oneRow('橱窗更新频次', '12次/年', '', '10', '5', '两月更新一次'),
      errors: [{ match: /橱窗更新频次.*实际完成值为空.*5 分/, severity: 'error' }],
    },
    {
      name: 'reverse indicator over its ceiling with full points',
      text: oneRow('单位成本', '≤12万元', '15万元', '5', '5'),
      errors: [{ match: /反向指标.*最多 4 分.*表中为 5 分/, severity: 'error' }],
    },
    {
      name: 'one decimal too many: warning naming both',
      text: oneRow('活动次数', '≥3次', '2次', '10', '6.8', '停办一次'),
      errors: [{ match: /应得 6\.67 分.*表中为 6\.8 分/, severity: 'warning' }],
    },
    {
      name: 'exact target 100 % with 90 %',
      text: oneRow('验收合格率', '100%', '90%', '10', '10'),
      errors: [{ match: /应得 9 分/, severity: 'error' }],
    },
    {
      name: 'units converted: 50000元 of 10万元',
      text: oneRow('配套资金到位', '≥10万元', '50000元', '10', '10'),
      errors: [{ match: /应得 5 分/, severity: 'error' }],
    },
    {
      name: 'percent target missed',
      text: oneRow('群众满意度', '≥90%', '80%', '10', '10'),
      errors: [{ match: /应得 8\.89 分/, severity: 'error' }],
    },
    {
      name: 'qualitative partly achieved with full points',
      text: qual('明显改善', '部分达成', '20', '20'),
      errors: [{ match: /部分达成.*60%–80%.*20 分/, severity: 'warning' }],
    },
    {
      name: 'qualitative not achieved with 75 %',
      text: qual('明显提升', '未达成', '20', '15'),
      errors: [{ match: /未达成.*0%–60%/, severity: 'warning' }],
    },
    {
      name: 'qualitative achieved below 80 %',
      text: qual('效果明显', '效果显著', '20', '14'),
      errors: [{ match: /达成.*80%–100%.*\[16, 20\]/, severity: 'warning' }],
    },
    {
      name: 'a target of 0 missed',
      text: oneRow('安全责任事故', '0起', '1起', '10', '10'),
      errors: [{ match: /指标值为 0.*1起.*应得 0 分.*10 分/ }],
    },
    {
      name: 'a ceiling of 0 missed',
      text: oneRow('投诉次数', '≤0次', '2次', '5', '3'),
      errors: [{ match: /指标值为 0.*2次/ }],
    },
    {
      name: 'the kepu table as Markdown',
      text: fixture('kepu'),
      errors: [{ match: /科普资料发放数量.*5 分/ }, { match: /科普橱窗更新频次/ }],
    },
    { name: 'Sichuan reverse indicator', text: fixture('sichuan'), errors: [{ match: /单处维修成本/, severity: 'error' }] },
  ],
});
