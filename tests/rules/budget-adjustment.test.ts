import { ruleTester } from '../helpers/rule-tester.js';

const fund = (initial: string, budget: string, spent: string, rate: string, after = '') => `# 项目支出绩效自评表

| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
|---|---|---|---|---|---|---|---|
| | 年度资金总额 | ${initial} | ${budget} | ${spent} | 10 | ${rate} | 9 |
| | 其中：当年财政拨款 | ${initial} | ${budget} | ${spent} | — | — | — |
${after}`;

ruleTester('budget-adjustment', {
  valid: [
    { name: 'no adjustment, rate above 90 %', text: fund('80.00', '80.00', '76.00', '95.00%') },
    { name: 'adjustment explained in the text (追加)', text: fund('80.00', '96.00', '91.20', '95.00%', '\n年中追加设备购置资金16.00万元。') },
    { name: 'adjustment explained in the text (调减)', text: fund('96.00', '80.00', '76.00', '95.00%', '\n因部分工程取消，年中调减预算16.00万元。') },
    { name: 'low rate explained', text: fund('80.00', '80.00', '68.00', '85.00%', '\n执行率偏低的原因是2个站点尚未完成验收，资金未支付。') },
    { name: 'low rate check off', text: fund('80.00', '80.00', '68.00', '85.00%'), options: { executionRate: false } },
    { name: 'threshold lowered', text: fund('80.00', '80.00', '68.00', '85.00%'), options: { threshold: 0.8 } },
    { name: 'narrative without adjustment', text: '本项目年初预算资金120.00万元，全年预算120.00万元，全年执行114.00万元。' },
    { name: 'the same amount in two units', text: '本项目年初预算资金120万元，调整后预算1200000元。' },
    { name: 'a target is not a result', text: '绩效指标：预算执行率不低于85%。' },
  ],
  invalid: [
    { name: 'table: 追加 without a reason', text: fund('80.00', '96.00', '91.20', '95.00%'), errors: [{ match: /80\.00.*96\.00.*追加 16\.00/, severity: 'error' }] },
    { name: 'table: 调减 without a reason', text: fund('96.00', '80.00', '76.00', '95.00%'), errors: [{ match: /调减 16\.00/ }] },
    { name: 'table: low rate without a reason', text: fund('80.00', '80.00', '68.00', '85.00%'), errors: [{ match: /85\.00%.*90%/, severity: 'warning' }] },
    { name: 'narrative: 调整后预算', text: '本项目年初预算资金120.00万元，调整后预算150.00万元，全年执行142.50万元。', errors: [{ match: /120\.00万元.*150\.00万元.*追加 30\.00/ }] },
    { name: 'narrative: low rate', text: '全年支出68万元，预算执行率为85%。', errors: [{ match: /85%/, severity: 'warning' }] },
  ],
});
