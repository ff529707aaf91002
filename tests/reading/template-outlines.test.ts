// §2 of the reading issue: the built-in profiles accept the outlines of the national and provincial templates (domain
// guide §2.3–§2.4); an order finding only when certain; 「其他需要说明的问题」 is not the report's 存在的问题.
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';
import { sameOnDocx } from './docx-variants.js';

const project = (...headings: string[]) => `某县水利局2023年度农村饮水安全项目支出绩效自评报告\n${headings.map((h) => `${h}\n正文内容。`).join('\n')}\n`;
const department = (...headings: string[]) => `某县科协2024年度部门整体支出绩效自评报告\n${headings.map((h) => `${h}\n正文内容。`).join('\n')}\n`;

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: '项目支出: funds inside 一、基本情况 before 自评工作开展情况', text: project('一、基本情况', '（一）项目概况', '（二）资金投入和使用情况', '（三）项目绩效目标', '二、绩效自评工作开展情况', '三、绩效目标完成情况分析', '四、评价结论', '五、存在的问题', '六、改进措施') },
    { name: '项目支出: funds inside 项目概况 with 资金使用 wording', text: project('一、项目概况', '（一）项目立项背景', '（二）项目资金使用及管理情况', '二、自评工作开展情况', '三、绩效目标完成情况', '四、存在的问题及原因', '五、下一步改进措施') },
    { name: '项目支出: funds as its own section before 自评工作开展情况', text: project('一、项目基本情况', '二、项目资金投入和使用情况', '三、自评工作开展情况', '四、绩效目标完成情况分析', '五、存在的问题', '六、改进措施') },
    { name: '项目支出: funds as its own section after 自评工作开展情况', text: project('一、项目基本情况', '二、自评工作开展情况', '三、项目资金投入和使用情况', '四、绩效目标完成情况分析', '五、存在的问题', '六、改进措施') },
    { name: 'central transfer-payment outline', text: project('一、绩效目标分解下达情况', '二、绩效目标完成情况分析', '（一）资金投入情况', '（二）资金管理情况', '（三）总体绩效目标完成情况', '（四）绩效指标完成情况', '三、偏离绩效目标的原因和下一步改进措施', '四、绩效自评结果拟应用和公开情况') },
    { name: 'Guangdong outline', text: project('一、基本情况', '（一）项目概况', '二、绩效自评工作开展情况', '（一）评价小组情况', '三、绩效目标完成情况', '四、存在的问题', '五、改进措施') },
    { name: '财预〔2020〕10号 附件3 outline', text: project('一、基本情况', '（一）项目概况', '（二）项目绩效目标', '二、绩效评价工作开展情况', '三、综合评价情况及评价结论', '四、绩效评价指标分析', '（一）项目决策情况', '（二）项目产出情况', '（三）项目效益情况', '五、主要经验及做法、存在的问题及原因分析', '六、有关建议', '七、其他需要说明的问题') },
    { name: 'Hebei department outline', text: department('一、部门基本情况', '（一）部门概况', '（二）部门收支预决算情况', '（三）部门整体支出绩效目标、指标', '二、自评工作开展情况', '三、部门整体支出绩效目标实现情况及指标分析', '四、评价结论和评价等级', '五、存在的问题及改进措施', '六、评价工作组人员名单及签字') },
  ],
  invalid: [
    { name: '项目支出 without 存在的问题, only 其他需要说明的问题', text: project('一、项目基本情况', '二、自评工作开展情况', '三、绩效目标完成情况分析', '四、评价结论', '五、主要经验及做法', '六、有关建议', '七、其他需要说明的问题'), errors: [{ match: /缺少「偏离绩效目标的原因（存在的问题）」/ }] },
    { name: '部门整体 without 存在的问题, only 其他需说明的事项', text: department('一、部门基本情况', '（一）部门概况', '（二）部门收支情况', '（三）部门整体支出绩效目标', '二、自评工作开展情况', '三、绩效目标实现情况', '四、评价结论', '五、改进措施', '六、其他需说明的事项'), errors: [{ match: /缺少「存在的问题」/ }] },
    { name: 'a top-level section certainly out of order', text: project('一、项目基本情况', '二、绩效目标完成情况分析', '三、自评工作开展情况', '四、存在的问题', '五、改进措施'), errors: [{ match: /位置不符合/ }] },
  ],
};
ruleTester('required-sections', cases);
sameOnDocx('required-sections', [...cases.valid, ...cases.invalid]);
