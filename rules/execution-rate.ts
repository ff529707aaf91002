// execution-rate: the 项目资金 block of a 自评表 is consistent: 执行率 = 全年执行数 / 全年预算数 (Sichuan: 预算执行数 /
// 调整后预算数) to its printed precision, its score ≤ 分值 × 执行率, and the 其中 rows add up to 年度资金总额.
import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { decimalsOf, defineRule, exceeds, fmt, scoringTables, textRateMismatches, verdict, type CellValue, type FundRow, type RuleContext, type ScoringTable } from '../src/rule-kit.js';

const options = z.object({
  /** Check that the 其中 rows add up to the total row. */
  subRows: z.boolean().default(true),
  /** Recompute a 执行率 stated in running text together with its budget and spending. */
  text: z.boolean().default(true),
});

type Ctx = RuleContext<z.output<typeof options>>;

const num = (v: CellValue | undefined) => (v && v.value !== undefined && !v.notApplicable ? v.value : undefined);

/** The rate as a fraction: "85.00%" → 0.85; "0.85" → 0.85. */
function rateFraction(rate: CellValue): Decimal | undefined {
  const v = num(rate);
  if (!v) return undefined;
  if (/[%％]/.test(rate.text) || v.gt(1)) return v.dividedBy(100);
  return v;
}

/** Budget and spending of a fund row (全年预算数, or 年初预算数 when that is all there is). */
function figuresOf(row: FundRow) {
  const budgetCell = num(row.budget) !== undefined ? row.budget : row.initialBudget;
  const budget = num(budgetCell);
  const executed = num(row.executed);
  const rate = budget && executed && budget.gt(0) ? executed.dividedBy(budget) : undefined;
  return { budgetCell, rate };
}

/** Recompute the printed 执行率; true when it agrees with the figures. */
function checkPrintedRate(ctx: Ctx, row: FundRow, computed: Decimal | undefined, budgetCell: CellValue | undefined): boolean {
  const printed = row.rate ? num(row.rate) : undefined;
  if (!row.rate || printed === undefined || computed === undefined) return false;
  const asPercent = /[%％]/.test(row.rate.text) || printed.gt(1);
  const expected = computed.times(asPercent ? 100 : 1);
  const decimals = decimalsOf(row.rate);
  const v = verdict(printed, expected, decimals);
  if (v === 'ok') return true;
  ctx.report({
    messageId: 'rate',
    data: {
      label: row.label, rate: row.rate.text, executed: row.executed!.text, budget: budgetCell!.text,
      expected: expected.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals) + (asPercent ? '%' : ''),
    },
    node: row.rate.cell,
    severity: v === 'warning' ? 'warning' : undefined,
  });
  return false;
}

function checkRate(ctx: Ctx, row: FundRow) {
  const { budgetCell, rate: computed } = figuresOf(row);
  const agrees = checkPrintedRate(ctx, row, computed, budgetCell);
  // The bound uses the rate the figures give (a misprinted rate is reported once, above); the printed rate only
  // when the figures are missing.
  const rate = computed ?? (row.rate ? rateFraction(row.rate) : undefined);
  const weight = num(row.weight);
  const score = num(row.score);
  if (weight === undefined || score === undefined || rate === undefined) return;
  const bound = Decimal.min(weight, weight.times(rate));
  // Full points with a rate below 100 % is not a rounding slip.
  const v = score.equals(weight) && bound.lt(weight) ? 'error' : exceeds(score, bound, decimalsOf(row.score));
  if (v === 'ok') return;
  const rateText = row.rate && (agrees || !computed) ? row.rate.text : `${fmt(rate.times(100))}%`;
  ctx.report({
    messageId: 'score',
    data: { score: row.score!.text, weight: row.weight!.text, rate: rateText, bound: fmt(bound) },
    node: row.score!.cell,
    severity: v === 'warning' ? 'warning' : undefined,
  });
}

const COLUMNS = [
  ['initialBudget', '年初预算数', 'initial budget'],
  ['budget', '全年预算数', 'full-year budget'],
  ['executed', '全年执行数', 'amount spent'],
] as const;

function checkSubRows(ctx: Ctx, table: ScoringTable) {
  const [head, ...rest] = table.fund;
  if (!head || rest.length === 0) return;
  // Only a total row with its breakdown: "年度资金总额" then "其中：…" rows.
  const isTotal = /总额|合计|总计|小计|资金总|总金额/.test(head.label) || /^其中/.test(rest[0]!.label);
  if (!isTotal || /^其中/.test(head.label)) return;
  for (const [key, zh, en] of COLUMNS) {
    const total = head[key];
    const totalValue = num(total);
    if (!total || totalValue === undefined) continue;
    let sum = new Decimal(0);
    let decimals = decimalsOf(total);
    let shown = 0;
    let counted = 0;
    let complete = true;
    for (const row of rest) {
      const v = row[key];
      if (!v || v.notApplicable) continue;
      if (v.empty) continue;
      if (v.value === undefined) {
        complete = false;
        break;
      }
      sum = sum.plus(v.value);
      decimals = Math.min(decimals, decimalsOf(v));
      shown = Math.max(shown, decimalsOf(v));
      counted++;
    }
    if (!complete || counted === 0) continue;
    // One "其中" row may be a partial breakdown; only a sum above the total is certain then.
    if (counted < 2 && sum.lte(totalValue)) continue;
    const v = verdict(totalValue, sum, decimals);
    if (v === 'ok') continue;
    ctx.report({
      messageId: 'subRows',
      data: { label: head.label, column: ctx.locale === 'en' ? en : zh, total: total.text, sum: sum.toFixed(shown), parts: rest.map((r) => r.label).join('、') },
      node: total.cell,
      severity: v === 'warning' ? 'warning' : undefined,
    });
  }
}

function checkTextRates(ctx: Ctx) {
  for (const m of textRateMismatches(ctx.doc)) {
    const { node, span, severity, ...data } = m;
    ctx.report({ messageId: 'textRate', data, node, span, severity });
  }
}

export default defineRule({
  meta: {
    id: 'execution-rate',
    description: {
      'zh-CN': '自评表项目资金部分：执行率 = 全年执行数 / 全年预算数，得分不超过 分值 × 执行率，其中各项之和等于年度资金总额',
      en: 'Scoring-table fund block: execution rate = spent / budget, its score at most weight × rate, sub-rows add up to the total',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      rate: {
        'zh-CN': '「{label}」执行率为 {rate}，按 全年执行数 {executed} / 全年预算数 {budget} 应为 {expected}',
        en: '"{label}": the execution rate is {rate}, but spent {executed} / budget {budget} gives {expected}',
      },
      score: {
        'zh-CN': '预算执行率得分 {score} 超过 分值 × 执行率 = {weight} × {rate} = {bound}',
        en: 'the budget execution score {score} is above weight × rate = {weight} × {rate} = {bound}',
      },
      textRate: {
        'zh-CN': '执行率写作 {rate}，但按同一句中的 支出 {spent} ÷ 预算 {budget} 应为 {expected}',
        en: 'the execution rate is given as {rate}, but spent {spent} / budget {budget} in the same sentence gives {expected}',
      },
      subRows: {
        'zh-CN': '「{label}」的{column}为 {total}，但其中各项（{parts}）合计 {sum}',
        en: '"{label}": the {column} is {total}, but its parts ({parts}) add up to {sum}',
      },
    },
    tags: ['table', 'numbers'],
  },
  check(ctx) {
    for (const table of scoringTables(ctx.doc)) {
      for (const row of table.fund) checkRate(ctx, row);
      if (ctx.options.subRows) checkSubRows(ctx, table);
    }
    if (ctx.options.text) checkTextRates(ctx);
  },
});
