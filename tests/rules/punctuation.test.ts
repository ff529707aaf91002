import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
const p = (body: string) => `一、基本情况\n${body}\n`;

ruleTester('punctuation', {
  valid: [
    { name: 'the 鹿泉 report with its half-width comma fixed', text: SEED.replace('促进学科发展,推动', '促进学科发展，推动') },
    { name: 'full-width punctuation throughout', text: p('本局负责财政管理（含国库集中支付），落实“放管服”改革；完成率100%。') },
    { name: 'half-width punctuation between digits and Latin text', text: p('执行率为95.5%，时间10:30，比例1:2，函数f(x)，GDP (2025) 数据，Word 2016, Excel。') },
    { name: 'inline enumerators 1) 2)', text: p('主要措施：1)加强领导；2)完善制度；a)其他。') },
    { name: 'labels at line start are left to heading-numbering', text: '一、基本情况\n（一)部门概况\n正文。\n（二）。收支\n正文。\n' },
    { name: 'ellipsis and quotes spanning nested brackets', text: p('开展“科普进校园（含“小手拉大手”）”等活动……取得成效。') },
    { name: 'conversion residue is placeholder\'s finding', text: p('[bookmark: _GoBack]科协副主席：朱永刚') },
  ],
  invalid: [
    { name: 'the half-width comma in the 鹿泉 report', text: SEED, errors: [{ match: /半角「,」.*「，」/, excerpt: ',', severity: 'warning' }] },
    { name: 'half-width ; and : between Chinese characters', text: p('一是加强领导;二是完善制度。组长:张三'), errors: [{ match: '「；」' }, { match: '「：」' }] },
    { name: 'doubled punctuation', text: p('完成各项任务。。资金到位，。'), errors: [{ excerpt: '。。' }, { excerpt: '，。' }] },
    { name: 'a bracket pair of mixed width', text: p('成立自评工作组（组长由主席担任)，开展自评。'), errors: [{ match: /全半角混用.*（组长由主席担任）/ }] },
    { name: 'an unclosed quote and bracket', text: p('开展“科普日活动（共3次。'), errors: [{ match: /「（」没有对应的「）」/ }] },
    { name: 'a closing bracket without an opening one', text: p('资金已拨付到位）。'), errors: [{ match: /「）」前没有对应的「（」/ }] },
    { name: 'half-width brackets around Chinese text', text: p('本局(含下属单位)共有编制20人。'), errors: [{ match: /半角括号「\(含下属单位\)」/ }] },
    { name: 'half-width quotes around Chinese text', text: p('落实"放管服"改革要求。'), errors: [{ match: /半角引号.*“放管服”/ }] },
    {
      name: 'half-width commas throughout: 20 listed, the rest summed up',
      text: p(Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作已完成,资金已拨付`).join('；') + '。'),
      errors: [...Array.from({ length: 20 }, () => ({ match: '「,」' })), { match: /另有 10 处同类问题（汉字间半角标点「,」）/ }],
    },
    { name: 'the limit can be lifted', text: p(Array.from({ length: 25 }, () => '完成,到位').join('；')), options: { maxPerKind: 0 }, errors: 25 },
    { name: 'a half-width full stop between Chinese characters', text: p('完成任务.资金到位。'), errors: [{ match: '「。」' }] },
  ],
});

ruleTester('punctuation', {
  valid: [
    { name: 'a quotation closed in the next paragraph', text: '一、基本情况\n会议强调：“要加强预算绩效管理。\n切实提高资金使用效益。”\n' },
  ],
  invalid: [
    { name: 'a closing quote used as an opening one', text: '一、基本情况\n遵循”科学性、规范性”的原则。\n', errors: [{ match: '「”」前没有对应的「“」' }] },
  ],
});
