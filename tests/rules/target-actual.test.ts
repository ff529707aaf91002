import { ruleTester } from '../helpers/rule-tester.js';

const table = (rows: string) => `| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows}`;

ruleTester('target-actual', {
  valid: [
    { name: 'met', text: '绩效指标：开展活动6次。\n完成情况：开展活动6次。' },
    { name: 'exceeded a ≥ target', text: '绩效指标：发放资料不少于2000份。\n完成情况：发放资料2500份。' },
    { name: 'within a ≤ cost target', text: '绩效指标：项目成本不超过12万元。\n完成情况：项目成本10.2万元。' },
    { name: 'target and actual in different money units', text: '绩效指标：带动投资不少于1亿元。\n完成情况：带动投资12000万元。' },
    { name: 'two indicators in another order', text: '绩效指标：开展活动6次，发放资料2000份。\n完成情况：发放资料2000份，开展活动6次。' },
    { name: 'a period breakdown is not a target of its own', text: '绩效指标：开展活动6次，上半年3次，下半年3次。\n完成情况：开展活动6次，上半年2次，下半年4次。' },
    { name: 'deadlines are dates, not figures', text: '绩效指标：2025年12月31日前完成培训4期。\n完成情况：2025年11月完成培训4期。' },
    { name: 'qualitative target answered', text: '绩效目标：提升群众科学素质。\n完成情况：群众科学素质明显提升。' },
    {
      name: 'achieved value stated in another section',
      text: '一、绩效目标\n绩效指标：举办科普讲座不少于10场。\n二、完成情况\n全年举办科普讲座12场，听众2000人次。',
    },
    { name: 'frequencies are not amounts', text: '绩效指标：橱窗每月更新1次。\n完成情况：橱窗每月更新1次。' },
    { name: 'satisfaction met', text: '绩效指标：群众满意度≥90%。\n完成情况：群众满意度92%。' },
    { name: 'plan and result in one sentence, met', text: '1.数量指标：计划开展科普讲座10场，实际开展12场，完成率120%；计划发放科普资料5000份，实际发放5200份。' },
    { name: 'a plan without a result in the same sentence is not paired inline', text: '计划开展科普讲座10场。全年共开展科普讲座10场。' },
    { name: 'noun after the figure, 名 for 人', text: '一、绩效目标\n年度绩效指标：青少年科技创新大赛参赛学生不少于300人。\n二、完成情况\n全年组织326名学生参加青少年科技创新大赛。' },
    // R6: growth targets
    { name: 'R6: a growth target met by the stated rate', text: '一、绩效目标\n年度绩效目标：接待游客人次较上年增长不低于5%。\n二、绩效目标实现情况\n全年接待游客286.3万人次，较上年的270.1万人次增长6.00%。' },
    { name: 'R6: a growth target met, rate computed from the two figures', text: '一、绩效目标\n年度绩效目标：接待游客人次较上年增长不低于5%。\n二、绩效目标实现情况\n全年接待游客286.3万人次，较上年的270.1万人次有所增长。' },
    { name: 'R6: a decrease target met', text: '绩效指标：单位能耗较上年下降不低于3%。\n完成情况：单位能耗95.0吨，较上年的100.0吨下降5.00%。' },
    // R7: measured values
    { name: 'R7: a word answer to a qualitative target is fine', text: '绩效目标：提升群众科学素质。\n完成情况：已完成。' },
    { name: 'R7: a measured value after 已完成 is fine', text: '绩效指标：群众满意度不低于90%。\n完成情况：已完成，群众满意度95%。' },
    { name: 'R7: a table row with a measured value', text: table('| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 95% | 10 | 10 | |') },
    // a word for a measured value is achieved-nonnumeric's finding (one defect, one finding)
    { name: 'R7: answer only 已完成 is left to achieved-nonnumeric', text: '绩效指标：群众满意度不低于90%。\n完成情况：已完成。' },
    { name: 'R7: a table row answered 已完成 is left to achieved-nonnumeric', text: table('| 产出指标 | 数量指标 | 开展活动次数 | ≥10次 | 已完成 | 10 | 10 | |') },
    { name: 'R8: a deadline met', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月底前 | 2024年10月 | 10 | 10 | |') },
    {
      name: 'the achieved value after a finished breakdown in the same sentence',
      text: '一、绩效目标\n年度绩效目标：高标准农田建设不少于2万亩。\n二、绩效目标实现情况\n全年培训农民3200人次，其中线上1200人次、线下2000人次；建成高标准农田2.1万亩。',
    },
  ],
  invalid: [
    {
      name: 'seed block: 6次→3次 and ≥2000份→1000份',
      text: '绩效目标：我单位定期开展科普宣传活动。\n绩效指标：开展科普宣传活动6次，上半年3次，下半年3次，制作与发放的科普宣传资料不少于2000份。\n完成情况：展科普宣传活动3次，上半年2次，下半年1次，每次活动持续时间为1天，制作与发放的科普宣传资料1000份。',
      errors: [{ match: /6次.*3次/, excerpt: '3次' }, { match: /2000份.*1000份/, excerpt: '1000份' }],
    },
    { name: 'seed: schools ≥6所 → 3所', text: '绩效指标：“科普进校园”活动参与中小学不低于6所。\n完成情况：举行“科普进校园”活动，参与小学3所。', errors: [{ match: /6所.*3所/ }] },
    { name: 'seed: 橱窗 12次 → 两月一次, 6次', text: '绩效指标：科普橱窗更新次数达到12次，保证一月一更换。\n完成情况：科普橱窗更新两月一次，一年总共更新6次。', errors: [{ match: /12次.*6次/ }] },
    { name: 'no achieved value anywhere', text: '绩效指标：举办培训班不少于4期。\n其他工作正常开展。', errors: [{ match: /4期.*没有/ }] },
    { name: 'cost above a ≤ target', text: '绩效指标：项目成本不超过12万元。\n完成情况：项目成本13.5万元。', errors: [{ match: /12万元.*13.5万元/ }] },
    { name: 'time above a ≤ target', text: '绩效指标：办结时限不超过30天。\n完成情况：实际办结时限45天。', errors: [{ match: '45天' }] },
    { name: 'satisfaction below target', text: '绩效指标：群众满意度不低于90%。\n完成情况：群众满意度85%。', errors: [{ match: '85%' }] },
    { name: 'Chinese numeral achieved value', text: '绩效指标：开展义诊不少于5次。\n完成情况：开展义诊三次。', errors: [{ match: '三次' }] },
    { name: 'money units converted', text: '绩效指标：带动投资不少于1亿元。\n完成情况：带动投资8000万元。', errors: [{ match: '8000万元' }] },
    { name: 'qualitative target with no completion statement', text: '一、项目目标\n绩效目标：提升群众科学素质。\n二、其他\n本单位认真开展工作。', errors: [{ match: '提升群众科学素质' }] },
    {
      name: 'an explained shortfall is still reported, as info',
      text: '绩效指标：开展活动6次。\n完成情况：开展活动3次，由于财政资金紧张，下半年活动未能开展。',
      errors: [{ match: /6次.*3次/, severity: 'info' }],
    },
    { name: 'target and achievement on one line', text: '年度指标值：培训农民200人次；实际完成值：培训农民150人次。', errors: [{ match: '150人次' }] },
    { name: 'plan and result in one sentence, missed', text: '1.数量指标：计划开展科普讲座10场，实际开展8场，完成率80%；计划发放科普资料5000份，实际发放5200份。', errors: [{ match: /10场.*8场/, excerpt: '8场' }] },
    { name: 'heads after an indicator class', text: '1.数量指标年度指标值：开展科普讲座10场。\n数量指标完成情况：开展科普讲座8场。', errors: [{ match: '8场' }] },
    { name: 'a part of a breakdown elsewhere is not the achieved value', text: '一、绩效目标\n绩效指标：举办科普讲座不少于10场。\n二、完成情况\n全年举办各类活动20场，其中举办科普讲座5场。', errors: [{ match: /10场.*没有/ }] },
    { name: 'noun after the figure, missed', text: '一、绩效目标\n年度绩效指标：青少年科技创新大赛参赛学生不少于300人。\n二、完成情况\n全年组织260名学生参加青少年科技创新大赛。', errors: [{ match: /300人.*260名/ }] },
    {
      name: 'R6: a growth target missed',
      text: '一、绩效目标\n年度绩效目标：接待游客人次较上年增长不低于5%。\n二、绩效目标实现情况\n全年接待游客280.1万人次，较上年的270.1万人次增长3.70%。',
      errors: [{ match: /5%.*3\.70%/, excerpt: '3.70%' }],
    },
    {
      name: 'R6 variant: missed, computed from the two figures',
      text: '一、绩效目标\n年度绩效目标：接待游客人次较上年增长不低于5%。\n二、绩效目标实现情况\n全年接待游客275.1万人次，较上年的270.1万人次有所增长。',
      errors: [{ match: /5%.*1\.85%/ }],
    },
    { name: 'R8: a deadline missed', text: table('| 产出指标 | 时效指标 | 项目完工时间 | 2024年10月底前 | 2024年11月 | 10 | 8 | |'), errors: [{ match: /2024年10月底前.*2024年11月/ }] },
  ],
});
