import { ruleTester } from '../helpers/rule-tester.js';

const head = `| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
|---|---|---|---|---|---|---|---|
| | 年度资金总额 | 80.00 | 80.00 | 76.00 | 10 | 95.00% | 9.5 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |`;
const table = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows}`;

ruleTester('indicator-class', {
  valid: [
    { name: '预算执行率 as an indicator when there is no fund block', text: table('| 产出指标 | 时效指标 | 预算执行率 | ≥90% | 95% | 10 | 10 | |') },
    { name: 'satisfaction under 满意度指标', text: table('| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 10 | 10 | |') },
    { name: 'cost under 产出 in a three-class table', text: table('| 产出指标 | 成本指标 | 单位成本 | ≤0.3万元 | 0.28万元 | 5 | 5 | |') },
    { name: 'a custom class list replaces the defaults', text: table('| 效益指标 | 社会效益指标 | 读者满意度 | ≥90% | 94% | 10 | 10 | |'), options: { classes: [] } },
  ],
  invalid: [
    { name: '预算执行率 beside its own block', text: `${head}\n| 产出指标 | 时效指标 | 预算执行率 | ≥90% | 95% | 5 | 5 | |`, errors: [{ match: /预算执行率.*产出指标 › 时效指标.*重复/ }] },
    { name: 'satisfaction under 效益', text: table('| 效益指标 | 社会效益指标 | 读者满意度 | ≥90% | 94% | 10 | 10 | |'), errors: [{ match: /读者满意度.*满意度指标/ }] },
    {
      name: 'cost outside 成本指标 when the table has that class',
      text: table('| 产出指标 | 数量指标 | 单位成本 | ≤0.3万元 | 0.28万元 | 5 | 5 |  |\n| 成本指标 | 经济成本指标 | 项目总成本 | ≤12万元 | 11万元 | 5 | 5 | |'),
      errors: [{ match: /单位成本.*成本指标/ }],
    },
  ],
});
