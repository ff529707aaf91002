import { ruleTester } from '../helpers/rule-tester.js';

const table = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows}`;
const sichuan = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows}`;

ruleTester('unit-format', {
  valid: [
    { name: '=100%', text: table('| 产出指标 | 质量指标 | 验收合格率 | =100% | 100% | 10 | 10 | |') },
    { name: '≥95%', text: table('| 产出指标 | 质量指标 | 验收合格率 | ≥95% | 98% | 10 | 10 | |') },
    { name: 'a growth rate may exceed 100 %', text: table('| 效益指标 | 经济效益指标 | 收入较上年增长率 | ≥100% | 120% | 10 | 10 | |') },
    { name: 'money units convert', text: table('| 成本指标 | 经济成本指标 | 项目成本 | ≤12万元 | 102000元 | 10 | 10 | |') },
    { name: 'Sichuan: the unit column carries the unit', text: sichuan('| 产出指标 | 数量指标 | 演出场次 | ≥ | 36 | 场 | 41 | 15 | 15 | / |') },
    { name: 'qualitative', text: sichuan('| 效益指标 | 可持续影响指标 | 长效运行 | 定性 | 长期 | / | 长期 | 15 | 15 | / |') },
    { name: 'both with units', text: table('| 产出指标 | 数量指标 | 配送图书册数 | ≥18000册 | 18600册 | 15 | 15 | |') },
  ],
  invalid: [
    { name: '≥100% for a share', text: table('| 产出指标 | 质量指标 | 验收合格率 | ≥100% | 100% | 10 | 10 | |'), errors: [{ match: /验收合格率.*=100%/, severity: 'warning' }] },
    { name: 'Sichuan ≥ 100 %', text: sichuan('| 产出指标 | 质量指标 | 验收合格率 | ≥ | 100 | % | 100 | 5 | 5 | / |'), errors: [{ match: /=100%/ }] },
    { name: '百分比 as a unit', text: sichuan('| 满意度指标 | 满意度指标 | 群众满意度 | ≥ | 90 | 百分比 | 93 | 10 | 10 | / |'), errors: [{ match: /百分比.*%/ }] },
    { name: 'unit column disagrees', text: sichuan('| 产出指标 | 数量指标 | 演出场次 | ≥ | 36场 | 个 | 41 | 15 | 15 | / |'), errors: [{ match: /个.*场/ }] },
    { name: '个 → 次', text: table('| 产出指标 | 数量指标 | 培训班 | ≥20个 | 20次 | 10 | 10 | |'), errors: [{ match: /个.*次/ }] },
    { name: 'a result with no unit', text: table('| 产出指标 | 数量指标 | 配送图书册数 | ≥18000册 | 18600 | 15 | 15 | |'), errors: [{ match: /18600.*没有单位.*册/ }] },
  ],
});
