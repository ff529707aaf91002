import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
const T25 = '鹿泉区科协部门2025年度整体支出绩效自评报告\n\n';
const T24 = '平山县农业农村局2024年度部门整体支出绩效自评报告\n\n';

ruleTester('fiscal-year', {
  valid: [
    { name: 'the 鹿泉 report with the budget year corrected', text: SEED.replace('2024年度财政拨款收入', '2025年度财政拨款收入') },
    { name: 'full-width digits: figures of the evaluated year and a comparison', text: `${T24}一、收支情况\n２０２４年度收入合计628.50万元，较２０２３年度支出增加10.00万元。\n\n平山县农业农村局\n２０２５年２月２５日\n` },
    { name: 'the year option equal to the title year', text: `${T24}一、收支情况\n2024年度财政拨款收入500.00万元。\n`, options: { year: 2024 } },
    { name: 'figures of the evaluated year', text: `${T24}一、收支情况\n2024年度财政拨款收入500.00万元，2024年部门决算支出498.20万元。\n` },
    { name: 'comparisons with the previous year', text: `${T25}一、收支情况\n2025年收入280万元，较2024年财政拨款收入增加8.23万元，比2024年度支出减少3%。\n` },
    { name: 'years in 文号 and cited titles', text: `${T25}一、依据\n根据《2023年度预算管理办法》（鹿发〔2023〕3号）和《关于2024年预算执行情况的报告》开展自评。\n` },
    { name: 'plans, ranges and dated past events', text: `${T25}一、目标\n落实“十四五”规划（2021—2025年），2021年至2025年累计投入资金1000万元。2024年12月完成了上年项目资金100万元的验收。\n` },
    { name: 'future plans without figures', text: `${T25}一、改进措施\n在2026年预算编制中细化绩效目标，将2026年部门预算资金向重点项目倾斜。\n` },
    { name: 'carry-over from the previous year', text: `${T25}一、收支情况\n2024年结转资金10.00万元，2024年度结余资金5.00万元已按规定使用。\n` },
    { name: 'a report date after the year', text: `${T25}一、基本情况\n本部门编制10人。\n填报日期：2026年1月20日\n` },
    { name: 'no evaluated year in the title', text: '绩效自评报告\n\n一、收支情况\n2024年度财政拨款收入100万元。\n' },
  ],
  invalid: [
    {
      name: 'the year option wins over the year in the title (a title not updated from last year)',
      text: `${T24}一、收支情况\n2024年度财政拨款收入500.00万元。\n`,
      options: { year: 2025 },
      errors: [{ match: /2025.*2024年度财政拨款/ }],
    },
    {
      name: 'a year in full-width digits (text pasted from Word/WPS)',
      text: `${T24}一、收支情况\n２０２３年度收入合计628.50万元，其中财政拨款收入612.30万元。\n`,
      errors: [{ match: /评价年度为2024年.*「２０２３年度收入」.*2023年/, excerpt: '２０２３年度收入' }],
    },
    {
      name: 'a closing date in full-width digits before the year ended',
      text: `${T24}一、收支情况\n2024年度收入合计628.50万元。\n\n平山县农业农村局\n２０２４年１２月１日\n`,
      errors: [{ match: /报告日期２０２４年１２月１日早于评价年度2024年结束/ }],
    },
    { name: '2024年度财政拨款收入 in the 2025 鹿泉 report', text: SEED, errors: [{ match: /2025.*2024年度财政拨款.*2024/, excerpt: '2024年度财政拨款', severity: 'error' }] },
    { name: 'last year\'s 决算 figures', text: `${T25}一、收支情况\n2024年部门决算支出271.77万元。\n`, errors: [{ match: '2024年部门决算' }] },
    { name: 'a later year in an older report', text: `${T24}一、收支情况\n2025年度一般公共预算收入300万元。\n`, errors: [{ match: /评价年度为2024年.*2025/ }] },
    { name: 'an indicator target for another year', text: `${T25}一、绩效目标\n2023年绩效目标为培训1000人次。\n`, errors: 1 },
    { name: 'a figure in a table cell', text: `${T25}一、收支情况\n\n| 项目 | 金额 |\n|---|---|\n| 2024年财政拨款收入 | 271.77万元 |\n`, errors: 0 },
    { name: 'a figure in a table cell with its amount', text: `${T25}一、收支情况\n\n| 项目 | 说明 |\n|---|---|\n| 收入 | 2024年财政拨款收入271.77万元 |\n`, errors: 1 },
    { name: 'a report date inside the evaluated year', text: `${T25}一、基本情况\n本部门编制10人。\n填报日期：2025年6月30日\n`, errors: [{ match: /报告日期2025年6月30日早于评价年度2025/ }] },
    { name: 'a closing date line on 31 December', text: `${T25}一、基本情况\n本部门编制10人。\n\n鹿泉区科学技术协会\n\n2025年12月31日\n`, errors: [{ match: '早于' }] },
    { name: 'the year from the options when the title has none', text: '绩效自评报告\n\n一、收支情况\n2024年度财政拨款收入100万元。\n', options: { year: 2025 }, errors: 1 },
  ],
});
