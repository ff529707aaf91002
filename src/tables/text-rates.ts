// 执行率 stated in running text: "全年预算628.50万元，实际支出620.10万元，预算执行率98.66%". One sentence giving a
// budget, an amount spent and one 执行率: the rate must be spent ÷ budget for at least one budget/spent pair in the
// sentence (年初 and 调整后 budgets may both appear), to the rate's printed precision. Used by execution-rate.
import { Decimal } from 'decimal.js';
import type { LintDocument } from '../model/document.js';
import type { ParagraphNode } from '../model/types.js';
import { verdict } from './compare.js';
import { MONEY_FACTORS } from '../quantity/units.js';
import { normalizeDigits } from '../model/digits.js';

export interface TextRateMismatch {
  node: ParagraphNode;
  span: [number, number];
  rate: string;
  spent: string;
  budget: string;
  expected: string;
  severity?: 'warning';
}

const NUM = String.raw`(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|元)`;
const BUDGET_IN_TEXT = new RegExp(String.raw`预算(?:数|总额|资金|金额)?(?:合计|总计|共计|为|是|共|达)?\s*` + NUM, 'g');
const SPENT_IN_TEXT = new RegExp(String.raw`(?:实际支出|实际执行|实际使用|实际完成|支出|执行数|执行金额|执行|决算数|完成支出|已支出|累计支出)(?:资金)?(?:合计|总额|共计|为|了|达)?\s*` + NUM, 'g');
const RATE_IN_TEXT = /执行率(?:为|是|达到|达|约为)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
// A rate at a date within the year ("截至11月底执行率85%") is not the ratio of the full-year figures.
const PART_OF_YEAR = /截至|截止|季度|上半年|下半年|\d\s*月/;
const SCALE = MONEY_FACTORS;

interface Amount { text: string; value: Decimal; /** Half a unit of the last printed digit, in 元. */ half: Decimal }

function amounts(sentence: string, re: RegExp): Amount[] {
  return [...sentence.matchAll(re)].map((m) => {
    const digits = m[1]!.replace(/[,，]/g, '');
    const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    const scale = SCALE[m[2]!]!;
    return { text: `${m[1]}${m[2]}`, value: new Decimal(digits).times(scale), half: new Decimal(10).pow(-places).times(scale).dividedBy(2) };
  });
}

/** Whether the printed rate fits some budget and spending that round to the printed figures ("1.2亿元" is 1.15–1.25亿). */
function fitsPrecision(printed: Decimal, rateHalf: Decimal, budget: Amount, spent: Amount): boolean {
  if (budget.value.lte(budget.half)) return true;
  const low = spent.value.minus(spent.half).dividedBy(budget.value.plus(budget.half)).times(100);
  const high = spent.value.plus(spent.half).dividedBy(budget.value.minus(budget.half)).times(100);
  return printed.gte(low.minus(rateHalf)) && printed.lte(high.plus(rateHalf));
}

export function textRateMismatches(doc: LintDocument): TextRateMismatch[] {
  const out: TextRateMismatch[] = [];
  for (const node of doc.paragraphs()) {
    const text = normalizeDigits(node.text);
    let from = 0;
    for (const sentence of text.split(/(?<=[。！？\n])/)) {
      const at = from;
      from += sentence.length;
      const rates = [...sentence.matchAll(RATE_IN_TEXT)];
      if (rates.length !== 1 || PART_OF_YEAR.test(sentence)) continue;
      const budgets = amounts(sentence, BUDGET_IN_TEXT).filter((b) => b.value.gt(0));
      const spent = amounts(sentence, SPENT_IN_TEXT);
      if (!budgets.length || !spent.length) continue;
      const rate = rates[0]!;
      const printed = new Decimal(rate[1]!);
      const decimals = rate[1]!.includes('.') ? rate[1]!.length - rate[1]!.indexOf('.') - 1 : 0;
      let best: { v: ReturnType<typeof verdict>; diff: Decimal; budget: Amount; spent: Amount; expected: Decimal } | undefined;
      for (const b of budgets) {
        for (const x of spent) {
          const expected = x.value.dividedBy(b.value).times(100);
          const v = fitsPrecision(printed, new Decimal(10).pow(-decimals).dividedBy(2), b, x) ? 'ok' : verdict(printed, expected, decimals);
          const diff = printed.minus(expected).abs();
          if (!best || diff.lt(best.diff)) best = { v, diff, budget: b, spent: x, expected };
        }
      }
      if (!best || best.v === 'ok') continue;
      const start = at + rate.index!;
      out.push({
        rate: `${rate[1]}%`, spent: best.spent.text, budget: best.budget.text,
        expected: `${best.expected.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals)}%`,
        node,
        span: [start, start + rate[0].length],
        ...(best.v === 'warning' ? { severity: 'warning' as const } : {}),
      });
    }
  }
  return out;
}
