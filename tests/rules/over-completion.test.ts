import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('over-completion', {
  valid: [
    { name: 'profile chosen from the title is not selected', text: '科普项目支出绩效自评报告\n一、绩效目标完成情况\n绩效指标：开展活动不少于10次。\n完成情况：开展活动15次。', options: { profiles: ['部门整体'] } },
    { name: '120 % is below the threshold', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动12次。' },
    { name: 'explained', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动15次，超额完成的原因是上级追加了任务。' },
    { name: 'a ≤ cost target far below is not over-completion', text: '绩效指标：项目成本不超过12万元。\n完成情况：项目成本5万元。' },
    { name: 'missed targets', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动5次。' },
    { name: 'profile not selected', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动15次。', options: { profiles: ['项目支出'] } },
    { name: '129 %', text: '绩效指标：培训农民不少于100人次。\n完成情况：培训农民129人次。' },
    { name: '文号 and dates do not count', text: '根据财预〔2020〕10号，绩效指标：2025年开展活动不少于10次。\n完成情况：2025年12月开展活动10次。' },
    { name: 'range target: above the high end by less than 30 %', text: '绩效指标：开展活动3-5次。\n完成情况：开展活动6次。' },
    { name: 'table row with a note', text: '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 培训人数 | ≥100人 | 200人 | 10 | 10 | 上级追加培训任务 |' },
  ],
  invalid: [
    { name: '150 %', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动15次。', errors: [{ match: /10次.*15次.*150%/, severity: 'error' }] },
    { name: 'threshold option', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动12.5次。', options: { threshold: 1.2 }, errors: [{ match: '125%' }] },
    { name: 'people', text: '绩效指标：培训人数不少于100人。\n完成情况：培训人数200人。', errors: [{ match: '200%' }] },
    { name: 'Chinese numerals', text: '绩效指标：开展义诊不少于十次。\n完成情况：开展义诊二十次。', errors: [{ match: '200%' }] },
    { name: 'money', text: '绩效指标：带动投资不少于1亿元。\n完成情况：带动投资1.5亿元。', errors: [{ match: '150%' }] },
    { name: 'exactly 130 %', text: '绩效指标：开展活动10次。\n完成情况：开展活动13次。', errors: [{ match: '130%' }] },
    { name: '因此 is not an explanation', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动20次，因此群众反响很好。', errors: [{ match: '200%' }] },
    { name: 'profile chosen from the title', text: '科普项目支出绩效自评报告\n一、绩效目标完成情况\n绩效指标：开展活动不少于10次。\n完成情况：开展活动15次。', options: { profiles: ['project'] }, errors: 1 },
    { name: 'profile selected', text: '绩效指标：开展活动不少于10次。\n完成情况：开展活动15次。', options: { profiles: ['项目支出'] }, settings: { profile: '项目支出' }, errors: 1 },
    { name: 'table row without a note', text: '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 培训人数 | ≥100人 | 200人 | 10 | 10 | |', errors: [{ match: '培训人数' }] },
    { name: 'plan and result in one sentence', text: '计划发放科普资料5000份，实际发放8000份。', errors: [{ match: '160%' }] },
  ],
});
