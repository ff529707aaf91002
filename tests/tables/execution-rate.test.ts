import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';
import { selfEval } from './build.js';

const fixture = (name: string) => readFileSync(`fixtures/tables/${name}.md`, 'utf8');
const rows = [['产出指标（90分）', '数量指标', '培训人数', '≥800人', '812人', '90', '90', '']];
const funds = (...fund: string[][]) => selfEval({ fund, rows });

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
    { name: 'zero budget is left to zero-budget-scored', text: funds(['年度资金总额', '0', '0', '0', '10', '—', '—']) },
  ],
  invalid: [
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
