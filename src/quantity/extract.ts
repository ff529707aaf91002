// Finds every figure in a text with its unit, comparator, label (what it measures) and place.
import { Decimal } from 'decimal.js';
import { normalizeDigits } from '../model/digits.js';
import { maskSpans, type MaskSpan } from './mask.js';
import { parseChineseNumeral } from './numerals.js';
import { matchChineseUnit, matchUnit, ONE, type UnitMatch } from './units.js';
import type { Comparator, Quantity } from './types.js';

// Sentence and clause delimiters (tested one character at a time).
const SENTENCE_END_CHARS = '。！？!?\n';
const CLAUSE_END_CHARS = '，,；;：:、。！？!?\n';
const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const SENTENCE_END_CODES = codes(SENTENCE_END_CHARS);
const CLAUSE_END_CODES = codes(CLAUSE_END_CHARS);
const STOP_CODES = codes(SENTENCE_END_CHARS + CLAUSE_END_CHARS);
const ANY_NUMERAL = /[\d零〇一二两三四五六七八九十百千万]/;

export { normalizeDigits };

// Global so that the search can start near the end (see comparatorBefore).
const BEFORE_COMPARATORS: [RegExp, Comparator][] = [
  [/(?:≥|≧|>=|＞=|不少于|不低于|不小于|至少|大于等于|大于或等于|达到|达)\s*$/g, '>='],
  [/(?:≤|≦|<=|＜=|不超过|不高于|不大于|小于等于|小于或等于|控制在|最多)\s*$/g, '<='],
  [/(?:超过|高于|大于|多于|>|＞)\s*$/g, '>'],
  [/(?:低于|小于|少于|<|＜)\s*$/g, '<'],
  [/(?:约|近|大约|大概)\s*$/g, '~'],
];
/** The longest comparator word above ("大于或等于"). */
const LONGEST_COMPARATOR = 5;

/**
 * The first of BEFORE_COMPARATORS that ends the text (before trailing blanks), with its match. A comparator ends
 * where the blanks begin, so the search starts a longest word before that instead of at every character.
 */
function comparatorBefore(before: string): [RegExpExecArray, Comparator] | undefined {
  const from = Math.max(0, before.trimEnd().length - LONGEST_COMPARATOR);
  for (const [re, comparator] of BEFORE_COMPARATORS) {
    re.lastIndex = from;
    const match = re.exec(before);
    if (match) return [match, comparator];
  }
  return undefined;
}
const AFTER_COMPARATORS: [RegExp, Comparator][] = [
  [/^(?:及以上|以上)/, '>='],
  [/^(?:及以下|以下|以内|之内)/, '<='],
  [/^(?:左右|上下)/, '~'],
];

const PERIOD_MARK = /[年期季月]/;
const PERIOD = /(上半年|下半年|上年度|上年|去年|上一年度|上一年|前年|同期|第?[一二三四1-4]季度|[一二三四]季度|年初|年中|年末|年底|前三季度|[一二三四五六七八九十]{1,2}月份?|\d{1,2}月份?|\d{1,2}\s*[-~～至到]\s*\d{1,2}月)/g;
// "每年2次" in an annual report is the year's amount; "每月1次", "两月一次" are frequencies.
const FREQUENCY_BEFORE = /(?:每(?=[月周季天日星])|(?<![上下])[一二两三四五六七八九十半\d]+个?)(?:年|月|周|季度|季|天|日|星期)(?:更新|更换|开展|举办|组织)?$|每$/;
const DISTRIBUTIVE = /每(?!年)|人均|平均|单次|场均|户均|次均|均为/;
const LEAD_WORDS = /^(?:即|也就是|约|大约|其中|包括|分别为|分别是|分别|另有|另外|另|以及|和|与|及|共计|共|合计|总计|总共|一共|我单位|本单位|我部门|本部门|我局|本局|我委|我院|全年|累计|实际|：|:|\s|“|”)+/;
const TRAIL_WORDS = /(?:分别为|分别是|分别|共计|合计|总计|总共|一共|共|累计|为|是|达到|达|约|计|了|有|：|:|\s)+$/;

// Decimals are immutable: the constants and powers of ten are shared by every figure.
const WAN = new Decimal(1e4);
const YI = new Decimal(1e8);
const POWERS: Decimal[] = [];
/** value × multiplier as Decimal computes it; × 1 is skipped when it cannot round (at most `precision` digits). */
function times(value: Decimal, multiplier: Decimal, length: number): Decimal {
  return multiplier === ONE && length <= Decimal.precision ? value : value.mul(multiplier);
}
/** 10^-n, e.g. the last-digit step of a figure written with n decimals. */
function tenToMinus(n: number): Decimal {
  return (POWERS[n] ??= new Decimal(10).pow(-n));
}

interface Raw {
  start: number;
  end: number;
  value: Decimal;
  decimals: number;
  chinese: boolean;
  unit?: UnitMatch;
  multiplier: Decimal;
  approximate: boolean;
  range?: { low: Decimal; high: Decimal };
}

/** Lookups over one text, built once so that long texts stay linear: masked characters, delimiters, dated spans. */
interface TextIndex {
  /** The masked parts as disjoint sorted intervals, flat: [start0, end0, start1, end1, …]. */
  masked: number[];
  sentenceStops: number[];
  clauseStops: number[];
  /** Date spans naming a year, by end offset. */
  years: MaskSpan[];
}

function indexText(norm: string, masks: MaskSpan[]): TextIndex {
  // masks are sorted by start: merge the overlapping and touching ones
  const masked: number[] = [];
  for (const m of masks) {
    if (m.end <= m.start) continue;
    const last = masked.length - 1;
    if (last > 0 && m.start <= masked[last]!) masked[last] = Math.max(masked[last]!, m.end);
    else masked.push(m.start, m.end);
  }
  const sentenceStops: number[] = [];
  const clauseStops: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (!STOP_CODES.has(code)) continue;
    if (SENTENCE_END_CODES.has(code)) sentenceStops.push(i);
    if (CLAUSE_END_CODES.has(code)) clauseStops.push(i);
  }
  const years = masks.filter((m) => m.year).sort((a, b) => a.end - b.end);
  return { masked, sentenceStops, clauseStops, years };
}

/** Index (even) of the first masked interval ending after `offset`; masked.length if none. */
function firstMaskEndingAfter(masked: readonly number[], offset: number): number {
  let lo = 0;
  let hi = masked.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masked[2 * mid + 1]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

/** Whether any character of [start, end) is masked. */
function maskedIn(index: TextIndex, start: number, end: number): boolean {
  if (end <= start) return false;
  const i = firstMaskEndingAfter(index.masked, start);
  return i < index.masked.length && index.masked[i]! < end;
}

/** Figures in `text`, in order. Numbers inside 文号, dates, phone numbers, 《titles》 and labels are skipped. */
export function extractQuantities(text: string): Quantity[] {
  const norm = normalizeDigits(text);
  // Every figure has an Arabic digit or a Chinese numeral (百分之… included); most table cells and headings have neither.
  if (!ANY_NUMERAL.test(norm)) return [];
  const masks = maskSpans(norm);
  const index = indexText(norm, masks);
  const raws = [...arabicFigures(norm, index), ...chineseFigures(norm, index), ...chinesePercents(norm, index)].sort((a, b) => a.start - b.start);
  return raws.map((raw) => describe(text, norm, index, raw));
}

function arabicFigures(norm: string, index: TextIndex): Raw[] {
  const out: Raw[] = [];
  const number = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])/g;
  let skipUntil = 0;
  for (const m of norm.matchAll(number)) {
    const start = m.index;
    if (start < skipUntil) continue;
    let end = start + m[0].length;
    if (maskedIn(index, start, end)) continue;
    const digits = m[0].replace(/,/g, '');
    const value = new Decimal(digits);
    const decimals = m[2]?.length ?? 0;
    let rest = norm.slice(end, end + LOOKAHEAD);
    let approximate = false;
    const approx = /^\s*(余|多)(?=[\u4e00-\u9fa5])/.exec(rest);
    if (approx) { approximate = true; end += approx[0].length; rest = norm.slice(end, end + LOOKAHEAD); }
    let multiplier = ONE;
    const lead = /^\s*/.exec(rest)![0].length;
    let unit = matchUnit(rest.slice(lead));
    if (!unit) {
      const mult = /^\s*(万|亿)(?!元)/.exec(rest);
      if (mult) {
        multiplier = mult[1] === '万' ? WAN : YI;
        const after = rest.slice(mult[0].length);
        unit = matchUnit(after);
        if (unit?.kind === 'money') unit = undefined;
        end += mult[0].length;
        rest = norm.slice(end, end + LOOKAHEAD);
      }
    } else {
      end += lead;
      rest = norm.slice(end, end + LOOKAHEAD);
    }
    let range: Raw['range'];
    // "3-5次", "80%-90%", "3至5所"
    const rangeMatch = /^(?:(\s*)([^\d\s]{0,4}?))?\s*[-－~～至到—]\s*(\d+(?:\.\d+)?)/.exec(unit ? rest.slice(unit.length) : rest);
    if (rangeMatch && (!rangeMatch[2] || rangeMatch[2] === unit?.unit || rangeMatch[2] === '')) {
      const offset = (unit ? unit.length : 0) + rangeMatch[0].length;
      const tail = norm.slice(end + offset, end + offset + LOOKAHEAD);
      const tailUnit = matchUnit(tail.replace(/^\s*/, ''));
      if (tailUnit && (!unit || tailUnit.unit === unit.unit)) {
        const high = new Decimal(rangeMatch[3]!);
        range = { low: times(value, multiplier, digits.length), high: high.mul(multiplier) };
        end += offset + (tail.length - tail.replace(/^\s*/, '').length);
        unit = { ...tailUnit };
        skipUntil = end + tailUnit.length;
      }
    }
    if (unit) end += unit.length;
    out.push({ start, end, value: times(value, multiplier, digits.length), decimals, chinese: false, unit, multiplier, approximate, range });
  }
  return out;
}

function chineseFigures(norm: string, index: TextIndex): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(/[零〇一二两三四五六七八九十百千万]+/g)) {
    const start = m.index;
    const before = norm.slice(Math.max(0, start - 1), start);
    if (/[第\d.周星礼]/.test(before)) continue;
    let end = start + m[0].length;
    let rest = norm.slice(end, end + LOOKAHEAD);
    let approximate = false;
    if (/^余/.test(rest)) { approximate = true; end += 1; rest = rest.slice(1); }
    const unit = matchChineseUnit(rest);
    // "二三产业" is not a figure; in "两月一次" only the trailing "一次" is one
    if (!unit) continue;
    const value = parseChineseNumeral(m[0]);
    // a run like "三四" is not a number
    if (value === undefined) continue;
    if (value === 1 && unit.unit !== '次') continue;
    if (maskedIn(index, start, end + unit.length)) continue;
    end += unit.length;
    out.push({ start, end, value: new Decimal(value), decimals: 0, chinese: true, unit, multiplier: ONE, approximate });
  }
  return out;
}

const PERCENT_UNIT: UnitMatch = { unit: '%', kind: 'percent', factor: ONE, length: 0 };

/** "百分之九十", "百分之九十五点五". */
function chinesePercents(norm: string, index: TextIndex): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(/百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g)) {
    const whole = parseChineseNumeral(m[1]!);
    if (whole === undefined || maskedIn(index, m.index, m.index + m[0].length)) continue;
    const digits = m[2] ? [...m[2]].map((ch) => parseChineseNumeral(ch) ?? 0).join('') : '';
    const value = new Decimal(digits ? `${whole}.${digits}` : `${whole}`);
    out.push({ start: m.index, end: m.index + m[0].length, value, decimals: digits.length, chinese: true, unit: PERCENT_UNIT, multiplier: ONE, approximate: false });
  }
  return out;
}

function describe(text: string, norm: string, index: TextIndex, raw: Raw): Quantity {
  const unit = raw.unit;
  const kind = unit?.kind ?? 'bare';
  const factor = unit?.factor ?? ONE;
  let step = tenToMinus(raw.decimals);
  if (raw.multiplier !== ONE) step = step.mul(raw.multiplier);
  if (factor !== ONE) step = step.mul(factor);
  const sentence = boundaries(norm, raw.start, raw.end, index.sentenceStops);
  const clause = boundaries(norm, raw.start, raw.end, index.clauseStops);
  const q: Quantity = {
    start: raw.start,
    end: raw.end,
    raw: text.slice(raw.start, raw.end),
    value: raw.value,
    unit: unit?.unit ?? '',
    kind,
    base: factor === ONE && raw.value.sd() <= Decimal.precision ? raw.value : raw.value.mul(factor),
    factor,
    decimals: raw.decimals,
    step,
    chinese: raw.chinese,
    label: '',
    lead: text.slice(Math.max(clause[0], raw.start - LABEL_WINDOW), raw.start),
    sentenceLead: text.slice(Math.max(sentence[0], raw.start - SENTENCE_WINDOW), raw.start),
    after: '',
    clause,
    sentence,
  };
  if (raw.range) q.range = raw.range;
  if (raw.approximate) q.approximate = true;

  // Text before the figure in its clause, masked parts (dates, 文号, titles) removed.
  // labels are short: look back at most LABEL_WINDOW characters
  let before = stripMasked(norm, index, Math.max(clause[0], raw.start - LABEL_WINDOW), raw.start);
  const cmpBefore = comparatorBefore(before);
  if (cmpBefore) {
    const match = cmpBefore[0];
    q.comparator = cmpBefore[1];
    q.comparatorText = match[0].trim();
    before = before.slice(0, match.index);
    if (cmpBefore[1] === '~') q.approximate = true;
  }
  const after = norm.slice(raw.end, Math.min(clause[1], raw.end + LABEL_WINDOW));
  const cmpAfter = AFTER_COMPARATORS.find(([re]) => re.test(after));
  if (cmpAfter && !q.comparator) {
    q.comparator = cmpAfter[1];
    q.comparatorText = cmpAfter[0].exec(after)![0];
    if (cmpAfter[1] === '~') q.approximate = true;
  }

  q.after = (cmpAfter && !/^(?:左右|上下)/.test(after) ? after.replace(cmpAfter[0], '') : after).replace(/[“”"‘’]/g, '').trim();

  if (kind === 'count' && FREQUENCY_BEFORE.test(before.trimEnd())) q.frequency = true;
  if (DISTRIBUTIVE.test(before)) q.distributive = true;

  // every period names a 年, 期, 季 or 月
  const periods = PERIOD_MARK.test(before) ? [...before.matchAll(PERIOD)].map((m) => m[1]!) : [];
  if (periods.length) q.period = periods[periods.length - 1];
  const year = lastYearBefore(index, sentence[0], raw.start);
  if (year) q.year = year;

  let label = before.trim();
  if (/^(?:约|大约|大概)占/.test(label)) q.approximate = true;
  // "占基本支出87.19%", "人员经费占基本支出的87.19%", "财政拨款占比60%"
  // only percentages are shares; both patterns need a character most labels lack
  const share = kind === 'percent' && label.includes('占') ? /^(.*?)占(?!比)(.*?)(?:的)?(?:比例|比重)?(?:为|是|达)?$/.exec(label) : null;
  const shareBy = kind === 'percent' && label.includes('比') ? /^(.*?)(?:占比|所占比例|比重)(?:为|是|达)?$/.exec(label) : null;
  // "占用率90%" is a rate, not a share of "用率"
  const shareOfRate = share && /(?:率|度)$/.test(clean(share[2]!));
  if (kind === 'percent' && share && !shareOfRate && clean(share[2]!)) {
    q.share = { of: clean(share[2]!) };
    const subject = clean(share[1]!);
    if (subject) q.share.subject = subject;
    label = subject;
  } else if (kind === 'percent' && share && !shareOfRate) {
    q.share = { of: '', implied: true };
    const subject = clean(share[1]!);
    if (subject) q.share.subject = subject;
    label = subject;
  } else if (kind === 'percent' && shareBy) {
    q.share = { of: '' };
    const subject = clean(shareBy[1]!);
    if (subject) q.share.subject = subject;
    label = subject;
  }
  // "基本支出中人员经费236.95万元"
  const partOf = label.includes('中') && /^(.{2,14}?(?:支出|收入|经费|资金|预算|拨款|总额|总数|人数|费用|资产))中(?![心央国部])(.+)$/.exec(clean(label));
  if (partOf) {
    q.partOf = clean(partOf[1]!);
    label = partOf[2]!;
  }
  q.label = clean(label);
  return q;
}

/** A label without its linking words ("实际支出" → "支出", "其中A为" → "A"), as figures' labels are written. */
export { clean as cleanLabel };

function clean(label: string): string {
  let out = label.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(LEAD_WORDS, '').replace(TRAIL_WORDS, '').trim();
    if (next === out) break; // a round that changes nothing changes nothing the next time either
    out = next;
  }
  return out.replace(/[“”"‘’]/g, '').replace(/^[（(]+|[（(]+$/g, '').trim();
}

const LABEL_WINDOW = 80;
const SENTENCE_WINDOW = 200;
/** Enough text after a number for a multiplier, a unit and a range ("万人次", "-5个工作日"). */
const LOOKAHEAD = 24;

/** Index of the last element of the sorted array that is < value (-1 if none). */
function lastBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function boundaries(text: string, start: number, end: number, stops: readonly number[]): [number, number] {
  const before = lastBelow(stops, start);
  const a = before >= 0 ? stops[before]! + 1 : 0;
  const after = lastBelow(stops, end) + 1;
  const b = after < stops.length ? stops[after]! : text.length;
  return [a, b];
}

function lastYearBefore(index: TextIndex, from: number, to: number): number | undefined {
  let lo = 0;
  let hi = index.years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.years[mid]!.end <= to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const span = index.years[i]!;
    if (span.start < from) return undefined;
    return span.year;
  }
  return undefined;
}

function stripMasked(text: string, index: TextIndex, from: number, to: number): string {
  const masked = index.masked;
  let i = firstMaskEndingAfter(masked, from);
  if (i >= masked.length || masked[i]! >= to) return text.slice(from, to);
  // the unmasked runs, sliced whole
  let out = '';
  let pos = from;
  for (; i < masked.length && masked[i]! < to; i += 2) {
    if (masked[i]! > pos) out += text.slice(pos, masked[i]!);
    pos = Math.max(pos, masked[i + 1]!);
  }
  return pos < to ? out + text.slice(pos, to) : out;
}
