import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
const p = (body: string) => `一、预算执行情况\n${body}\n`;

ruleTester('terms', {
  valid: [
    { name: 'words with 展 are not the 开展 slip', text: '一、工作开展情况\n完成情况：开展科普宣传活动3次。\n展示科普成果，展览作品50件。\n发展科普事业，拓展服务。\n展望明年工作。' },
    { name: '截至 before a date; 截止 as a deadline', text: p('截至2025年12月31日，资金已全部拨付；申报截止日期为3月1日，截止时间为17时，逾期截止受理。') },
    { name: '账 in accounting terms; 帐 in other words', text: p('专户账目清晰，账务处理及时，购置帐篷20顶、蚊帐50顶。') },
    { name: '其它 and 其他 are both fine', text: p('其它收入5万元，其他支出3万元。') },
    { name: 'correct words', text: p('资金拨付及时，部分项目按部就班推进，一如既往做好部署，贯彻落实各项要求。') },
    { name: 'a built-in entry switched off', text: p('截止2025年底完成。'), options: { disable: ['截至'] } },
  ],
  invalid: [
    { name: 'the 鹿泉 report: only its 展科普 typo', text: SEED, errors: [{ excerpt: '展', match: '开展' }] },
    { name: 'the 鹿泉 typo: 展 for 开展 at the start of a clause', text: '一、完成情况\n完成情况：展科普宣传活动3次，上半年2次。', errors: [{ match: /「展」应为「开展」/, excerpt: '展' }] },
    { name: '展 for 开展 after a full stop', text: '一、完成情况\n全年按计划推进。展“科普进校园”活动6次。', errors: [{ excerpt: '展' }] },
    { name: '截止 before a date', text: p('截止2025年12月31日，资金已全部到位。'), errors: [{ match: /「截止」应为「截至」/, excerpt: '截止' }] },
    { name: '截止到 / 截止目前', text: p('截止到2025年底支出95%，截止目前无结余。'), errors: [{ excerpt: '截止到' }, { excerpt: '截止' }] },
    { name: '帐户 and 对帐', text: p('开设专用帐户，按月对帐。'), errors: [{ match: '「帐」应为「账」' }, { match: '「帐」应为「账」' }] },
    { name: '拔付 and 拔款', text: p('资金拔付及时，财政拔款100万元。'), errors: [{ match: '拨付' }, { match: '拨款' }] },
    { name: '部份 and 布署', text: p('部份项目按照布署推进。'), errors: 2 },
    { name: 'set phrases', text: p('一如继往，再接再励，按步就班，贯切落实。'), errors: 4 },
    { name: 'an extra substitution from the config', text: p('开展绩效自平工作。'), options: { extra: [{ wrong: '绩效自平', right: '绩效自评', message: '错别字' }] }, errors: [{ match: /「绩效自平」应为「绩效自评」：错别字/ }] },
  ],
});
