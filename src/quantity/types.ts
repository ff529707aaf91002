// A figure found in text: its number, unit, what it measures and where it stands.
import type { Decimal } from 'decimal.js';

/** money: 元/万元/亿元; percent: % (shares and rates); points: 个百分点; count: 次/份/所/人…; duration: 天/小时/个月;
 * score: 分; measure: 米/吨/亩 …; bare: a number without a unit. */
export type UnitKind = 'money' | 'percent' | 'points' | 'count' | 'duration' | 'score' | 'measure' | 'bare';

export type Comparator = '>=' | '<=' | '>' | '<' | '~';

export interface Quantity {
  /** Offsets [start, end) of the figure in the node text: number and unit (the comparator is not included). */
  start: number;
  end: number;
  /** The figure as written, e.g. "236.95万元", "三次", "1,200人次". */
  raw: string;
  /** The value in the written unit, multipliers such as 万 in "5万人次" applied. */
  value: Decimal;
  /** Normalized unit as written: "万元", "元", "%", "人次", "份", "" for bare numbers. */
  unit: string;
  kind: UnitKind;
  /** The value in the base unit of its kind (money → 元; others: same as value). Compare figures with this. */
  base: Decimal;
  /** Size of the written unit in base units (万元 → 10000). */
  factor: Decimal;
  /** Decimals as written (236.95 → 2). */
  decimals: number;
  /** Size of one unit of the last written digit, in base units (236.95万元 → 100 元). */
  step: Decimal;
  /** Written with Chinese numerals (三次, 十二次). */
  chinese: boolean;
  /** Comparator before/after the figure: 不少于 / ≥ / 以上 → ">=", 不超过 / 以内 → "<=", 约 / 左右 → "~". */
  comparator?: Comparator;
  /** The comparator words as written ("不少于", "≥", "达到", "以上"). */
  comparatorText?: string;
  /** "3-5次": low and high (value = low). */
  range?: { low: Decimal; high: Decimal };
  /** What the figure measures: the words before it in its clause, with dates, 文号 and linking verbs removed. */
  label: string;
  /** The clause text before the figure as written (comparator included; at most 80 characters). */
  lead: string;
  /** The sentence text before the figure (at most 200 characters). */
  sentenceLead: string;
  /** The words after the figure in its clause, for figures written before their noun ("组织326名学生参加大赛"). */
  after: string;
  /** The clause (between ，；：、 etc.) holding the figure, and the sentence (between 。！？ and line ends). */
  clause: [number, number];
  sentence: [number, number];
  /** "占基本支出87.19%" / "人员经费占基本支出的87.19%" / "财政拨款占比60%": the whole and (if named) the part.
   * "A 10万元，占25%" names no whole: `implied` (the whole is the total of the breakdown the figure follows). */
  share?: { of: string; subject?: string; implied?: boolean };
  /** "基本支出中人员经费236.95万元": the total this figure is a part of. */
  partOf?: string;
  /** Period words in the clause: 上半年, 下半年, 第一季度, 3月 … */
  period?: string;
  /** A year stated in the same sentence before the figure (from "2024年度…"). */
  year?: number;
  /** "两月一次", "每月2次": a frequency, not an amount. */
  frequency?: boolean;
  /** "每次活动持续1天", "人均2次": a per-item figure, not a total. */
  distributive?: boolean;
  /** "约", "余", "多", "左右": approximate. */
  approximate?: boolean;
}

/** A figure together with the text node it stands in (quantities(doc) gives these). */
export interface PlacedQuantity<N = unknown> {
  node: N;
  q: Quantity;
  /** Index of the node in doc.textNodes() (reading order). */
  order: number;
}
