import { ruleTester } from '../helpers/rule-tester.js';

const PARTS = (a: number, b: number, c: number, d: number) => `综合评分：产出指标（50分）得分${a}分，效益指标（30分）得分${b}分，满意度指标（10分）得分${c}分，预算执行率（10分）得分${d}分。`;
const report = (conclusion: string, results = '全年各项工作按计划完成。', table = '') => `西岭县文化旅游局2024年度部门整体支出绩效自评报告
一、部门基本情况
西岭县文化旅游局负责全县文化事业和旅游产业工作。
二、绩效目标实现情况
${results}
${table}
三、评价结论和评价等级
${conclusion}
四、存在的问题
部分项目资金支付进度偏慢。
`;
const table = (total: string, grade: string) => `
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 科普宣传活动次数 | ≥6次 | 6次 | 100 | ${total} | |
| 总分 | | | | | 100 | ${total} | 评价等级：${grade} |
`;

ruleTester('conclusion-score', {
  valid: [
    { name: 'score and grade stated', text: report('经自评，我局2024年度部门整体支出绩效自评得分93分，评价等级为优。') },
    { name: 'score in words equal to the 分项 sum', text: report('经自评，我局自评得分九十三分，评价等级为优。', PARTS(46, 28, 9, 10)) },
    { name: 'figure score equal to the 分项 sum', text: report('自评得分86分，评价等级为良。', PARTS(45, 25, 8, 8)) },
    { name: 'only a grade, matching the table total', text: report('综合评价等级为良好。', '', table('85', '良')) },
    { name: 'score in words matching the table total', text: report('自评得分为八十五分，等级为良。', '', table('85', '良')) },
    { name: 'conclusion refers to the attached table', text: report('自评结果详见附表《部门整体支出绩效自评表》。') },
    { name: 'no conclusion section', text: '某局2024年度绩效自评报告\n一、部门基本情况\n本局负责全县文化工作。\n' },
    { name: '分项 weights do not add up to 100: not the whole', text: report('自评得分92分，评价等级为优。', '其中产出指标（50分）得分45分，效益指标（30分）得分25分。') },
    { name: 'score with a decimal, within rounding', text: report('自评得分93.5分，评价等级为优。', '综合评分：产出指标（50分）得分46.5分，效益指标（30分）得分28分，满意度指标（10分）得分9分，预算执行率（10分）得分10分。') },
  ],
  invalid: [
    { name: '92 stated, 分项 add to 86', text: report('经自评，我局2024年度部门整体支出绩效自评得分92分，评价等级为优。', PARTS(45, 25, 8, 8)), errors: [{ match: /92.*86/ }] },
    { name: 'policy restated, neither score nor grade', text: report('根据县财政局预算绩效管理办法的有关规定，我局按要求完成了本年度部门整体支出绩效自评工作。'), errors: [{ match: '未写明', severity: 'warning' }] },
    { name: 'only a general statement', text: report('通过自评，我局绩效管理水平进一步提高，资金使用效益明显。'), errors: [{ match: '未写明' }] },
    { name: 'score in words, 分项 differ', text: report('自评得分九十分，评价等级为优。', PARTS(45, 25, 8, 8)), errors: [{ match: /九十.*86/ }] },
    { name: 'score in words differs from the table total', text: report('自评得分为九十分，等级为优。', '', table('85', '良')), errors: [{ match: /九十.*85/ }] },
    { name: 'grade without score disagrees with the table total', text: report('综合评价等级为优秀。', '', table('85', '良')), errors: [{ match: /优秀.*85.*良/ }] },
    { name: 'last-digit difference is a warning', text: report('自评得分93.4分，评价等级为优。', '综合评分：产出指标（50分）得分46.5分，效益指标（30分）得分28分，满意度指标（10分）得分9分，预算执行率（10分）得分10分。'), errors: [{ match: '93.5', severity: 'warning' }] },
    { name: 'grade 中 below the total’s 良', text: report('评价等级为中等。', '', table('82', '良')), errors: [{ match: '良' }] },
  ],
});
