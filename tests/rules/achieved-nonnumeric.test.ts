import { ruleTester } from '../helpers/rule-tester.js';

const table = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows}`;
const sichuan = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows}`;

ruleTester('achieved-nonnumeric', {
  valid: [
    { name: 'a measured value', text: table('| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 95% | 10 | 10 | |') },
    { name: 'a qualitative target answered with words', text: table('| 效益指标 | 可持续影响指标 | 长效管理机制 | 健全 | 健全 | 15 | 15 | |') },
    { name: 'Sichuan: measured value with the unit column', text: sichuan('| 产出指标 | 数量指标 | 文化惠民演出场次 | ≥ | 36 | 场 | 41 | 15 | 15 | / |') },
    { name: 'Sichuan: 定性 answered 长期', text: sichuan('| 效益指标 | 可持续影响指标 | 示范点长效运行 | 定性 | 长期 | / | 长期 | 15 | 15 | / |') },
    { name: 'a rate indicator answered as a share', text: table('| 产出指标 | 质量指标 | 验收合格率 | ≥95个百分点 | 98% | 10 | 10 | |') },
    { name: 'a word answer to a qualitative narrative target', text: '绩效目标：提升群众科学素质。\n完成情况：已完成。' },
    { name: 'a measured value after 已完成', text: '绩效指标：群众满意度不低于90%。\n完成情况：已完成，群众满意度95%。' },
  ],
  invalid: [
    { name: 'narrative: 已完成', text: '绩效指标：群众满意度不低于90%。\n完成情况：已完成。', errors: [{ match: /90%.*已完成/, severity: 'warning' }] },
    { name: 'narrative: 达标', text: '绩效指标：发放资料不少于2000份。\n完成情况：达标。', errors: [{ match: /2000份.*达标/, severity: 'warning' }] },
    { name: 'narrative: 已完成100%', text: '绩效指标：群众满意度不低于90%。\n完成情况：已完成100%。', errors: [{ match: '已完成100%', severity: 'warning' }] },
    {
      name: 'table rows answered with words',
      text: table('| 产出指标 | 数量指标 | 开展活动次数 | ≥10次 | 已完成 | 10 | 10 | |\n| 产出指标 | 质量指标 | 验收合格率 | ≥90% | 已完成100% | 10 | 10 | |\n| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 完成 | 10 | 10 | |\n| 成本指标 | 经济成本指标 | 成本控制 | ≤50万元 | 达标 | 10 | 10 | — |'),
      errors: [{ match: /≥10次.*已完成/, severity: 'warning' }, { match: '已完成100%', severity: 'warning' }, { match: /群众满意度.*完成/, severity: 'warning' }, { match: /≤50万元.*达标/, severity: 'warning' }],
    },
    { name: 'table: 是', text: table('| 产出指标 | 数量指标 | 培训人次 | ≥240人次 | 是 | 10 | 10 | |'), errors: [{ match: /培训人次.*是/ }] },
    { name: 'Sichuan: 已完成 for ≥36 场', text: sichuan('| 产出指标 | 数量指标 | 文化惠民演出场次 | ≥ | 36 | 场 | 已完成 | 15 | | |'), errors: [{ match: /文化惠民演出场次.*≥36场.*已完成/ }] },
    { name: 'a share for a count target', text: table('| 产出指标 | 数量指标 | 文化惠民演出场次 | ≥36场 | 100% | 15 | 15 | |'), errors: [{ match: /以场计.*100%/ }] },
  ],
});
