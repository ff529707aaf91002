import { ruleTester } from '../helpers/rule-tester.js';

const table = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows}
| 总分 | | | | | 100 | 90 | |`;

ruleTester('deviation-explained', {
  valid: [
    { name: 'reason in the same paragraph', text: '绩效指标：开展活动6次。\n完成情况：开展活动3次，由于财政资金紧张，下半年活动未能开展。' },
    { name: 'reason in the next paragraph of the section', text: '一、完成情况\n绩效指标：开展活动6次。\n完成情况：开展活动3次。\n偏差原因：财政资金紧张，下半年活动未能开展。' },
    { name: '受…影响', text: '绩效指标：开展户外科普活动6次。\n完成情况：开展户外科普活动4次，受天气影响取消2次。' },
    { name: '因…', text: '绩效指标：发放资料不少于2000份。\n完成情况：发放资料1500份，因印刷经费未到位。' },
    { name: 'met targets need no reason', text: '绩效指标：开展活动6次。\n完成情况：开展活动6次。' },
    { name: 'exceeded targets need no reason here', text: '绩效指标：发放资料不少于2000份。\n完成情况：发放资料2500份。' },
    { name: '主要原因是… later in the section', text: '一、科普活动\n绩效指标：参与中小学不低于6所。\n完成情况：参与小学3所。\n未完成的主要原因是部分学校课时安排冲突。' },
    { name: 'table row with a reason in its cell', text: table('| 产出指标 | 数量指标 | 科普宣传活动次数 | ≥6次 | 3次 | 15 | 7.5 | 财政资金紧张，下半年活动未能开展 |\n| 产出指标 | 数量指标 | 参与活动学校数量 | ≥6所 | 6所 | 10 | 10 | |') },
    { name: 'qualitative row inside the 达成 band', text: table('| 效益指标 | 社会效益指标 | 公众科学素质提升 | 效果明显 | 效果较明显 | 20 | 18 | |') },
    { name: 'plan and result in one sentence with a reason', text: '计划开展科普讲座10场，实际开展8场，主要原因是疫情防控要求取消了2场。' },
    { name: 'R8: a deadline missed with a reason', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月底前 | 2024年11月 | 10 | 8 | 受汛期影响工期顺延 |') },
    { name: 'R8: a deadline met, full points', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月31日前 | 2024年10月20日 | 10 | 10 | |') },
    { name: 'R8: 年底前 met', text: table('| 产出指标 | 时效指标 | 完成时间 | 2024年底前 | 2024年12月 | 10 | 10 | |') },
    // one defect, one finding: a missed target, with or without a reason, is target-actual's
    { name: 'owned by target-actual: seed block: two shortfalls without reason', text: '绩效指标：开展科普宣传活动6次，上半年3次，下半年3次，制作与发放的科普宣传资料不少于2000份。\n完成情况：展科普宣传活动3次，上半年2次，下半年1次，每次活动持续时间为1天，制作与发放的科普宣传资料1000份。' },
    { name: 'owned by target-actual: seed: schools', text: '绩效指标：“科普进校园”活动参与中小学不低于6所。\n完成情况：举行“科普进校园”活动，参与小学3所。' },
    { name: 'owned by target-actual: a reason in another section does not count', text: '一、完成情况\n绩效指标：开展活动6次。\n完成情况：开展活动3次。\n二、存在问题\n由于财政资金紧张，部分工作推进较慢。' },
    { name: 'owned by target-actual: satisfaction below target', text: '绩效指标：群众满意度不低于90%。\n完成情况：群众满意度85%。' },
    { name: 'owned by target-actual: cost above a ≤ target', text: '绩效指标：项目成本不超过12万元。\n完成情况：项目成本13.5万元。' },
    { name: 'owned by target-actual: Chinese numerals', text: '绩效指标：开展义诊不少于5次。\n完成情况：开展义诊三次。' },
    { name: 'owned by target-actual: 因此 is not a reason', text: '绩效指标：开展活动6次。\n完成情况：开展活动3次，因此明年需要加强。' },
    { name: 'owned by target-actual: 偏差原因：无', text: '绩效指标：开展活动6次。\n完成情况：开展活动3次。\n偏差原因：无。' },
    { name: 'owned by target-actual: table row missed with an empty reason cell (kepu 科普资料)', text: table('| 产出指标 | 数量指标 | 科普资料发放数量 | ≥2000份 | 1000份 | 10 | 10 | |') },
    { name: 'owned by target-actual: plan and result in one sentence without a reason', text: '计划开展科普讲座10场，实际开展8场。' },
    { name: 'owned by target-actual: R8: a deadline missed, points taken, no reason', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月底前 | 2024年11月 | 10 | 8 | |') },
    { name: 'owned by target-actual: R8 variant: a — reason cell is not a reason', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月31日前 | 2024年11月5日 | 10 | 8 | — |') },
    { name: 'owned by target-actual: R8 variant: full points on a missed deadline still need a reason', text: table('| 产出指标 | 时效指标 | 验收时间 | 10月底前 | 12月 | 10 | 10 | |') },
  ],
  invalid: [
    {
      name: 'table row scored below its weight without a reason',
      text: table('| 产出指标 | 时效指标 | 培训完成及时率 | 100% | 100% | 10 | 6 | 无 |'),
      errors: [{ match: /6.*10/ }],
    },
    { name: 'R8 variant: a quantitative row scored below its weight', text: table('| 产出指标 | 数量指标 | 开展活动次数 | ≥10次 | 10次 | 10 | 8 | |'), errors: [{ match: /得分8.*10/ }] },
  ],
});

// The same shortfalls, reported once, by target-actual, naming the missing reason.
ruleTester('target-actual', {
  valid: [{ name: 'met', text: '绩效指标：开展活动6次。\n完成情况：开展活动6次。' }],
  invalid: [
    { name: 'seed block: two shortfalls without reason', text: '绩效指标：开展科普宣传活动6次，上半年3次，下半年3次，制作与发放的科普宣传资料不少于2000份。\n完成情况：展科普宣传活动3次，上半年2次，下半年1次，每次活动持续时间为1天，制作与发放的科普宣传资料1000份。', errors: [{ match: /6次.*3次.*未说明/ }, { match: /2000份.*1000份.*未说明/ }] },
    { name: 'seed: schools', text: '绩效指标：“科普进校园”活动参与中小学不低于6所。\n完成情况：举行“科普进校园”活动，参与小学3所。', errors: [{ match: /3所.*未说明/ }] },
    { name: 'a reason in another section does not count', text: '一、完成情况\n绩效指标：开展活动6次。\n完成情况：开展活动3次。\n二、存在问题\n由于财政资金紧张，部分工作推进较慢。', errors: [{ match: /3次.*未说明/, severity: 'error' }] },
    { name: 'satisfaction below target', text: '绩效指标：群众满意度不低于90%。\n完成情况：群众满意度85%。', errors: [{ match: '85%' }] },
    { name: 'cost above a ≤ target', text: '绩效指标：项目成本不超过12万元。\n完成情况：项目成本13.5万元。', errors: [{ match: /13\.5万元.*未说明/ }] },
    { name: 'Chinese numerals', text: '绩效指标：开展义诊不少于5次。\n完成情况：开展义诊三次。', errors: [{ match: '三次' }] },
    { name: '因此 is not a reason', text: '绩效指标：开展活动6次。\n完成情况：开展活动3次，因此明年需要加强。', errors: [{ match: /3次.*未说明/, severity: 'error' }] },
    { name: '偏差原因：无', text: '绩效指标：开展活动6次。\n完成情况：开展活动3次。\n偏差原因：无。', errors: [{ match: /3次.*未说明/, severity: 'error' }] },
    { name: 'table row missed with an empty reason cell (kepu 科普资料)', text: table('| 产出指标 | 数量指标 | 科普资料发放数量 | ≥2000份 | 1000份 | 10 | 10 | |'), errors: [{ match: /科普资料发放数量.*2000份.*1000份.*未说明/ }] },
    { name: 'plan and result in one sentence without a reason', text: '计划开展科普讲座10场，实际开展8场。', errors: [{ match: /8场.*未说明/ }] },
    { name: 'R8: a deadline missed, points taken, no reason', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月底前 | 2024年11月 | 10 | 8 | |'), errors: [{ match: /项目完工时间.*2024年10月底前.*2024年11月.*未说明/ }] },
    { name: 'R8 variant: a — reason cell is not a reason', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月31日前 | 2024年11月5日 | 10 | 8 | — |'), errors: [{ match: /项目完工时间.*未说明/ }] },
    { name: 'R8 variant: full points on a missed deadline still need a reason', text: table('| 产出指标 | 时效指标 | 验收时间 | 10月底前 | 12月 | 10 | 10 | |'), errors: [{ match: /验收时间.*未说明/ }] },
  ],
});
