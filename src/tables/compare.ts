// The project's rounding tolerance for table figures: a difference within half a unit of the least precise printed
// figure is no finding; one unit of the last digit (after rounding) is a warning naming both figures; more is an error.
import { Decimal } from 'decimal.js';

export type Verdict = 'ok' | 'warning' | 'error';

/**
 * Compare a printed figure with a value computed from other figures.
 * `decimals` is the precision of the least precise printed figure involved.
 */
export function verdict(printed: Decimal, computed: Decimal, decimals: number): Verdict {
  const unit = new Decimal(10).pow(-decimals);
  const diff = printed.minus(computed).abs();
  if (diff.lte(unit.dividedBy(2))) return 'ok';
  const rounded = computed.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return printed.minus(rounded).abs().lte(unit) ? 'warning' : 'error';
}

/** Like verdict, but only a printed value ABOVE the bound is a finding (upper bounds such as the proportional score). */
export function exceeds(printed: Decimal, bound: Decimal, decimals: number): Verdict {
  if (printed.lte(bound)) return 'ok';
  return verdict(printed, bound, decimals);
}

/** A decimal for messages: at most `places` decimals, trailing zeros dropped ("5", "7.5", "85.01"). */
export function fmt(value: Decimal, places = 2): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString();
}
