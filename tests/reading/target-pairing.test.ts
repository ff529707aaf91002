// §2 of the reading issue: a target is paired with the result of its own indicator (name and place first, unit last).
import { ruleTester } from '../helpers/rule-tester.js';

const two = (a: string, b: string, answer: string) => `二、绩效目标完成情况\n3.${a}\n4.${b}${answer}\n`;

ruleTester('target-actual', {
  valid: [
    { name: 'both answered in their own paragraph', text: two('动物防疫。绩效指标：免疫密度不低于90%。完成情况：免疫密度达到95%。', '满意度。绩效指标：满意度不低于85%。', '完成情况：满意度达到91%。') },
  ],
  invalid: [
    {
      name: '免疫密度 has no result; 满意度 has its own (percent)',
      text: two('动物防疫。绩效指标：免疫密度不低于90%。', '满意度。绩效指标：满意度不低于85%。', '完成情况：满意度达到91%。'),
      errors: [{ match: /免疫密度.*90%/ }],
    },
    {
      name: 'counts: 培训 has no result; 巡查 has its own',
      text: two('技术培训。绩效指标：开展技术培训不少于20场。', '安全巡查。绩效指标：开展安全巡查不少于12场。', '完成情况：全年开展安全巡查15场。'),
      errors: [{ match: /技术培训.*20场/ }],
    },
    {
      name: 'money, 控制在: 成本 has no result; 补助 has its own',
      text: two('成本控制。绩效指标：单位成本控制在5万元以内。', '补助发放。绩效指标：发放补助不少于30万元。', '完成情况：发放补助32万元。'),
      errors: [{ match: /单位成本/ }],
    },
  ],
});

ruleTester('over-completion', {
  valid: [
    { name: 'a result is not read as over-completing another indicator', text: two('动物防疫。绩效指标：免疫密度不低于50%。', '满意度。绩效指标：满意度不低于85%。', '完成情况：满意度达到91%。') },
  ],
  invalid: [{ name: 'its own result still counts', text: two('宣传。绩效指标：发放资料不少于100份。完成情况：发放资料300份。', '满意度。绩效指标：满意度不低于85%。', '完成情况：满意度达到91%。'), errors: 1 }],
});

// A target stated twice (in the targets section and again next to its result) is one target with one result.
ruleTester('target-actual', {
  valid: [
    {
      name: 'listed in 绩效目标, restated with its result later',
      text: '一、绩效目标\n年度绩效指标：建设高标准农田不少于16327亩；培训高素质农民399人。\n二、绩效目标完成情况\n（1）高标准农田。绩效指标：建设高标准农田不少于16327亩。完成情况：建设高标准农田17665亩。\n（2）高素质农民。绩效指标：培训高素质农民399人。完成情况：培训高素质农民443人。',
    },
    {
      name: 'listed in 绩效目标, restated as 计划…实际…',
      text: '一、绩效目标\n年度绩效指标：举办科技工作者培训班不少于9期；开展科普宣传活动不少于21次。\n二、绩效目标完成情况\n1. 产出指标。计划举办科技工作者培训班9期，实际举办9期；计划开展科普宣传活动21次，实际开展25次。',
    },
  ],
  invalid: [
    {
      name: 'restated and missed: reported once',
      text: '一、绩效目标\n年度绩效指标：建设高标准农田不少于16327亩。\n二、绩效目标完成情况\n（1）高标准农田。绩效指标：建设高标准农田不少于16327亩。完成情况：建设高标准农田15000亩。',
      errors: [{ match: /15000亩/ }],
    },
  ],
});

// A reason given for another indicator does not explain this one.
ruleTester('target-actual', {
  valid: [{ name: 'met, with a reason paragraph nearby', text: '二、绩效目标完成情况\n（1）维修养护工程。绩效指标：完成维修养护工程不少于68处。完成情况：完成维修养护工程60处。\n未完成的主要原因是汛期道路中断。'.replace('60处。\n未完成', '68处。\n未完成') }],
  invalid: [
    {
      name: 'the reason of the next line is not this shortfall\'s',
      text: '二、绩效目标完成情况\n（1）维修养护工程。绩效指标：完成维修养护工程不少于68处。完成情况：完成维修养护工程60处。\n（2）项目区农户。绩效指标：带动项目区农户达到806户。完成情况：带动项目区农户527户，未达到年度目标806户，因部分项目招标流标。',
      errors: [{ match: /60处.*未说明/, severity: 'error' }, { match: /527户.*已说明/, severity: 'info' }],
    },
    {
      name: 'one-sentence items: the reason belongs to its own item',
      text: '二、绩效目标完成情况\n1. 产出指标。计划改造供水管网57公里，实际改造46公里，由于部分乡镇场地调整推迟；计划维修养护工程35处，实际维修28处。',
      errors: [{ match: /46公里.*已说明/, severity: 'info' }, { match: /28处.*未说明/, severity: 'error' }],
    },
  ],
});
