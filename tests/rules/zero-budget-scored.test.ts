import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('zero-budget-scored', {
  valid: [
    { name: 'project spending is not zero', text: '项目支出12万元。\n老科协活动经费综合绩效评分为90分，优秀。' },
    { name: 'the item has its own spending', text: '项目支出0万元。\n老科协活动经费支出5万元。\n老科协活动经费综合绩效评分为90分。' },
    { name: 'not a budget line', text: '项目支出0万元。\n科普活动综合绩效评分为80分，良好。' },
    { name: 'scored 0', text: '项目支出0万元。\n老科协活动经费综合绩效评分为0分。' },
    { name: 'no spending stated at all', text: '老科协活动经费综合绩效评分为90分。' },
    { name: 'zero 基本支出 elsewhere is irrelevant', text: '年初结转和结余0万元，项目支出10万元。\n科普专项资金自评得分90分。' },
    { name: '各项目 is not one item', text: '项目支出0万元。\n各项目均已全部完成。' },
    { name: '文号 and dates', text: '根据鹿发〔2019〕8号，2025年项目支出8万元。\n老科协活动经费综合绩效评分为90分。' },
    { name: 'completed with spending', text: '科普惠农补助项目支出20万元。\n科普惠农补助项目已全部完成。' },
    { name: 'a scoring table with spending', text: '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n| | 年度资金总额 | 12.00 | 12.00 | 10.20 | 10 | — | — |\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| 产出指标 | 数量指标 | 科普宣传活动次数 | ≥6次 | 6次 | 90 | 90 | |\n| 总分 | | | | | 100 | 90 | 评价等级：优 |' },
  ],
  invalid: [
    { name: 'seed: 老科协活动经费 rated 90 while 项目支出 0', text: '财政拨款支出271.77万元，其中基本支出271.77万元，项目支出0万元。\n2.老科协活动经费综合绩效评分为90分，优秀。', errors: [{ match: /老科协活动经费.*90分.*项目支出0万元/, excerpt: '90分' }] },
    { name: 'the item itself spent 0', text: '培训专项经费支出0元。\n培训专项经费绩效评分为85分。', errors: [{ match: '培训专项经费' }] },
    { name: 'described as completed', text: '项目支出0万元。\n科普惠农补助项目已全部完成。', errors: [{ match: /科普惠农补助项目.*已完成/ }] },
    { name: '0.00 with decimals', text: '本年度项目支出为0.00万元。\n科普资金项目自评得分95分。', errors: [{ match: '95分' }] },
    { name: '元 instead of 万元', text: '项目支出0元。\n青少年科技创新专项资金评分88分。', errors: [{ match: '88分' }] },
    { name: 'own zero figure named like the item', text: '老科协活动经费0万元。\n老科协活动经费综合绩效评分为90分。', errors: [{ match: '老科协活动经费0万元' }] },
    { name: '顺利完成', text: '学会补助经费支出0万元。\n学会补助经费项目顺利完成。', errors: [{ match: '学会补助经费' }] },
    { name: 'full-width digits', text: '项目支出０万元。\n老科协活动经费综合绩效评分为９０分。', errors: [{ match: '老科协活动经费' }] },
    { name: 'a scoring table with 全年执行数 0 and a total score', text: '| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n| | 年度资金总额 | 12.00 | 12.00 | 0 | 10 | — | — |\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n| 产出指标 | 数量指标 | 科普宣传活动次数 | ≥6次 | 6次 | 90 | 90 | |\n| 总分 | | | | | 100 | 90 | 评价等级：优 |', errors: [{ match: /执行数为 0.*90/ }] },
  ],
});
