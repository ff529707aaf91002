// Reading one table cell for scoring: "≥2000份", "85.00%", "10.2万元", "12次/年", "—". Only the cell level; running
// text is src/quantity's job.
import { Decimal } from 'decimal.js';
import type { TableCellNode } from '../model/types.js';
import type { CellValue } from './types.js';
import { oneLine } from './grid.js';
import { MONEY_FACTORS } from '../quantity/units.js';

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/** Cell contents that mean "not applicable" (not the same as missing). */
const NOT_APPLICABLE = /^(?:[—–―－\-]+|[/／\\]|无|不适用|不涉及|n\/?a)$/i;

// Measure words and units seen in 自评表 cells; longest first so 万元 wins over 元. Anything else: one CJK character.
const UNITS = [
  '个百分点', '万人次', '平方公里', '平方米', '立方米', '工作日', '人次', '万人', '万元', '亿元', '千元', '万户', '公里', '千米',
  '公顷', '小时', '个月', '分钟', '万册', '万份', '万次', '万亩',
];
const UNIT_RE = new RegExp(
  `^\\s*(%|％|‰|${UNITS.join('|')}|[\\u4e00-\\u9fa5])(\\s*[/／]\\s*(?:[\\u4e00-\\u9fa5]{1,2}))?`,
);
// Characters that follow a number but are not a unit.
const NOT_UNIT = /^[的以及和与或至到左右内前后底末起止中上下多余]$/;

export interface Figure {
  value: Decimal;
  /** Digits after the decimal point as printed ("85.00" → 2). */
  decimals: number;
  unit?: string;
  /** Offsets of the number (and unit) in the text. */
  span: [number, number];
}

const NUMBER_RE = /[-−]?\d[\d,，]*(?:\.\d+)?/g;

/** The figures in a text, in order, each with the unit written right after it. */
export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[0].replace(/[,，]/g, '').replace('−', '-');
    // "1,000" is a thousands separator only when groups of three follow; otherwise it separates two numbers.
    if (/[,，]/.test(m[0]) && !/^[-−]?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(m[0])) {
      const first = m[0].split(/[,，]/)[0]!;
      out.push(makeFigure(first, m.index!, text));
      continue;
    }
    out.push(makeFigure(raw, m.index!, text, m[0].length));
  }
  return out;
}

function makeFigure(raw: string, index: number, text: string, length = raw.length): Figure {
  const clean = raw.replace('−', '-');
  const decimals = clean.includes('.') ? clean.length - clean.indexOf('.') - 1 : 0;
  let end = index + length;
  let unit: string | undefined;
  const after = text.slice(end);
  const u = UNIT_RE.exec(after);
  if (u && !NOT_UNIT.test(u[1]!)) {
    unit = (u[1]! === '％' ? '%' : u[1]!) + (u[2] ? u[2].replace(/\s/g, '').replace('／', '/') : '');
    end += u[0].length;
  }
  return { value: new Decimal(clean), decimals, unit, span: [index, end] };
}

export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(text.replace(/\s+/g, ''));
}

/** A cell as a value: empty, not applicable, or its (first) number with unit. */
export function readCell(cell: TableCellNode): CellValue {
  const text = oneLine(cell.text);
  if (text === '') return { cell, text, empty: true };
  if (isNotApplicable(text)) return { cell, text, notApplicable: true };
  const first = figures(text)[0];
  return first ? { cell, text, value: first.value, unit: first.unit } : { cell, text };
}

/** Digits after the decimal point of the number in a cell (for tolerances). */
export function decimalsOf(value: { text: string } | undefined): number {
  const f = value ? figures(value.text)[0] : undefined;
  return f?.decimals ?? 0;
}

/** A number cell such as 分值/得分: the whole cell is one number, optionally followed by 分 or %. */
export function pureNumber(text: string): Figure | undefined {
  const t = text.replace(/\s+/g, '');
  if (!/^[-−]?\d[\d,，]*(?:\.\d+)?(?:分|%|％)?$/.test(t)) return undefined;
  return figures(t)[0];
}

const COMPARATORS: [RegExp, Comparator][] = [
  [/≥|>=|＞=|≧|不少于|不低于|不小于|大于等于|大于或等于|至少|以上/, '>='],
  [/≤|<=|＜=|≦|不超过|不高于|不大于|小于等于|小于或等于|以内|以下|控制在|之内/, '<='],
  [/[>＞]|大于|超过|高于|多于/, '>'],
  [/[<＜]|小于|低于|少于/, '<'],
  [/[=＝]|等于/, '='],
];

export interface Target {
  op: Comparator;
  value: Decimal;
  unit?: string;
  /** True when the comparator was written; false for a bare number ("12次/年"), read as '='. */
  explicit: boolean;
}

/** Dates and deadlines ("2025年12月底前完成", "按时") are qualitative even though they hold numbers. */
const DEADLINE = /\d{4}\s*年|\d+\s*月\s*(?:底|末|前|份|内|中旬|上旬|下旬)|前完成|之前|以前|按时|及时|按期/;

/** Parse a target cell ("≥2000份", "不超过12万元", "12次/年") into comparator, number and unit. */
export function parseTarget(text: string, unitColumn?: string): Target | undefined {
  const t = text.replace(/\s+/g, '');
  const fig = figures(t)[0];
  if (!fig) return undefined;
  let op: Comparator | undefined;
  for (const [re, comparator] of COMPARATORS) {
    if (re.test(t)) {
      op = comparator;
      break;
    }
  }
  if (!op && DEADLINE.test(t)) return undefined;
  // A number inside a longer sentence ("覆盖3个乡镇的宣传效果明显") is not a target value.
  const rest = t.slice(0, fig.span[0]) + t.slice(fig.span[1]);
  const words = rest.replace(/≥|≤|>=|<=|[<>=＜＞＝≧≦]|不少于|不低于|不小于|大于等于|大于|小于等于|小于|不超过|不高于|不大于|至少|以上|以内|以下|控制在|之内|超过|高于|低于|少于|多于|等于|达到|约|每年|全年|年均|累计|共/g, '');
  if (words.replace(/[（）()。，,、.]/g, '').length > 6) return undefined;
  return { op: op ?? '=', value: fig.value, unit: fig.unit ?? (unitColumn || undefined), explicit: op !== undefined };
}

/** Sichuan 指标性质 column: "≥" / "正向" / "≤" / "反向" / "=" / "定性". */
export function parseNature(text: string): Comparator | 'qualitative' | undefined {
  const t = text.replace(/\s+/g, '');
  if (!t) return undefined;
  if (/定性/.test(t)) return 'qualitative';
  if (/≥|>=|＞=|正向|不少于|不低于|大于等于/.test(t)) return '>=';
  if (/≤|<=|＜=|反向|不超过|不高于|小于等于/.test(t)) return '<=';
  if (/^[>＞]$|大于/.test(t)) return '>';
  if (/^[<＜]$|小于/.test(t)) return '<';
  if (/[=＝]|等于|定量/.test(t)) return '=';
  return undefined;
}

const UNIT_SCALE: Record<string, number> = { ...MONEY_FACTORS, 人: 1, 万人: 1e4, 人次: 1, 万人次: 1e4 };

/**
 * Bring an actual value to the target's unit. Returns undefined when the units cannot be compared
 * (different measure words): then no proportional check is made.
 */
export function inUnit(value: Decimal, from: string | undefined, to: string | undefined): Decimal | undefined {
  if (!from || !to || from === to) return value;
  const a = UNIT_SCALE[from];
  const b = UNIT_SCALE[to];
  if (a !== undefined && b !== undefined && (a >= 1e4 || b >= 1e4 || from.endsWith('元') === to.endsWith('元'))) {
    if (from.endsWith('元') !== to.endsWith('元')) return undefined;
    return value.times(a).dividedBy(b);
  }
  // "12次/年" against "6次": the same measure word.
  if (from.split('/')[0] === to.split('/')[0]) return value;
  return undefined;
}
