// indicator-score: each indicator row of a 自评表 is scored within what its result allows (财预〔2020〕10号 第十八条).
import { normalizeDigits } from '../src/quantity/index.js';
import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { BANDS, decimalsOf, defineRule, exceeds, fmt, inUnit, outcomeOf, scoringTables, type IndicatorRecord, type RuleContext, type Verdict } from '../src/rule-kit.js';

const options = z.object({
  /** Check qualitative results against the 达成 / 部分达成 / 未达成 score bands. */
  qualitative: z.boolean().default(true),
  /** Check reverse (≤) indicators against the lenient upper bound 指标值/完成值 × 分值. */
  reverse: z.boolean().default(true),
});

type Ctx = RuleContext<z.output<typeof options>>;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** What every finding about a row names: the indicator and its figures as printed. */
function rowData(row: IndicatorRecord) {
  return {
    name: row.name, target: row.target?.text || '—', actual: row.actual?.text ?? '', weight: row.weight?.text ?? '', score: row.score?.text ?? '',
  };
}

const severityOf = (v: Verdict) => (v === 'warning' ? ('warning' as const) : undefined);

/** 正向 / 等于: a missed target scores at most 完成值/指标值 × 分值 (A = 0: any actual above 0 scores 0). */
function checkProportional(ctx: Ctx, row: IndicatorRecord, w: Decimal, s: Decimal, decimals: number) {
  const b = inUnit(row.actualValue!.value, row.actualValue!.unit, row.targetValue!.unit);
  if (b === undefined) return;
  const a = row.targetValue!.value;
  if (a.isZero()) return checkZeroTarget(ctx, row, b, s, decimals);
  if (a.lt(0) || b.gte(a)) return;
  const expected = b.dividedBy(a).times(w).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  // Full points for a missed target is never a rounding slip (domain guide §3.2 SCORE-QUANT).
  const v = s.equals(w) ? 'error' : exceeds(s, expected, decimals);
  if (v === 'ok') return;
  ctx.report({ messageId: 'proportional', data: { ...rowData(row), expected: fmt(expected) }, node: row.nameCell, severity: severityOf(v) });
}

/** A target of 0 ("安全事故 0起", "≤0次"): any actual above 0 scores 0. */
function checkZeroTarget(ctx: Ctx, row: IndicatorRecord, b: Decimal, s: Decimal, decimals: number) {
  const v = b.gt(0) ? exceeds(s, new Decimal(0), decimals) : 'ok';
  if (v !== 'ok') ctx.report({ messageId: 'zeroTarget', data: rowData(row), node: row.nameCell, severity: severityOf(v) });
}

/** 反向: over the ceiling, at most 指标值/完成值 × 分值. */
function checkReverse(ctx: Ctx, row: IndicatorRecord, w: Decimal, s: Decimal, decimals: number) {
  const b = inUnit(row.actualValue!.value, row.actualValue!.unit, row.targetValue!.unit);
  const a = row.targetValue!.value;
  if (b !== undefined && a.isZero()) return checkZeroTarget(ctx, row, b, s, decimals);
  if (b === undefined || a.lt(0) || b.lte(a)) return;
  // Two formulas are in use (指标值/完成值 × 分值 and the linear 1 − (B−A)/A); the first is always the larger, so
  // it is the lenient upper bound.
  const bound = a.dividedBy(b).times(w).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const v = s.equals(w) ? 'error' : exceeds(s, bound, decimals);
  if (v === 'ok') return;
  ctx.report({ messageId: 'reverse', data: { ...rowData(row), expected: fmt(bound) }, node: row.nameCell, severity: severityOf(v) });
}

/** 定性: the score lies in the band of the outcome the result words claim. */
function checkQualitative(ctx: Ctx, row: IndicatorRecord, w: Decimal, s: Decimal, decimals: number) {
  const actual = row.actual;
  if (!actual || actual.empty || actual.notApplicable || w.lte(0)) return;
  const outcome = outcomeOf(actual.text, row.target?.text);
  if (!outcome) return;
  const band = BANDS[outcome];
  const low = w.times(band.low);
  const high = w.times(band.high);
  const halfUnit = new Decimal(10).pow(-decimals).dividedBy(2);
  const below = s.lt(low.minus(halfUnit));
  const above = !band.highInclusive && s.gte(high);
  if (!below && !above) return;
  ctx.report({
    messageId: 'qualitativeBand',
    data: {
      ...rowData(row),
      outcome: ctx.locale === 'en' ? band.en : band.zh,
      band: `${pct(band.low)}–${pct(band.high)}`,
      range: band.highInclusive ? `[${fmt(low)}, ${fmt(high)}]` : `[${fmt(low)}, ${fmt(high)})`,
    },
    node: row.nameCell,
    severity: 'warning',
  });
}

// A deadline target ("2024年12月31日前", "2024年10月底前", "2024年6月以前") and the dates in the actual cell.
const DEADLINE_TARGET = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*(?:底|末)?\s*(?:前|以前|之前|内|止)/;
const DATE_IN_ACTUAL = /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g;

/** Day number for comparing dates (month lengths do not matter for "before/after"). */
const dayKey = (y: number, m: number, d: number) => (y * 12 + (m - 1)) * 32 + d;

/**
 * 时效: done after the deadline yet given full points. Month-only dates are read leniently: a deadline means the
 * end of its month, a completion the start of its month; an actual date without a year takes the deadline's year.
 */
function checkDeadline(ctx: Ctx, row: IndicatorRecord, w: Decimal, s: Decimal): boolean {
  const target = row.target?.text ?? '';
  const actual = row.actual?.text ?? '';
  const dl = DEADLINE_TARGET.exec(normalizeDigits(target));
  if (!dl) return false;
  const dates = [...normalizeDigits(actual).matchAll(DATE_IN_ACTUAL)];
  const done = dates.at(-1);
  if (!done) return false;
  const year = Number(done[1] ?? dl[1]);
  const month = Number(done[2]);
  if (month < 1 || month > 12) return false;
  const deadline = dayKey(Number(dl[1]), Number(dl[2]), dl[3] ? Number(dl[3]) : 31);
  const finished = dayKey(year, month, done[3] ? Number(done[3]) : 1);
  if (finished > deadline && s.equals(w)) {
    ctx.report({ messageId: 'lateFullScore', data: rowData(row), node: row.nameCell });
  }
  return true;
}

function checkRow(ctx: Ctx, row: IndicatorRecord) {
  const w = row.weight?.value;
  const s = row.score?.value;
  if (s === undefined || row.score?.unit === '%') return;
  if (w !== undefined && s.gt(w)) {
    ctx.report({ messageId: 'overWeight', data: rowData(row), node: row.nameCell });
    return;
  }
  if ((row.actual?.empty || row.target?.empty) && s.gt(0)) {
    ctx.report({ messageId: row.actual?.empty ? 'emptyActual' : 'emptyTarget', data: rowData(row), node: row.nameCell });
    return;
  }
  if (w === undefined) return;
  const decimals = decimalsOf(row.score);
  const quantitative = row.targetValue && row.actualValue;
  if (quantitative && (row.direction === 'positive' || row.direction === 'exact')) checkProportional(ctx, row, w, s, decimals);
  else if (quantitative && row.direction === 'reverse' && ctx.options.reverse) checkReverse(ctx, row, w, s, decimals);
  else if (row.direction === 'qualitative' && checkDeadline(ctx, row, w, s)) return;
  else if (row.direction === 'qualitative' && ctx.options.qualitative) checkQualitative(ctx, row, w, s, decimals);
}

export default defineRule({
  meta: {
    id: 'indicator-score',
    description: {
      'zh-CN': '自评表中每项指标的得分不超过分值，并与完成情况相符（按比例、反向、定性档次）',
      en: 'Each indicator in the scoring table is scored within its weight and as its result allows (proportional, reverse, qualitative bands)',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      overWeight: {
        'zh-CN': '「{name}」得分 {score} 超过分值 {weight}，得分不应高于分值',
        en: '"{name}" is scored {score}, above its weight {weight}; a score cannot exceed the weight',
      },
      emptyActual: {
        'zh-CN': '「{name}」实际完成值为空（指标值 {target}），却给了 {score} 分；应填写完成值后再评分',
        en: '"{name}" has no actual value (target {target}) but is given {score} points; the actual value must be filled in before scoring',
      },
      emptyTarget: {
        'zh-CN': '「{name}」没有填写指标值（完成值 {actual}），却给了 {score} 分；应先填写年度指标值',
        en: '"{name}" has no target (actual {actual}) but is given {score} points; the target must be filled in first',
      },
      proportional: {
        'zh-CN': '「{name}」完成值 {actual} 未达到指标值 {target}，按比例应得 {expected} 分（完成值/指标值 × {weight}），表中为 {score} 分',
        en: '"{name}": actual {actual} falls short of the target {target}, so the proportional score is {expected} (actual/target × {weight}), but the table gives {score}',
      },
      reverse: {
        'zh-CN': '「{name}」为反向指标，完成值 {actual} 超过指标值 {target}，得分最多 {expected} 分（指标值/完成值 × {weight}），表中为 {score} 分',
        en: '"{name}" is a reverse indicator: actual {actual} exceeds the target {target}, so the score is at most {expected} (target/actual × {weight}), but the table gives {score}',
      },
      zeroTarget: {
        'zh-CN': '「{name}」指标值为 0，完成值 {actual} 大于 0，应得 0 分，表中为 {score} 分',
        en: '"{name}" has a target of 0 and an actual value {actual} above 0, so it scores 0, but the table gives {score}',
      },
      lateFullScore: {
        'zh-CN': '「{name}」时限为 {target}，实际完成时间 {actual} 晚于时限，却给了满分 {score} 分（分值 {weight}）；逾期完成应扣分并说明原因',
        en: '"{name}": the deadline is {target} but it was done {actual}, after the deadline, yet it gets full points ({score} of {weight}); a late result should lose points and be explained',
      },
      qualitativeBand: {
        'zh-CN': '「{name}」完成情况“{actual}”属于{outcome}，得分应在分值的 {band}（{range} 分），表中为 {score} 分（分值 {weight}）',
        en: '"{name}": the result "{actual}" means {outcome}, so the score should be {band} of the weight ({range}), but the table gives {score} of {weight}',
      },
    },
    tags: ['table', 'score'],
  },
  check(ctx) {
    for (const table of scoringTables(ctx.doc)) {
      for (const row of table.indicators) checkRow(ctx, row);
    }
  },
});
