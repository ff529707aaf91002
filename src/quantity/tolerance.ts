// Exact comparison of a computed figure with a stated one, with the rounding tolerance of the figures involved:
// within half a unit of the least precise figure → agree; off by at most one such unit → a last-digit slip
// (warning); more → wrong (error).
import { Decimal } from 'decimal.js';

export type Agreement = 'ok' | 'last-digit' | 'off';

/** The coarsest last-digit unit among the steps (the least precise figure). */
export function leastPrecise(steps: readonly Decimal[]): Decimal {
  return steps.reduce((a, b) => (b.gt(a) ? b : a), new Decimal(0));
}

/**
 * The rounding unit of a set of figures: the coarsest last-digit unit, or 0 when every figure is an exact count
 * (whole 次/份/人 … with no 万 multiplier): counts are not rounded, so any difference is a real one.
 */
export function roundingStep(figures: readonly { kind: string; decimals: number; step: Decimal; approximate?: boolean }[]): Decimal {
  const exact = figures.every((f) => (f.kind === 'count' || f.kind === 'duration') && f.decimals === 0 && f.step.eq(1) && !f.approximate);
  return exact ? new Decimal(0) : leastPrecise(figures.map((f) => f.step));
}

export function agreement(computed: Decimal, stated: Decimal, step: Decimal): Agreement {
  const diff = computed.minus(stated).abs();
  if (diff.lte(step.div(2))) return 'ok';
  if (diff.lte(step)) return 'last-digit';
  return 'off';
}

/**
 * A sum of `terms` rounded figures against an exact stated value (shares against 100 %): each term is off by less
 * than half its last-digit unit, so n shares may add up to 100 % ± anything below n × step / 2 (three shares of
 * 33.33 % make 99.99 %; two shares always make 100 % exactly, but for a tie).
 */
export function sumAgreement(sum: Decimal, stated: Decimal, step: Decimal, terms: number): Agreement {
  const diff = sum.minus(stated).abs();
  if (diff.lte(step.div(2)) || diff.lt(step.mul(terms).div(2))) return 'ok';
  return agreement(sum, stated, step.mul(Math.max(1, terms - 1)));
}

/**
 * Does the stated percentage `percent` (with last-digit unit `percentStep`) agree with part / whole, given that
 * part and whole are themselves rounded to `partStep` / `wholeStep`? Any ratio the rounded inputs allow is accepted.
 * Returns the agreement and the ratio computed from the figures as written (in percent).
 */
export function ratioAgreement(
  part: Decimal, partStep: Decimal, whole: Decimal, wholeStep: Decimal, percent: Decimal, percentStep: Decimal,
): { agreement: Agreement; computed: Decimal } | undefined {
  if (whole.isZero()) return undefined;
  const computed = part.div(whole).mul(100);
  const halfPart = partStep.div(2);
  const halfWhole = wholeStep.div(2);
  const lowWhole = whole.minus(halfWhole);
  const low = part.minus(halfPart).div(whole.plus(halfWhole)).mul(100);
  const high = lowWhole.gt(0) ? part.plus(halfPart).div(lowWhole).mul(100) : computed;
  const halfPercent = percentStep.div(2);
  if (percent.gte(low.minus(halfPercent)) && percent.lte(high.plus(halfPercent))) return { agreement: 'ok', computed };
  const distance = percent.lt(low) ? low.minus(percent) : percent.minus(high);
  return { agreement: distance.lte(percentStep) ? 'last-digit' : 'off', computed };
}

/** A decimal written with `decimals` places (trailing zeros kept), e.g. 271.76 → "271.76", 100 → "100.00". */
export function fixed(value: Decimal, decimals: number): string {
  return value.toFixed(Math.max(0, decimals));
}

/** Number of decimals of a last-digit step relative to a unit factor (step 100 元 in 万元 → 2). */
export function decimalsOf(step: Decimal, factor: Decimal = new Decimal(1)): number {
  const rel = step.div(factor);
  return rel.gte(1) ? 0 : rel.decimalPlaces();
}

interface Written { kind: string; unit: string; decimals: number; step: Decimal }

/** The size of the written unit, multipliers included ("5万人次" → 10000, "2.30万元" → 10000 元). */
const writtenUnit = (f: Written) => f.step.mul(new Decimal(10).pow(f.decimals));

/**
 * The rounding unit of each of the figures of one statement ("0.5万元，较上年的0.46万元增长…"): a writer who drops
 * trailing zeros rounds every figure of one written unit to the finest precision any of them shows, so a figure with
 * fewer decimals than another of its unit is that precise too (0.5万元 is 0.50万元 here). `context` holds more figures
 * of the statement that only witness the precision. Figures in other units keep their own steps.
 */
export function jointSteps(figures: readonly Written[], context: readonly Written[] = []): Decimal[] {
  return figures.map((f) => {
    let step = f.step;
    const unit = writtenUnit(f);
    for (const o of [...figures, ...context]) {
      if (o.kind === f.kind && o.unit === f.unit && o.step.lt(step) && writtenUnit(o).eq(unit)) step = o.step;
    }
    return step;
  });
}
