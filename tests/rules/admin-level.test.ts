import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
const QU = '鹿泉区科协部门2025年度整体支出绩效自评报告\n\n一、基本情况\n';
const XIAN = '平山县财政局2025年度部门整体支出绩效自评报告\n\n一、基本情况\n';
const ZHEN = '石家庄市鹿泉区铜冶镇人民政府2025年度部门整体支出绩效自评报告\n\n一、基本情况\n';

ruleTester('admin-level', {
  valid: [
    { name: 'the 鹿泉 report with 全区', text: SEED.replace('全县中心工作', '全区中心工作') },
    { name: 'a district report speaking of the city', text: `${QU}区科协在区委、区政府领导下，配合全市科普日活动，落实市财政局要求。\n` },
    { name: 'places that merely contain 县 or 区', text: `${QU}到经济开发区、高新园区、社区、片区和小区开展宣传，走进平山县城，指导县级科协和县域科普工作，与鹿泉县委旧址合作。\n` },
    { name: 'words containing 全区/全县 characters', text: `${XIAN}严格区分各类资金，保障安全县域发展，确保完全区别对待。\n` },
    { name: 'a county report speaking of itself', text: `${XIAN}全县财政收入稳步增长，我县在县委县政府领导下推进改革。\n` },
    { name: 'a township report speaking of the county', text: `${ZHEN}全镇完成县委部署的任务，服务全区发展。\n` },
    { name: '全区 means the autonomous region in a Guangxi county report', text: '广西壮族自治区横县财政局2025年度部门整体支出绩效自评报告\n\n一、基本情况\n我县财政收入增速居全区前列。\n' },
    { name: 'a city whose name ends in a level character (新乡市) speaks of itself', text: '新乡市财政局2025年度部门整体支出绩效自评报告\n\n一、基本情况\n全市财政收入稳步增长，我市在市委市政府领导下推进改革。\n' },
    { name: 'no unit in the title', text: '2025年度绩效自评报告\n\n一、基本情况\n围绕全县中心工作开展。\n' },
  ],
  invalid: [
    { name: '全县中心工作 in the 鹿泉 (区) report', text: SEED, errors: [{ match: /鹿泉区科协.*区级.*「全县」.*「全区」/, excerpt: '全县' }] },
    { name: '全区 and 我区 in a county report', text: `${XIAN}服务全区经济社会发展，我区财政收入增长。\n`, errors: [{ match: /「全区」.*「全县」/ }, { match: /「我区」.*「我县」/ }] },
    { name: '县委县政府 in a district report', text: `${QU}在县委县政府的坚强领导下开展工作。\n`, errors: 2 },
    { name: '县财政局 after a particle', text: `${QU}经县财政局审核，资金已拨付。\n`, errors: [{ excerpt: '县财政局' }] },
    { name: '全镇 in a 街道 report', text: '石家庄市鹿泉区获鹿街道办事处2025年度部门整体支出绩效自评报告\n\n一、基本情况\n服务全镇居民。\n', errors: [{ match: /街道级.*「全镇」.*「全街道」/ }] },
    { name: '全乡 in a 镇 report', text: `${ZHEN}完成全乡农村公路养护。\n`, errors: [{ match: /「全乡」.*「全镇」/ }] },
    { name: '全区 in the report of 平乡县 (a county whose name contains 乡)', text: '平乡县农业农村局\n2024年度部门整体支出绩效自评报告\n\n一、基本情况\n紧紧围绕全区农业农村中心工作。\n', errors: [{ match: /平乡县农业农村局.*县级.*「全区」.*「全县」/, excerpt: '全区' }] },
    { name: '本旗 in a county report', text: `${XIAN}本旗牧区草场保护成效明显。\n`, errors: [{ excerpt: '本旗' }] },
    { name: 'the level from the options', text: '2025年度绩效自评报告\n\n一、基本情况\n围绕全县中心工作开展。\n', options: { level: '区' }, errors: 1 },
  ],
});
