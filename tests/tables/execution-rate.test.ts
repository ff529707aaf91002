import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';
import { selfEval } from './build.js';

const fixture = (name: string) => readFileSync(`fixtures/tables/${name}.md`, 'utf8');
const rows = [['产出指标（90分）', '数量指标', '培训人数', '≥800人', '812人', '90', '90', '']];
const funds = (...fund: string[][]) => selfEval({ fund, rows });
const T = '某县科协2024年度部门整体支出绩效自评报告\n\n一、预算执行\n';

ruleTester('execution-rate', {
  valid: [
    { name: 'kepu fixture: 85.00 % and 8.5', text: fixture('kepu') },
    { name: 'clean fixture with sub-rows', text: fixture('clean') },
    { name: 'reordered columns and "/" sub-rows', text: fixture('reordered') },
    { name: 'Sichuan 调整后预算数', text: fixture('sichuan') },
    { name: 'one decimal', text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '85.0%', '8.5']) },
    { name: 'rate rounded half up', text: funds(['年度资金总额', '30.00', '30.00', '10.00', '10', '33.33%', '3.33']) },
    { name: 'scored below the bound (a step rule)', text: funds(['年度资金总额', '100.00', '100.00', '100.00', '10', '100%', '9']) },
    { name: 'score rounded to an integer', text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '85.00%', '8.5']) },
    {
      name: 'a single 其中 row may be a partial breakdown',
      text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '85.00%', '8.5'], ['其中：财政拨款', '10.00', '10.00', '9.00', '—', '—', '—']),
    },
    {
      name: 'rows without a total row are not summed',
      text: funds(['财政拨款', '10.00', '10.00', '9.00', '10', '90.00%', '9'], ['其他资金', '20.00', '20.00', '20.00', '—', '—', '—']),
    },
    { name: 'text: rate agrees with budget and spending', text: `${T}部门全年预算186.40万元，实际支出184.60万元，预算执行率为99.03%。\n` },
    { name: 'text: either the initial or the adjusted budget may be meant', text: `${T}年初预算5680.00万元，年中追加440.50万元，调整后预算6120.50万元，实际支出5998.09万元，预算执行率98.00%。\n` },
    { name: 'text: amounts in different units', text: `${T}全年预算1.2亿元，实际支出11800.00万元，预算执行率98.33%。\n` },
    { name: 'text: a rounded budget (1.2亿元 is 1.15–1.25亿) leaves room', text: `${T}全年预算1.2亿元，实际支出11800.00万元，预算执行率98.34%。\n` },
    { name: 'text: a rate at a date within the year is not checked', text: `${T}截至2024年11月底，全年预算186.40万元，已支出150.00万元，执行率85.00%。\n` },
    { name: 'text: two rates in one sentence are not guessed', text: `${T}项目支出预算39.80万元，项目支出38.00万元，项目执行率95.48%，部门预算执行率为99.03%。\n` },
    { name: 'text: a rate without its figures in the sentence', text: `${T}预算执行率达到100%。全年支出1000万元。\n` },
    { name: 'text: the option turns the check off', text: `${T}部门全年预算186.40万元，实际支出184.60万元，预算执行率为98.03%。\n`, options: { text: false } },
    { name: 'zero budget is left to zero-budget-scored', text: funds(['年度资金总额', '0', '0', '0', '10', '—', '—']) },
  ],
  invalid: [
    {
      name: 'text: rate not what the budget and spending in the sentence give',
      text: `${T}全年预算628.50万元，实际支出620.10万元，预算执行率99.66%。\n`,
      errors: [{ match: /执行率写作 99\.66%.*620\.10万元 ÷ 预算 628\.50万元 应为 98\.66%/, severity: 'error', excerpt: '执行率99.66%' }],
    },
    {
      name: 'text: no budget in the sentence gives the rate (adjusted budget case)',
      text: `${T}年初预算5680.00万元，调整后预算6120.50万元，实际支出5998.09万元，预算执行率97.00%。\n`,
      errors: [{ match: /97\.00%.*5998\.09万元.*6120\.50万元.*98\.00%/ }],
    },
    {
      name: 'text: one last-digit unit off is a warning naming both',
      text: `${T}全年预算186.40万元，实际支出184.60万元，执行率98%。\n`,
      errors: [{ match: /98%.*99%/, severity: 'warning' }],
    },
    {
      name: 'rate not what the figures give',
      text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '80.00%', '8']),
      errors: [{ match: /执行率为 80\.00%.*10\.20.*12\.00.*85\.00%/, severity: 'error', excerpt: '80.00%' }],
    },
    {
      name: 'rate one last-digit unit off: warning naming both',
      text: funds(['年度资金总额', '30.00', '30.00', '10.00', '10', '33.34%', '3.3']),
      errors: [{ match: /33\.34%.*33\.33%/, severity: 'warning' }],
    },
    {
      name: 'score above weight × rate',
      text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '85.00%', '10']),
      errors: [{ match: /得分 10 超过.*10 × 85\.00% = 8\.5/, severity: 'error' }],
    },
    {
      name: 'score one decimal unit above weight × rate: warning',
      text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '85.00%', '8.6']),
      errors: [{ match: /得分 8\.6 超过.*= 8\.5/, severity: 'warning' }],
    },
    {
      name: 'sub-rows do not add up',
      text: funds(
        ['年度资金总额', '12.00', '12.00', '10.20', '10', '85.00%', '8.5'],
        ['其中：当年财政拨款', '10.00', '10.00', '9.00', '—', '—', '—'],
        ['上年结转资金', '1.00', '1.00', '1.00', '—', '—', '—'],
      ),
      errors: [{ match: /年初预算数为 12\.00.*合计 11/ }, { match: /全年预算数为 12\.00.*合计 11/ }, { match: /全年执行数为 10\.20.*合计 10/ }],
    },
    {
      name: 'a single sub-row above the total',
      text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '85.00%', '8.5'], ['其中：财政拨款', '12.00', '12.00', '11.20', '—', '—', '—']),
      errors: [{ match: /全年执行数为 10\.20.*合计 11\.2/ }],
    },
    {
      name: 'rate written as a fraction',
      text: funds(['年度资金总额', '12.00', '12.00', '10.20', '10', '0.80', '8']),
      errors: [{ match: /0\.80.*0\.85/ }],
    },
  ],
});
