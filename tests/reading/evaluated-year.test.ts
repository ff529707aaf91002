// §2 of the reading issue: the sentence that names the evaluated year is itself checked, in the opening and in the
// section on the evaluation's purpose and scope, in its several wordings; the notice's title and the 文号 year are fine.
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';
import { sameOnDocx } from './docx-variants.js';

const NOTICE = '根据《关于开展2023年度预算绩效自评工作的通知》（鹿财绩〔2024〕26号）要求，';
const project = (line: string) => `某县水利局2023年度项目支出绩效自评报告\n一、项目基本情况\n正文。\n二、绩效评价工作开展情况\n（一）评价目的、对象和范围\n${line}\n`;
const opening = (line: string) => `某县科协2024年度部门整体支出绩效自评报告\n${line}\n一、部门基本情况\n正文。\n`;

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'notice title 2023 and 文号 2024 in a 2023 report', text: project(`${NOTICE}对2023年度项目资金使用和绩效目标完成情况进行评价。`) },
    { name: '本次评价的是 the evaluated year', text: project('本次评价的是2023年度农村饮水安全项目。') },
    { name: 'last year\'s evaluation results applied', text: project('对2022年度绩效评价发现的问题进行了整改。') },
    { name: 'a period of dates', text: project('评价时段为2023年1月1日至2023年12月31日。') },
    { name: 'last year\'s projects evaluated among the year\'s work, in the process section', text: `某县科协2024年度部门整体支出绩效自评报告\n一、自评工作开展情况\n我局开展绩效运行监控2次，并对2023年度项目支出全面开展了绩效自评。\n` },
    { name: 'opening, the right year', text: opening('按照要求，我会对2024年度部门整体支出开展了绩效自评，形成本报告。') },
    { name: 'last year\'s self-evaluation among this year\'s work', text: `某县科协2024年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）主要工作\n全年完成各项任务，并对2023年度项目支出开展了绩效自评。\n` },
  ],
  invalid: [
    { name: '对2022年度…进行评价 in a 2023 report', text: project(`${NOTICE}对2022年度项目资金使用和绩效目标完成情况进行评价。`), errors: [{ match: /2023年.*2022年度/, excerpt: '2022年' }] },
    { name: '对…开展了绩效自评 (opening)', text: opening('按照要求，我会对2023年度部门整体支出开展了绩效自评，形成本报告。'), errors: [{ match: /2024年.*2023年度/ }] },
    { name: '按照…对…进行自评', text: project('按照县财政局统一部署，我局对2022年度项目进行自评。'), errors: [{ match: /2022年度/ }] },
    { name: '本次评价的是…年度', text: project('本次评价的是2022年度农村饮水安全项目。'), errors: [{ match: /2022年度/ }] },
    { name: '本次自评对象为…年度', text: project('本次自评对象为2021年度农村饮水安全项目资金。'), errors: [{ match: /2021年度/ }] },
    { name: 'a later year', text: project('根据县财政局要求，对2024年度项目资金使用情况开展了绩效自评。'), errors: [{ match: /2024年度/ }] },
  ],
};
ruleTester('fiscal-year', cases);
sameOnDocx('fiscal-year', [...cases.valid, ...cases.invalid]);
