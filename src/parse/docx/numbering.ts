// Word automatic numbering: the definitions in numbering.xml and the counters that turn them into the labels a user
// sees (一、 （一） 1. （1） ①). mammoth drops all of this, so we rebuild it (see docs/docx-reading.md §3).
import { parseXml, isW, NS } from './xml.js';

export interface LevelDef {
  start?: number;
  numFmt?: string;
  /** w:numFmt w:format for numFmt="custom" (Word 2010+ writes it inside mc:Choice). */
  customFormat?: string;
  lvlText?: string;
  lvlRestart?: number;
  isLgl?: boolean;
  suff?: string;
  pStyle?: string;
}

interface AbstractDef {
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
  styleLink?: string;
}

interface NumDef {
  abstractNumId: string;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractDef>;
  nums: Map<string, NumDef>;
}

export function emptyNumbering(): NumberingDefs {
  return { abstracts: new Map(), nums: new Map() };
}

const int = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Caps on what a numbering part may ask for (a hostile start of 10⁹ in upperLetter once spelled a 38 MB label per
 * paragraph): start values as Word allows them (0–32767), level text as read, and every label as rendered.
 */
export const MAX_NUMBER_VALUE = 32767;
export const MAX_LEVEL_TEXT = 256;
export const MAX_LABEL_LENGTH = 64;
const startValue = (v: string | undefined): number | undefined => {
  const n = int(v);
  return n === undefined ? undefined : Math.min(MAX_NUMBER_VALUE, Math.max(0, n));
};
const onOff = (v: string | undefined) => v === undefined || !/^(0|false|off)$/i.test(v);

export function readNumbering(part: string, xml: string): NumberingDefs {
  const defs = emptyNumbering();
  let abstract: AbstractDef | undefined;
  let num: NumDef | undefined;
  let overrideIlvl: number | undefined;
  let level: LevelDef | undefined;
  let levelFromChoice = false;
  let depthInLevelProps = 0; // inside w:lvl/w:pPr or w:rPr: ignore
  let inChoice = 0;
  let inFallback = 0;
  parseXml(part, xml, {
    open(el) {
      if (el.uri === NS.mc) {
        if (el.local === 'Choice') inChoice++;
        if (el.local === 'Fallback') inFallback++;
        return;
      }
      if (!isW(el)) return;
      if (depthInLevelProps > 0) {
        if (!el.selfClosing) depthInLevelProps++;
        return;
      }
      const val = () => el.attrs['val'];
      switch (el.local) {
        case 'abstractNum':
          abstract = { levels: new Map() };
          defs.abstracts.set(el.attrs['abstractNumId'] ?? '', abstract);
          break;
        case 'num':
          if (!abstract) {
            num = { abstractNumId: '', overrides: new Map() };
            defs.nums.set(el.attrs['numId'] ?? '', num);
          }
          break;
        case 'abstractNumId':
          if (num && val() !== undefined) num.abstractNumId = val();
          break;
        case 'lvlOverride':
          overrideIlvl = int(el.attrs['ilvl']) ?? 0;
          if (num && !num.overrides.has(overrideIlvl)) num.overrides.set(overrideIlvl, {});
          break;
        case 'startOverride':
          if (num && overrideIlvl !== undefined) num.overrides.get(overrideIlvl)!.start = startValue(val());
          break;
        case 'lvl': {
          const ilvl = int(el.attrs['ilvl']) ?? 0;
          level = {};
          levelFromChoice = false;
          if (abstract) abstract.levels.set(ilvl, level);
          else if (num && overrideIlvl !== undefined) num.overrides.get(overrideIlvl)!.level = level;
          break;
        }
        case 'pPr':
        case 'rPr':
          if (level && !el.selfClosing) depthInLevelProps = 1;
          break;
        case 'numStyleLink':
          if (abstract && !level) abstract.numStyleLink = val();
          break;
        case 'styleLink':
          if (abstract && !level) abstract.styleLink = val();
          break;
        default:
          if (level) readLevelProperty(level, el.local, el.attrs, inChoice > 0, inFallback > 0);
      }
      function readLevelProperty(lv: LevelDef, local: string, attrs: Record<string, string>, choice: boolean, fallback: boolean) {
        const v = attrs['val'];
        switch (local) {
          case 'start': lv.start = startValue(v); break;
          case 'numFmt':
            if (fallback && levelFromChoice) break;
            lv.numFmt = v;
            lv.customFormat = attrs['format'];
            if (choice) levelFromChoice = true;
            break;
          case 'lvlText': lv.lvlText = (v ?? '').slice(0, MAX_LEVEL_TEXT); break;
          case 'lvlRestart': lv.lvlRestart = int(v); break;
          case 'isLgl': lv.isLgl = onOff(v); break;
          case 'suff': lv.suff = v; break;
          case 'pStyle': lv.pStyle = v; break;
        }
      }
    },
    close(el) {
      if (el.uri === NS.mc) {
        if (el.local === 'Choice') inChoice--;
        if (el.local === 'Fallback') inFallback--;
        return;
      }
      if (!isW(el)) return;
      if (depthInLevelProps > 0) {
        if (!el.selfClosing) depthInLevelProps--;
        return;
      }
      if (el.local === 'lvl') level = undefined;
      else if (el.local === 'abstractNum') abstract = undefined;
      else if (el.local === 'num') num = undefined;
      else if (el.local === 'lvlOverride') overrideIlvl = undefined;
    },
  });
  return defs;
}

// ── formats ──────────────────────────────────────────────────────────────────────────────────────────────────────

const CN_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TRAD_DIGITS = '零壹貳參肆伍陸柒捌玖';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 0–9999 in Chinese positional form: 十一, 二十, 一百零五; `omitLeadingOne` gives 十/百/千 instead of 一十 (Japanese). */
function cjkPositional(n: number, digits: string, units: [string, string, string], zero: string | null, omitLeadingOne: boolean): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) return String(n);
  const parts: string[] = [];
  const places: [number, string][] = [[1000, units[2]], [100, units[1]], [10, units[0]], [1, '']];
  let pendingZero = false;
  let started = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero && zero !== null) parts.push(zero);
    pendingZero = false;
    const lead = d === 1 && unit !== '' && (omitLeadingOne || (!started && value === 10));
    parts.push((lead ? '' : digits[d]!) + unit);
    started = true;
  }
  return parts.join('');
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: 27 → AA, 28 → BB.
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.min(MAX_LABEL_LENGTH, Math.floor((n - 1) / 26) + 1));
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return upper ? out : out.toLowerCase();
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Render counter value `n` in Word number format `fmt`. */
export function formatNumber(n: number, fmt: string | undefined, customFormat?: string): string {
  switch (fmt ?? 'decimal') {
    case 'decimal': return String(n);
    case 'decimalZero': return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return fullWidth(String(n));
    case 'decimalHalfWidth': return String(n);
    case 'upperLetter': return letters(n, true);
    case 'lowerLetter': return letters(n, false);
    case 'upperRoman': return roman(n, true);
    case 'lowerRoman': return roman(n, false);
    case 'ordinal': return `${n}.`;
    case 'chineseCounting':
    case 'taiwaneseCounting':
      return n < 100 ? cjkPositional(n, CN_DIGITS, ['十', '百', '千'], '〇', false) : [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return cjkPositional(n, '〇一二三四五六七八九', ['十', '百', '千'], '零', false);
    case 'japaneseCounting': return cjkPositional(n, CN_DIGITS, ['十', '百', '千'], null, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand': return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'chineseLegalSimplified': return cjkPositional(n, LEGAL_DIGITS, ['拾', '佰', '仟'], '零', false);
    case 'ideographLegalTraditional': return cjkPositional(n, TRAD_DIGITS, ['拾', '佰', '仟'], '零', false);
    case 'japaneseLegal': return cjkPositional(n, TRAD_DIGITS, ['拾', '百', '阡'], null, false);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'ideographZodiac': return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen': return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop': return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'none': return '';
    case 'bullet': return '';
    case 'custom': return formatCustom(n, customFormat);
    default: return String(n);
  }
}

/** numFmt="custom" w:format="001, 002, 003, ..." / "一, 二, 三, ..." / "壹, 贰, 叁, ..." */
function formatCustom(n: number, format: string | undefined): string {
  const first = (format ?? '').split(',')[0]?.trim() ?? '';
  if (/^0+1$/.test(first)) return String(n).padStart(first.length, '0');
  if (/^[０-９]+$/.test(first)) return fullWidth(String(n));
  if (first === '一') return formatNumber(n, 'chineseCounting');
  if (first === '壹') return formatNumber(n, 'chineseLegalSimplified');
  if (first === '①') return formatNumber(n, 'decimalEnclosedCircle');
  if (first === '甲') return formatNumber(n, 'ideographTraditional');
  return String(n);
}

// ── counters ─────────────────────────────────────────────────────────────────────────────────────────────────────

export interface AutoLabel {
  /** The label as displayed, e.g. "一、", "（1）", "1.2". */
  label: string;
  /** What Word puts between the label and the text: tab and space both render as one space here. */
  separator: string;
  numFmt: string;
  level: number;
}

/** Walks numbered paragraphs in document order and yields their labels. */
export class NumberingCounter {
  /** counter instance key → current value per level (undefined = level not used since its last reset). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedNums = new Set<string>();

  constructor(private readonly defs: NumberingDefs, private readonly numIdOfStyle: (styleId: string) => string | undefined) {}

  /** The abstractNum of a num, following numStyleLink through the numbering style's own numPr. */
  private abstractOf(numId: string): { id: string; def: AbstractDef } | undefined {
    let absId = this.defs.nums.get(numId)?.abstractNumId;
    for (let hops = 0; hops < 4 && absId !== undefined; hops++) {
      const def = this.defs.abstracts.get(absId);
      if (!def) return undefined;
      if (!def.numStyleLink) return { id: absId, def };
      const linkedNum = this.numIdOfStyle(def.numStyleLink);
      const next = linkedNum !== undefined ? this.defs.nums.get(linkedNum)?.abstractNumId : undefined;
      if (next === undefined || next === absId) return { id: absId, def };
      absId = next;
    }
    return undefined;
  }

  /** The numId of the first num that uses an abstractNum whose level links to `styleId` (w:lvl/w:pStyle). */
  numForLinkedStyle(styleId: string): { numId: string; ilvl: number } | undefined {
    for (const [absId, def] of this.defs.abstracts) {
      for (const [ilvl, lv] of def.levels) {
        if (lv.pStyle !== styleId) continue;
        for (const [numId, num] of this.defs.nums) if (num.abstractNumId === absId) return { numId, ilvl };
      }
    }
    return undefined;
  }

  private level(numId: string, abs: AbstractDef, ilvl: number): LevelDef | undefined {
    const override = this.defs.nums.get(numId)?.overrides.get(ilvl)?.level;
    const base = abs.levels.get(ilvl);
    return override ? { ...base, ...override } : base;
  }

  /** Count one paragraph numbered (numId, ilvl) and return its label; undefined when it shows none. */
  next(numId: string, ilvl: number): AutoLabel | undefined {
    if (numId === '0') return undefined;
    const num = this.defs.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (!num || !abs) return undefined;
    ilvl = Math.max(0, Math.min(8, ilvl));
    // A num with start overrides is its own list instance (Word's "restart numbering"); others share the abstract's.
    const hasStartOverride = [...num.overrides.values()].some((o) => o.start !== undefined || o.level?.start !== undefined);
    const key = hasStartOverride ? `num:${numId}` : `abs:${abs.id}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = []));
    const startOf = (l: number) => num.overrides.get(l)?.start ?? this.level(numId, abs.def, l)?.start ?? 0;
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      if (hasStartOverride) for (const [l, o] of num.overrides) if (o.start !== undefined) counters[l] = undefined;
    }
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.level(numId, abs.def, deeper)?.lvlRestart;
      // Default: a level restarts after any higher level. lvlRestart=r (1-based): only after levels 1..r; 0: never.
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined;
    }
    const lv = this.level(numId, abs.def, ilvl);
    if (!lv) return undefined;
    const fmt = lv.numFmt ?? 'decimal';
    let text: string;
    if (fmt === 'bullet') {
      text = bulletText(lv.lvlText ?? '');
    } else {
      text = (lv.lvlText ?? '').replace(/%([1-9])/g, (_, d: string) => {
        const l = Number(d) - 1;
        const value = counters![l] ?? startOf(l);
        const def = this.level(numId, abs.def, l);
        const f = lv.isLgl ? 'decimal' : l === ilvl ? fmt : def?.numFmt ?? 'decimal';
        return formatNumber(value, f, l === ilvl ? lv.customFormat : def?.customFormat);
      });
    }
    if (text.length > MAX_LABEL_LENGTH) text = text.slice(0, MAX_LABEL_LENGTH);
    if (text.trim() === '') return undefined;
    const separator = lv.suff === 'nothing' ? '' : ' ';
    return { label: text, separator, numFmt: fmt, level: ilvl };
  }
}

/** Symbol/Wingdings bullets live in the private use area; show them as a plain bullet. */
function bulletText(lvlText: string): string {
  return [...lvlText].map((ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xe000 && cp <= 0xf8ff) return cp === 0xf0a7 || cp === 0xf06e ? '▪' : '•';
    return ch;
  }).join('');
}
