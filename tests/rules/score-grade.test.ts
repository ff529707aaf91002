import { ruleTester } from '../helpers/rule-tester.js';

const table = (total: string, grade: string) => `| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 科普宣传活动次数 | ≥6次 | 6次 | 100 | ${total} | |
| 总分 | | | | | 100 | ${total} | 评价等级：${grade} |`;

ruleTester('score-grade', {
  valid: [
    { name: 'seed: 80分，良好 and 90分，优秀', text: '根据项目执行情况和项目绩效情况，1.科普活动综合绩效评分为80分，良好。2.老科协活动经费综合绩效评分为90分，优秀。' },
    { name: 'just below a band limit', text: '自评得分79.9分，评价等级为中。' },
    { name: 'lower bound of 中 is inclusive', text: '自评得分60分，评价等级为中。' },
    { name: 'below 60 is 差', text: '自评得分59分，差。' },
    { name: 'a score without a grade', text: '自评得分85分。' },
    { name: 'a grade word in another sentence', text: '自评得分85分。工作完成质量良好，群众评价优秀。' },
    { name: '满分 is not the score', text: '满分100分，自评得分85分，评价等级为良。' },
    { name: '其中 is not 中', text: '自评得分85分，其中产出指标45分。' },
    { name: 'not a 100-point scale', text: '考核得分120分，优。' },
    { name: '文号 before the score', text: '根据财预〔2020〕10号，自评得分80分，良好。' },
    { name: '合格 covers 60 to 80', text: '自评得分72分，合格。' },
    { name: 'table total and grade agree', text: table('85', '良') },
  ],
  invalid: [
    { name: '79 labelled 良', text: '自评得分79分，等级为良。', errors: [{ match: /79分.*中.*良/, excerpt: '良' }] },
    { name: '89.5 labelled 优秀', text: '综合绩效评分为89.5分，优秀。', errors: [{ match: '89.5分' }] },
    { name: '59 labelled 中', text: '自评得分59分，评价等级：中。', errors: [{ match: '差' }] },
    { name: '92 labelled 良好', text: '自评总分92分，良好。', errors: [{ match: '优' }] },
    { name: 'grade named before the score', text: '评价等级为优秀，自评得分85分。', errors: [{ match: /85分.*良/ }] },
    { name: '合格 below 60', text: '自评得分55分，合格。', errors: [{ match: '差' }] },
    { name: 'bands from options', text: '自评得分92分，优秀。', options: { excellent: 95 }, errors: [{ match: '良' }] },
    { name: '60 labelled 差', text: '自评总分为60分，等级为差。', errors: [{ match: '中' }] },
    { name: 'grade in brackets', text: '项目自评得分90分（良）。', errors: [{ match: '优' }] },
    { name: 'second of two scores wrong', text: '1.科普活动综合绩效评分为80分，良好。2.老科协活动经费综合绩效评分为90分，良好。', errors: [{ match: '90分' }] },
    { name: 'table: 总分 79 with 评价等级：良', text: table('79', '良'), errors: [{ match: /79.*中/ }] },
  ],
});
