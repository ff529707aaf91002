// The project's rounding tolerance for table figures: a difference within half a unit of the least precise printed
// figure is no finding; one unit of the last digit (after rounding) is a warning naming both figures; more is an error.
import { Decimal } from 'decimal.js';
import { agreement } from '../quantity/tolerance.js';

export type Verdict = 'ok' | 'warning' | 'error';

/**
 * Compare a printed figure with a value computed from other figures.
 * `decimals` is the precision of the least precise printed figure involved.
 */
export function verdict(printed: Decimal, computed: Decimal, decimals: number): Verdict {
  const unit = new Decimal(10).pow(-decimals);
  if (agreement(computed, printed, unit) === 'ok') return 'ok';
  // the computed value as it would have been printed: one last-digit unit away from that is a slip
  const rounded = computed.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return agreement(rounded, printed, unit) === 'off' ? 'error' : 'warning';
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
