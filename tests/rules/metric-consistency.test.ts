import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('metric-consistency', {
  valid: [
    { name: 'a stage target and the result that exceeds it', text: '一、绩效目标\n2)阶段性目标：完成维修养护工程42处。\n二、完成情况\n完成维修养护工程45处，完成年度目标42处。' },
    { name: 'an overall target and its result', text: '一、绩效目标\n总体目标：培训基层干部300人。\n二、完成情况\n全年培训基层干部326人。' },
    { name: 'a target and its achieved value', text: '绩效指标：发放资料不少于2000份。\n完成情况：发放资料1000份。' },
    { name: 'different periods', text: '上半年开展科普活动3次。\n下半年开展科普活动2次。' },
    { name: 'different years', text: '2024年发放科普资料1000份。\n2025年发放科普资料2000份。' },
    { name: 'a total and one of its parts', text: '共发放资料2000份。\n其中向学校发放资料800份。' },
    { name: 'the same value twice', text: '向群众发放资料2000份。\n全年发放科普宣传资料2000份。' },
    { name: 'different units', text: '发放宣传资料2000份。\n印制宣传资料20册。' },
    { name: 'different objects', text: '单位有工作人员10人。\n培训参训人员50人。' },
    { name: 'a per-item figure', text: '每次活动持续1天。\n全年科普活动持续3天。' },
    { name: 'a change is not a statement', text: '全年发放资料2000份。\n较上年增加资料500份。' },
    { name: 'dates, 文号 and phone numbers', text: '根据鹿发〔2019〕8号，2025年12月31日前发放资料2000份。\n联系电话0311-82012345，发放资料2000份。' },
    { name: 'different money items', text: '基本支出271.77万元。\n项目支出0万元。' },
    { name: 'a plan is a target', text: '计划开展科普讲座10场。\n全年举办科普讲座8场。' },
    { name: 'table: total cost equals 全年执行数 (per-unit costs not compared)', text: '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n| | 年度资金总额 | 12.00 | 12.00 | 10.20 | 10 | 85.00% | 8.5 |\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| 产出指标 | 成本指标 | 项目总成本 | ≤12万元 | 10.2万元 | 5 | 5 | |\n| 产出指标 | 成本指标 | 单场活动成本 | ≤2万元 | 1.7万元 | 5 | 5 | |' },
    { name: 'table: total cost in 元', text: '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n| | 年度资金总额 | 12.00 | 12.00 | 10.20 | 10 | 85.00% | 8.5 |\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| 产出指标 | 成本指标 | 项目总成本 | ≤12万元 | 102000元 | 5 | 5 | |\n| 产出指标 | 成本指标 | 单场活动成本 | ≤2万元 | 1.7万元 | 5 | 5 | |' },
  ],
  invalid: [
    {
      name: 'seed: 资料2000份 handed out vs 科普宣传资料1000份 in 完成情况',
      text: '一、总体情况\n向群众发放了科普知识宣传手册、防灾减灾知识等资料2000份。\n二、分项情况\n绩效指标：制作与发放的科普宣传资料不少于2000份。\n完成情况：制作与发放的科普宣传资料1000份。',
      errors: [{ match: /1000份.*2000份/, excerpt: '1000份' }],
    },
    { name: 'training classes', text: '全年举办培训班5期。\n本年度举办培训班6期。', errors: [{ match: '6期' }] },
    { name: 'the same money item', text: '本年项目支出20万元。\n项目支出25万元。', errors: [{ match: /25万元.*20万元/ }] },
    { name: 'Chinese numerals vs digits', text: '开展义诊活动三次。\n全年开展义诊活动5次。', errors: [{ match: /5次.*三次/ }] },
    { name: '人次', text: '受益群众5000人次。\n项目受益群众4000人次。', errors: [{ match: '4000人次' }] },
    { name: 'with and without a verb', text: '科普讲座12场。\n举办科普讲座10场。', errors: [{ match: '10场' }] },
    { name: 'booklets', text: '印发宣传册3000册。\n发放宣传册2000册。', errors: [{ match: '2000册' }] },
    { name: 'visits', text: '慰问困难科技工作者30人。\n走访慰问困难科技工作者25人。', errors: [{ match: '25人' }] },
    { name: 'across sections with full-width digits', text: '一、概况\n建成科普示范站１２个。\n二、成效\n建成科普示范站10个。', errors: [{ match: '10个' }] },
    { name: 'table: total cost differs from 全年执行数', text: '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n| | 年度资金总额 | 12.00 | 12.00 | 10.20 | 10 | 85.00% | 8.5 |\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| 产出指标 | 成本指标 | 项目总成本 | ≤12万元 | 11.5万元 | 5 | 5 | |\n| 产出指标 | 成本指标 | 单场活动成本 | ≤2万元 | 1.7万元 | 5 | 5 | |', errors: [{ match: /11\.5万元.*10\.20万元/ }] },
  ],
});
