// Exact figures (decimal.js) and the ways a report writes them: 元/万元/亿元, fixed or minimal decimals, thousands
// separators, full-width digits. `scaleYuan` renders every 万元 amount as the same quantity in 元 (×10 000), the
// metamorphic variant whose findings must not change.
import { Decimal } from 'decimal.js';

export { Decimal };
export const D = (v: Decimal.Value) => new Decimal(v);

export interface AmountStyle {
  /** Unit the amount is written in. 亿元 only for amounts that are whole multiples of 100万元. */
  unit: '万元' | '元' | '亿元';
  /** 'fixed2' always two decimals (Word tables); 'minimal' drops trailing zeros (2024.5万元, 2025万元). */
  decimals: 'fixed2' | 'minimal';
  thousands: boolean;
  fullWidth: boolean;
}

export interface RenderMode {
  scaleYuan: boolean;
}

const FW = '０１２３４５６７８９';
export const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => FW[Number(d)]);

function withThousands(s: string): string {
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export function numberText(v: Decimal, decimals: 'fixed2' | 'minimal' | number, thousands = false, fullWidth = false): string {
  let s: string;
  if (typeof decimals === 'number') s = v.toFixed(decimals);
  else if (decimals === 'fixed2' && v.decimalPlaces() <= 2) s = v.toFixed(2);
  else s = v.toFixed(); // exact, minimal
  if (thousands) s = withThousands(s);
  if (fullWidth) s = toFullWidth(s);
  return s;
}

/** An amount held in 万元, written as the style says. */
export function amountText(wan: Decimal, style: AmountStyle, mode: RenderMode): string {
  let unit = style.unit;
  let value: Decimal;
  if (unit === '亿元') value = wan.div(10000);
  else if (unit === '元') value = wan.mul(10000);
  else if (mode.scaleYuan) {
    value = wan.mul(10000);
    unit = '元';
  } else value = wan;
  const decimals = unit === '元' && style.unit !== '元' ? 'minimal' : style.decimals;
  return `${numberText(value, decimals, style.thousands, style.fullWidth)}${unit}`;
}

/** Share a / b in percent, rounded half up to `places`. */
export function share(a: Decimal, b: Decimal, places = 2): Decimal {
  return a.div(b).mul(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

export const sum = (xs: Decimal[]) => xs.reduce((s, x) => s.add(x), D(0));

/**
 * Split `total` (in units of `step`) into n positive parts, each at least `step`, deterministic from `r` (values in [0,1)).
 */
export function splitExact(total: Decimal, n: number, step: Decimal, r: () => number): Decimal[] {
  const units = total.div(step).toNumber();
  if (!Number.isInteger(units) || units < n) throw new Error(`cannot split ${total} into ${n} parts of ${step}`);
  const weights = Array.from({ length: n }, () => 0.4 + r());
  const wsum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((units * w) / wsum)));
  let rest = units - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % n) {
    if (rest > 0) { parts[i]++; rest--; } else if (parts[i] > 1) { parts[i]--; rest++; }
  }
  return parts.map((p) => step.mul(p));
}
