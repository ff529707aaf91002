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

/** The last-digit unit (in 万元) of an amount written in `style`. */
function writtenStep(wan: Decimal, style: AmountStyle): Decimal {
  if (style.unit === '元') return D('0.0001');
  const factor = style.unit === '亿元' ? D(10000) : D(1);
  const places = style.decimals === 'fixed2' ? 2 : wan.div(factor).decimalPlaces();
  return D(10).pow(-places).mul(factor);
}

/**
 * A planted growth-rate error that is certain: the stated rate (rate + delta, written as a growth or a decrease like
 * the true rate) lies outside every rate the two amounts allow when each is read as rounded to its last written digit
 * (figures of one statement rounded alike, as the rules read them). Tiny amounts ("0.50万元，较上年的0.42万元") allow a
 * wide range; the delta is doubled until it leaves it, so the 万元 text and its 元 rendering show the same error.
 */
export function certainRateError(current: Decimal, previous: Decimal, rate: Decimal, delta: Decimal, style: AmountStyle, currentStyle = style): Decimal {
  const sc = writtenStep(current, currentStyle);
  const sp = writtenStep(previous, style);
  const step = currentStyle.unit === style.unit ? Decimal.min(sc, sp) : undefined;
  const [a, b] = step ? [step, step] : [sc, sp];
  if (previous.lte(b.div(2))) return delta;
  const lo = current.sub(a.div(2)).div(previous.add(b.div(2))).sub(1).mul(100).sub('0.02');
  const hi = current.add(a.div(2)).div(previous.sub(b.div(2))).sub(1).mul(100).add('0.02');
  const written = (d: Decimal) => { const v = rate.add(d).abs(); return rate.gte(0) ? v : v.neg(); };
  let d = delta;
  for (let i = 0; i < 12 && written(d).gte(lo) && written(d).lte(hi); i++) d = d.mul(2);
  return d;
}
