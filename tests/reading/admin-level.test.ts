// §2 of the reading issue: a superior level is no finding (a 州 or 盟 is the superior of its county-level cities).
import { ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';
import { sameOnDocx } from './docx-variants.js';

const report = (unit: string, body: string) => `${unit}2024年度部门整体支出绩效自评报告\n一、部门基本情况\n${body}\n`;

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: '州委州政府 in a county-level city (凯里市, 黔东南州)', text: report('凯里市文体广电旅游局', '我局在州委州政府和市委市政府的坚强领导下推进各项工作。') },
    { name: '全州 in a county-level city (开远市, 红河州)', text: report('开远市农业农村局', '全市农业产值占全州的12%，州委部署的各项任务全部完成。') },
    { name: '盟委 in a county-level city (锡林浩特市)', text: report('锡林浩特市财政局', '在盟委行署的领导下，全市财政收入稳步增长。') },
    { name: '盟委 in a 旗', text: report('科尔沁右翼前旗教育局', '认真落实盟委和旗委的部署。') },
    { name: '州委州政府 in an ordinary county (红河州 建水县)', text: report('建水县卫生健康局', '认真落实州委、州政府决策部署，全县基本公共卫生服务稳步推进。') },
    { name: '全州 in an autonomous prefecture\'s own report', text: report('红河哈尼族彝族自治州财政局', '全州财政收入稳步增长，州委州政府高度重视。') },
    { name: '旗委 and 盟委 in a 旗', text: report('阿巴嘎旗农牧和科技局', '在盟委行署和旗委旗政府的领导下，全旗农牧业稳步发展。') },
    { name: '州委 in an autonomous county', text: report('贡山独龙族怒族自治县民政局', '在州委州政府和县委县政府的领导下，全县民政工作稳步推进。') },
  ],
  invalid: [
    { name: '全县 in a 区 still reported', text: report('鹿泉区科协', '区科协紧紧围绕全县中心工作开展工作。'), errors: [{ match: /全县.*全区/ }] },
    { name: '全盟 in a 州 report', text: report('红河哈尼族彝族自治州财政局', '全盟财政收入稳步增长。'), errors: [{ match: /全盟/ }] },
    { name: '全县 in a 旗 report', text: report('科尔沁右翼前旗教育局', '全县教育工作稳步推进。'), errors: [{ match: /全县.*全旗/ }] },
  ],
};
ruleTester('admin-level', cases);
sameOnDocx('admin-level', [...cases.valid, ...cases.invalid]);
