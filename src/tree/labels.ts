// Numbering labels at the start of a line (一、 （一） 1. （1） ① 1.1) and the helpers rules need to reason about them.
import type { LabelKind, NumberingLabel } from '../model/types.js';

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_CHARS = '〇零一二两三四五六七八九十';
const DIGIT = '[0-9０-９]';

/**
 * Value of a Chinese numeral from 〇 to 九十九 (十, 十一, 二十三, 两; "一十" is accepted too). Undefined for anything
 * else, e.g. "十十" or "三二".
 */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (numeral.length === 0 || numeral.length > 3) return undefined;
  const ten = numeral.indexOf('十');
  if (ten === -1) {
    if (numeral.length !== 1) return undefined;
    return CHINESE_DIGITS[numeral];
  }
  if (numeral.indexOf('十', ten + 1) !== -1) return undefined;
  const before = numeral.slice(0, ten);
  const after = numeral.slice(ten + 1);
  if (before.length > 1 || after.length > 1) return undefined;
  const tens = before === '' ? 1 : CHINESE_DIGITS[before];
  const ones = after === '' ? 0 : CHINESE_DIGITS[after];
  if (tens === undefined || ones === undefined || tens === 0 || (after !== '' && ones === 0)) return undefined;
  return tens * 10 + ones;
}

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The usual Chinese numeral for 0–99: 3 → 三, 10 → 十, 12 → 十二, 20 → 二十. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  if (value < 10) return NUMERALS[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones === 0 ? '' : NUMERALS[ones]}`;
}

/** Half-width value of an Arabic number that may use full-width digits ("１２" → 12). */
export function arabicValue(digits: string): number {
  let out = '';
  for (const ch of digits) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : ch;
  }
  return Number.parseInt(out, 10);
}

/** Value of a circled number ①–⑳, ㉑–㉟, ㊱–㊿; undefined for other characters. */
export function circledValue(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
  return undefined;
}

export function toCircled(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCodePoint(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCodePoint(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCodePoint(0x32b1 + value - 36);
  return `(${value})`;
}

// Punctuation that may follow a bracketed label by mistake ("（二）。") or by habit ("（一）、").
const STRAY_AFTER_BRACKET = '[。．.、，,：:；;]';
// Characters after "2.5" that show it is a quantity, not a "2.5" multi-level label.
const QUANTITY_FOLLOWERS = /^[0-9０-９%％‰万亿元千百个次份人所倍分年月日天家项条台件名户亩吨米]/;
// "87.19，" is a figure in a sentence; a label is followed by its title, not by punctuation.
const PUNCTUATION_FOLLOWERS = /^[，,。；;：:、)）%％]/;

const PAREN_CHINESE = new RegExp(`^([（(])[ \\t　]*([${CHINESE_CHARS}]{1,3})[ \\t　]*([）)])(${STRAY_AFTER_BRACKET}?)`);
const PAREN_ARABIC = new RegExp(`^([（(])[ \\t　]*(${DIGIT}{1,3})[ \\t　]*([）)])(${STRAY_AFTER_BRACKET}?)`);
const CHINESE = new RegExp(`^([${CHINESE_CHARS}]{1,3})[ \\t　]*([、.．])`);
const MULTI_LEVEL = new RegExp(`^(${DIGIT}{1,2}(?:[.．]${DIGIT}{1,2}){1,4})([.．、]?)`);
const ARABIC = new RegExp(`^(${DIGIT}{1,3})[ \\t　]*([.．、）)])`);
// "1 概述": a bare number, whitespace, then a word (not a unit: "3 个项目" is a quantity).
const BARE_ARABIC = new RegExp(`^(${DIGIT}{1,2})[ \\t　]+(?=[\\u4e00-\\u9fff])`);
const CIRCLED = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])([、.．]?)/u;

/**
 * The numbering label at the start of `text` (leading whitespace is skipped; `raw` never includes it), or undefined.
 * Accepts the common mistakes as labels so rules can report them: "（一)" (mixed brackets), "（二）。" (stray
 * punctuation, kept as `suffix`), full-width digits, "1）" without an opening bracket.
 */
export function parseLabel(text: string): NumberingLabel | undefined {
  const start = leadingSpace(text);
  const s = text.slice(start);
  let m: RegExpExecArray | null;

  if ((m = PAREN_CHINESE.exec(s))) {
    const value = chineseNumeralValue(m[2]!);
    if (value !== undefined && value > 0) {
      return withOptional({ raw: m[0], kind: 'paren-chinese', value, open: m[1], close: m[3], suffix: m[4] || undefined });
    }
  }
  if ((m = PAREN_ARABIC.exec(s)) && arabicValue(m[2]!) > 0) {
    return withOptional({ raw: m[0], kind: 'paren-arabic', value: arabicValue(m[2]!), open: m[1], close: m[3], suffix: m[4] || undefined });
  }
  if ((m = CHINESE.exec(s))) {
    const value = chineseNumeralValue(m[1]!);
    const rest = s.slice(m[0].length);
    // "一.5" is not a label; "一、" must be followed by something that is not a digit.
    if (value !== undefined && value > 0 && !(m[2] !== '、' && /^[0-9０-９]/.test(rest))) {
      return withOptional({ raw: m[0], kind: 'chinese', value, suffix: m[2] });
    }
  }
  if ((m = MULTI_LEVEL.exec(s))) {
    const rest = s.slice(m[0].length);
    const path = m[1]!.split(/[.．]/).map(arabicValue);
    const trailingDot = m[2] ?? '';
    if (!QUANTITY_FOLLOWERS.test(rest) && !(trailingDot === '' && PUNCTUATION_FOLLOWERS.test(rest)) && !(trailingDot === '' && /^[.．]/.test(rest)) && path.every((n) => n >= 0) && path[0]! > 0) {
      return withOptional({ raw: m[0], kind: 'multi-level', value: path[path.length - 1]!, path, suffix: trailingDot || undefined });
    }
  }
  if ((m = ARABIC.exec(s))) {
    const rest = s.slice(m[0].length);
    const punct = m[2]!;
    // "1.5" is a number; "1.)" or "2025." at the start of a sentence about a year is not a list label.
    const isDecimal = (punct === '.' || punct === '．') && /^[0-9０-９]/.test(rest);
    const value = arabicValue(m[1]!);
    if (!isDecimal && value > 0) {
      const closing = punct === ')' || punct === '）';
      return withOptional({ raw: m[0], kind: 'arabic', value, close: closing ? punct : undefined, suffix: closing ? undefined : punct });
    }
  }
  if ((m = BARE_ARABIC.exec(s))) {
    const rest = s.slice(m[0].length);
    const value = arabicValue(m[1]!);
    const quantity = (QUANTITY_FOLLOWERS.test(rest) && !/^分[析类配布别解工组管]/.test(rest)) || /^[倍届期批轮]/.test(rest);
    if (value > 0 && !quantity) {
      return withOptional({ raw: m[1]!, kind: 'arabic', value });
    }
  }
  if ((m = CIRCLED.exec(s))) {
    return withOptional({ raw: m[0], kind: 'circled', value: circledValue(m[1]!)!, suffix: m[2] || undefined });
  }
  return undefined;
}

/** Offset of the label's first character in `text` (after leading whitespace). */
export function leadingSpace(text: string): number {
  const m = /^[\s\u3000\ufeff]*/.exec(text);
  return m ? m[0].length : 0;
}

/** Offset where the text after the label starts (label and the whitespace after it skipped). */
export function titleOffsetAfter(text: string, label: NumberingLabel): number {
  let i = leadingSpace(text) + label.raw.length;
  while (i < text.length && /[\s\u3000]/.test(text[i]!)) i++;
  return i;
}

function withOptional(label: Omit<NumberingLabel, 'source'> & Partial<Pick<NumberingLabel, 'source'>>): NumberingLabel {
  const out: NumberingLabel = { raw: label.raw, kind: label.kind, value: label.value, source: label.source ?? 'typed' };
  if (label.path) out.path = label.path;
  if (label.open) out.open = label.open;
  if (label.close) out.close = label.close;
  if (label.suffix) out.suffix = label.suffix;
  return out;
}

/** GB/T 9704-2012 7.3.3 order: 一、(1) > （一）(2) > 1.(3) > （1）(4) > ①(5). Multi-level labels rank with "1.". */
export const KIND_RANK: Record<LabelKind, number> = {
  chinese: 1,
  'paren-chinese': 2,
  arabic: 3,
  'multi-level': 3,
  'paren-arabic': 4,
  circled: 5,
};

export function kindRank(kind: LabelKind): number {
  return KIND_RANK[kind];
}

/** Finer rank that also orders multi-level labels by depth (1.1 above 1.1.1), all between "1." and "（1）". */
export function labelRank(label: NumberingLabel): number {
  if (label.kind === 'multi-level') return 3 + Math.min(0.9, ((label.path?.length ?? 2) - 1) * 0.1);
  return KIND_RANK[label.kind];
}

/** Kinds a writer confuses with each other: the same brackets with the other numeral system. */
export function confusableKind(kind: LabelKind): LabelKind | undefined {
  if (kind === 'paren-chinese') return 'paren-arabic';
  if (kind === 'paren-arabic') return 'paren-chinese';
  return undefined;
}

export interface LabelStyle {
  /** Opening bracket for bracketed kinds (default "（"). */
  open?: string;
  /** Closing bracket for bracketed kinds (default "）"). */
  close?: string;
  /** Punctuation after the number for 一、 and 1. kinds (defaults "、" and "."). */
  suffix?: string;
  /** Components above the last one for multi-level labels ("1.2" + value 3 → "1.2.3"). */
  parentPath?: number[];
}

/** The canonical label for a kind and value: ("paren-chinese", 3) → "（三）", ("arabic", 2, {suffix:"、"}) → "2、". */
export function formatLabel(kind: LabelKind, value: number, style: LabelStyle = {}): string {
  switch (kind) {
    case 'chinese':
      return `${toChineseNumeral(value)}${style.suffix ?? '、'}`;
    case 'paren-chinese':
      return `${style.open ?? '（'}${toChineseNumeral(value)}${style.close ?? '）'}`;
    case 'arabic':
      return style.close ? `${value}${style.close}` : `${value}${style.suffix ?? '.'}`;
    case 'paren-arabic':
      return `${style.open ?? '（'}${value}${style.close ?? '）'}`;
    case 'circled':
      return toCircled(value);
    case 'multi-level':
      return [...(style.parentPath ?? [1]), value].join('.');
  }
}

/** The label the writer should have used here: same kind and bracket/suffix style as `like`, the given value. */
export function expectedLabel(like: NumberingLabel, value: number): string {
  return formatLabel(like.kind, value, {
    open: like.open, close: like.close,
    suffix: like.kind === 'paren-chinese' || like.kind === 'paren-arabic' ? undefined : like.suffix,
    parentPath: like.path?.slice(0, -1),
  });
}

/** The canonical GB/T 9704 form of a kind ("（一）" brackets are full width, "一、", "1."). */
export function canonicalLabel(kind: LabelKind, value: number): string {
  return formatLabel(kind, value);
}

/** True when the label is written in its canonical form (full-width matching brackets, no stray punctuation). */
export function isCanonical(label: NumberingLabel): boolean {
  switch (label.kind) {
    case 'chinese': return label.suffix === '、';
    case 'paren-chinese':
    case 'paren-arabic': return label.open === '（' && label.close === '）' && !label.suffix;
    case 'arabic': return label.suffix === '.' || label.suffix === '．';
    default: return true;
  }
}
