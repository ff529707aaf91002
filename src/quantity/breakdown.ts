// Totals with their breakdowns in a sentence: "X N万元，其中A a万元，B b万元" / "X中A a，B b" (the total stated
// elsewhere) / "A a和B b，共计 N" / "A a，B b，项目支出合计 N", with the name each part is given. Used by sum-total, the
// percent rules and (names) zero-budget-scored.
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { cleanLabel } from './extract.js';
import { quantities } from './index.js';
import type { Quantity } from './types.js';
import { sameDimension } from './units.js';

export interface Breakdown {
  node: TextNode;
  total: { node: TextNode; q: Quantity };
  parts: Quantity[];
  /** What each part is ("小型水库除险加固资金"), in the order of `parts`; '' where the text names none. */
  names: string[];
  /** How the breakdown was written: "其中" list, "X中…" list, or parts followed by 共计. */
  form: 'marker' | 'partOf' | 'sum';
}

const MARKER = /其中[：:]?|(?:具体)?(?:包括|包含)[：:]?|分别为[：:]?|分别是[：:]?|具体为[：:]?|具体是[：:]?/g;
const COLLECTIVE = /(?:共计|合计|总计|总共|一共|累计|共)(?:为|是|达|有)?[：:]?\s*$/;
/** A figure introduced by one of these words is a total, not one more part ("…，合计100万元"). */
const TOTAL_WORD = /合计|总计|共计|总共|一共/;
/** A clause with one of these words is not one more part: it compares or derives ("较上年增加10万元"). */
const NOT_A_PART = /较|同比|比上年|增长|增加|减少|下降|上升|节约|结余|超支|执行率|完成率|占|扣|失分/;

/** An amount that can be a part or a total. Scores only within a breakdown of a score ("综合评分95.5分，其中部门决策19分…"). */
function summable(q: Quantity, like?: Quantity): boolean {
  const scoreOfScore = q.kind === 'score' && like?.kind === 'score';
  return q.kind !== 'bare' && q.kind !== 'percent' && q.kind !== 'points' && (q.kind !== 'score' || scoreOfScore)
    && !q.share && !q.frequency && !q.distributive && !q.range && !q.comparator;
}

/** Index of the first figure starting at or after `pos` (figures are sorted by start). */
function firstFrom(qs: Quantity[], pos: number): number {
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last summable figure of the dimension of `like` ending at or before `at` and not before `floor`. */
function lastBefore(qs: Quantity[], at: number, floor: number, accept: (q: Quantity) => boolean): Quantity | undefined {
  for (let i = firstFrom(qs, at) - 1; i >= 0; i--) {
    const q = qs[i]!;
    if (q.end < floor) return undefined;
    if (q.end <= at && accept(q)) return q;
  }
  return undefined;
}

/** "基本支出中，" / "在项目支出中：" opening a sentence: the whole the following list is a breakdown of. */
const NAMED_WHOLE = /(?<=^|[。！？!?\n])\s*(?:在)?([\u4e00-\u9fa5]{0,12}?(?:支出|收入|经费|资金|预算|拨款|总额|总数|人数|费用|资产|项目|专项|补助|补贴|费))中\s*[，,：:]\s*/g;

/** A sentence opening with the name of a whole and its marker: "项目支出包括…", "基本支出具体包括…". */
const WHOLE_BEFORE_MARKER = /(?:^|[。！？!?\n])\s*([\u4e00-\u9fa5]{0,12}?(?:支出|收入|经费|资金|预算|拨款|总额|费用|资产))$/;

/** How far back a total may stand from its 其中 (it is in the same or the previous sentence). */
const TOTAL_WINDOW = 300;

/**
 * Parts after `from` in the sentence, one per clause, of the total's dimension. Undefined when the list is ambiguous
 * (two figures in one clause), ends in 等, or has fewer than two parts.
 */
/** depth[i] = brackets （( opened and not closed before offset i. */
function bracketDepths(text: string): Int32Array {
  const depth = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    depth[i + 1] = depth[i]! + (ch === '（' || ch === '(' ? 1 : ch === '）' || ch === ')' ? -1 : 0);
  }
  return depth;
}

function partsAfter(text: string, qs: Quantity[], from: number, sentenceEnd: number, like: Quantity, depth: Int32Array): Quantity[] | undefined {
  // A list opened inside brackets ends at their close; figures in brackets opened after the list starts are sub-parts
  // of a part ("基本支出41,546.53万元（其中人员经费…、日常公用经费…）、项目支出…"), not parts.
  const level = depth[from]!;
  for (let i = from; i < sentenceEnd; i++) if (depth[i + 1]! < level) { sentenceEnd = i; break; }
  // The list ends where the next breakdown at its own bracket level starts; the figure right before it is the next total.
  const marker = new RegExp(MARKER.source, 'g');
  marker.lastIndex = from;
  let next = marker.exec(text);
  // "其中A、B分别为a、b": a marker with no figure since the list began is part of the same list's opening
  const figureBefore = (at: number) => { const q = qs[firstFrom(qs, from)]; return q !== undefined && q.start < at; };
  while (next && next.index < sentenceEnd && (depth[next.index]! > level || !figureBefore(next.index))) next = marker.exec(text);
  if (next && next.index < sentenceEnd) {
    const at = next.index;
    const nextTotal = lastBefore(qs, at, from, (q) => q.start >= from && summable(q));
    sentenceEnd = nextTotal ? nextTotal.start : at;
  }
  const parts: Quantity[] = [];
  const clauses = new Set<number>();
  let listSeparator = 0;
  for (let i = firstFrom(qs, from); i < qs.length; i++) {
    const q = qs[i]!;
    if (q.start >= sentenceEnd) break;
    if (q.end > sentenceEnd || depth[q.start]! > level) continue;
    if (!sameDimension(q, like) || q.kind === 'bare') continue;
    if (NOT_A_PART.test(q.lead)) break;
    // "…，支出合计280万元": a total of its own ends the list
    if (parts.length >= 2 && TOTAL_WORD.test(q.lead)) break;
    if (!summable(q, like)) return undefined;
    // two figures in one clause are ambiguous ("A预算50万元执行45万元"), unless joined as a list ("100万元和150万元")
    const joined = parts.length > 0 && /^\s*(?:和|及|与|以及)\s*$/.test(text.slice(parts[parts.length - 1]!.end, q.start));
    if (clauses.has(q.clause[0]) && !joined) return undefined;
    if (parts.length && endsList(text.slice(parts[parts.length - 1]!.end, q.start), parts.length === 1 ? undefined : listSeparator)) break;
    if (parts.length === 1) listSeparator = separatorLevel(text.slice(parts[0]!.end, q.start));
    clauses.add(q.clause[0]);
    parts.push(q);
  }
  if (parts.length < 2) return undefined;
  if (parts.every((p) => POST.test(p.label) || POST.test(p.after))) return undefined;
  const last = parts[parts.length - 1]!;
  if (/^\s*(?:等|之类)/.test(text.slice(last.end, Math.min(sentenceEnd, last.end + 8)))) return undefined;
  return parts;
}

/** A clause opening with these words names another group ("，另有退休人员6人"), not one more part. */
const ANOTHER_GROUP = /(?:^|[，,；;、])\s*(?:另有|另外|此外|除此之外|除此以外|另(?!一))/;
/** Posts within a staff count ("其中，主任1名，副主任3名"): a subset named for its own sake, not a breakdown. */
const POST = /(?:[长任记席]|职数|领导|干部|总工程师|总会计师|总经济师|总师)$/;

/** How strongly the text between two parts separates them: 和/及 0, 、 1, ， 2, ；3. */
function separatorLevel(gap: string): number {
  if (/[；;]/.test(gap)) return 3;
  if (/[，,]/.test(gap)) return 2;
  if (/[、]/.test(gap)) return 1;
  return 0;
}

/**
 * Does the text between two figures end the list? A new clause naming another group does; so does a separator
 * stronger than the one the list uses ("其中行政人员17人、事业人员44人；离退休人员29人", "…事业编制28名，实有人员45人").
 * `listLevel` is the list's own separator level (undefined while only one part is known: then only another group ends it).
 */
function endsList(gap: string, listLevel: number | undefined): boolean {
  if (ANOTHER_GROUP.test(gap)) return true;
  return listLevel !== undefined && separatorLevel(gap) > listLevel;
}

function endOfSentence(text: string, from: number): number {
  const re = /[。！？!?\n]/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/**
 * The total a breakdown marker refers to: the last amount before it that is not a change ("比上年增加…"), in the same
 * clause, the clause before, or (for a marker opening a sentence, "…万元。其中：") the sentence before. Clauses in
 * between may only be changes and statements about other things ("，比上年增加10万元，增长8.82%。", "投入资金5万元").
 */
function totalBefore(text: string, qs: Quantity[], at: number, like: Quantity | undefined, names = false): Quantity | undefined {
  const total = lastBefore(qs, at, at - TOTAL_WINDOW, (q) => summable(q, like) && !NOT_A_PART.test(q.lead) && (!like || sameDimension(q, like)));
  if (!total) return undefined;
  const between = text.slice(total.end, at);
  const stops = between.match(/[。！？!?\n]/g) ?? [];
  if (stops.length > 1 || (stops.length === 1 && !/[。！？!?\n]\s*$/.test(between))) return undefined;
  const otherFigures: Quantity[] = [];
  for (let i = firstFrom(qs, total.end); i < qs.length && qs[i]!.start < at; i++) {
    if (like && !sameDimension(qs[i]!, like)) otherFigures.push(qs[i]!);
  }
  let offset = total.end;
  for (const clause of between.split(/[，,；;：:。！？!?\n]/).map((c) => {
    const start = offset;
    offset += c.length + 1;
    return { c, start };
  }).slice(1)) {
    if (!clause.c.trim() || NOT_A_PART.test(clause.c)) continue;
    const clauseEnd = clause.start + clause.c.length;
    // "…，A、B和C分别为a、b、c": the names the values go to, right before 分别
    if (names && clauseEnd === at) continue;
    if (otherFigures.some((q) => q.start >= clause.start && q.end <= clauseEnd)) continue;
    return undefined;
  }
  return total;
}

/** Words that may name the whole before 合计 in "A a，B b，项目支出合计 N" (the total stated after its parts). */
const WHOLE_NAME = /^[\u4e00-\u9fa5]{0,12}?(?:支出|收入|经费|资金|拨款|费用|投入|人数|人员|总额)$/;
const UNNAMED_WHOLE = /^(?:以上|上述|两项|三项|二者|两者|[一二两三四五六七八九十]项|合|总|两类|三类)*$/;
/** Parts named by what was done with money ("已支付80万元") are not parts of a sum named for the whole. */
const DONE = /已|支付|拨付|到位|执行|完成|使用|下达|结余|节约/;
/** The kind of sum a label names by its last word: 收入 and 支出 (or 结余, 预算) are never parts of each other. */
const HEAD = /(收入|支出|结转和结余|结转结余|结余|结转|预算|决算)(?:数|额)?$/;

/**
 * Parts listed before a total named for the whole ("…，项目支出合计524.30万元"): they must be of the whole's kind —
 * "本年收入50万元，支出合计40万元" is no breakdown, nor is "基本支出…" before "项目支出合计" (another kind of 支出),
 * nor "已支付80万元" (what was done with the money).
 */
function partsFitWhole(whole: string, parts: Quantity[], names: string[]): boolean {
  const head = HEAD.exec(whole)?.[1];
  return parts.every((p, i) => {
    if (DONE.test(names[i] || p.label)) return false;
    const own = HEAD.exec(names[i] || p.label)?.[1];
    if (!own) return true;
    // 财政拨款收入 is part of 本年收入; 基本支出 is no part of 项目支出 (two kinds of 支出 side by side)
    return own === head && !(own === '支出' && /(?:基本|项目)支出$/.test(whole));
  });
}

/** Text cut at its last clause separator, without a leading conjunction, brackets or linking words: the last name. */
function lastName(segment: string): string {
  const plain = segment.replace(/[（(][^（()）]*[）)]/g, '');
  const tail = plain.split(/[，,、；;：:。！？!?\n]/).pop() ?? '';
  return cleanLabel(tail.replace(/^\s*(?:和|及|与|以及|并)\s*/, ''));
}

/** The name of each part: the words between it and the part before it (or the start of the list). */
function namesOf(text: string, parts: Quantity[], listStart: number): string[] {
  return parts.map((p, i) => lastName(text.slice(i === 0 ? listStart : parts[i - 1]!.end, p.start)));
}

/** How far back the names of a "分别为" list may start (a bounded look-back keeps long paragraphs linear). */
const NAMES_WINDOW = 300;

/**
 * "A、B和C分别为a、b、c": the names before 分别 (after 其中/包括 or the clause start), one per value, in order.
 * Undefined unless there are exactly `count` of them.
 */
function respectiveNames(text: string, at: number, count: number): string[] | undefined {
  const clause = text.slice(Math.max(0, at - NAMES_WINDOW), at).split(/[，,；;：:。！？!?\n]/).pop() ?? '';
  const list = clause.replace(/^.*?(?:其中|具体包括|包括|包含)/, '');
  let names = list.split('、');
  if (names.length < count) {
    const lastTwo = names.pop()!.split(/和|及|与|以及/);
    names = [...names, ...lastTwo];
  }
  names = names.map((n) => cleanLabel(n));
  return names.length === count && names.every(Boolean) ? names : undefined;
}

export function breakdowns(doc: LintDocument): Breakdown[] {
  return doc.memo('quantity:breakdowns', () => {
    const { byNode, all } = quantities(doc);
    const out: Breakdown[] = [];
    for (const node of doc.textNodes()) {
      if (node.type === 'tableCell') continue;
      const qs = byNode.get(node) ?? [];
      if (qs.length < 2) continue;
      const text = node.text;
      const depth = bracketDepths(text);
      const seen = new Set<Quantity>();
      // 1. "X N万元，其中 A a，B b"
      for (const m of text.matchAll(MARKER)) {
        const at = m.index;
        // "主要包括…", "其中主要有…": named on purpose as a partial list
        if (endsWithZhuyao(text, at) || /^(?:其中)?\s*[：:]?\s*主要/.test(text.slice(at, at + m[0].length + 4))) continue;
        const sentenceEnd = endOfSentence(text, at);
        let firstPart: Quantity | undefined;
        for (let i = firstFrom(qs, at + m[0].length); i < qs.length && qs[i]!.start < sentenceEnd && !firstPart; i++) {
          if (summable(qs[i]!, qs[i])) firstPart = qs[i];
        }
        const respectively = /^分别/.test(m[0]);
        const here = totalBefore(text, qs, at, firstPart, respectively);
        // "项目支出包括A a、B b": the whole named right before the marker, its figure stated earlier
        const whole = here || !firstPart ? undefined : WHOLE_BEFORE_MARKER.exec(text.slice(Math.max(0, at - 20), at))?.[1];
        const total = here ? { node, q: here } : whole ? findNamedTotal(doc, all, node, whole, firstPart!) : undefined;
        if (!total) continue;
        const parts = partsAfter(text, qs, at + m[0].length, sentenceEnd, total.q, depth);
        if (!parts) continue;
        parts.forEach((p) => seen.add(p));
        const names = (respectively && respectiveNames(text, at, parts.length)) || namesOf(text, parts, at + m[0].length);
        out.push({ node, total, parts, names, form: here ? 'marker' : 'partOf' });
      }
      // 2. "基本支出中人员经费236.95万元，…日常公用经费34.81万元" with 基本支出 stated elsewhere
      for (const first of qs) {
        if (!first.partOf || seen.has(first)) continue;
        const parts = partsAfter(text, qs, first.start, first.sentence[1], first, depth);
        if (!parts) continue;
        const total = findNamedTotal(doc, all, node, first.partOf, first);
        if (!total) continue;
        parts.forEach((p) => seen.add(p));
        out.push({ node, total, parts, names: [first.label, ...namesOf(text, parts, first.start).slice(1)], form: 'partOf' });
      }
      // 2b. "基本支出中，人员经费352.40万元，日常公用经费48.70万元": the whole named in a clause of its own
      for (const m of text.matchAll(NAMED_WHOLE)) {
        const from = m.index + m[0].length;
        const sentenceEnd = endOfSentence(text, from);
        const first = qs[firstFrom(qs, from)];
        if (!first || first.start >= sentenceEnd || seen.has(first) || !summable(first)) continue;
        const parts = partsAfter(text, qs, from, sentenceEnd, first, depth);
        if (!parts || parts.some((p) => seen.has(p))) continue;
        const total = findNamedTotal(doc, all, node, m[1]!, first);
        if (!total) continue;
        parts.forEach((p) => seen.add(p));
        out.push({ node, total, parts, names: namesOf(text, parts, from), form: 'partOf' });
      }
      // 3. "A a和B b，共计 N" / "A a，B b，项目支出合计 N"
      for (let t = 0; t < qs.length; t++) {
        const total = qs[t]!;
        if (seen.has(total) || !summable(total)) continue;
        const lead = total.lead;
        if (!COLLECTIVE.test(lead)) continue;
        const leadWords = lead.replace(COLLECTIVE, '').trim();
        const whole = cleanLabel(leadWords);
        if (leadWords && !UNNAMED_WHOLE.test(leadWords) && !WHOLE_NAME.test(whole)) continue;
        const parts: Quantity[] = [];
        for (let i = t - 1; i >= 0; i--) {
          const q = qs[i]!;
          if (q.start < total.sentence[0]) break;
          if (q.end > total.start || !sameDimension(q, total)) continue;
          // a figure already read as part (or total) of another breakdown, or a total of its own, ends the list
          if (!summable(q) || seen.has(q) || TOTAL_WORD.test(q.lead)) break;
          const gap = text.slice(q.end, (parts[0] ?? total).start);
          if (NOT_A_PART.test(gap) || /其中|包括|分别/.test(gap)) break;
          parts.unshift(q);
        }
        if (parts.length < 2) continue;
        const names = namesOf(text, parts, total.sentence[0]);
        if (whole && !UNNAMED_WHOLE.test(leadWords) && !partsFitWhole(whole, parts, names)) continue;
        out.push({ node, total: { node, q: total }, parts, names, form: 'sum' });
      }
    }
    return out;
  });
}

/**
 * The name each listed figure is given, where a list says it better than the words before the figure: parts of a
 * breakdown ("A a和B b，共计N": b is B's, not "A a和B"'s) and "A、B分别为a、b" lists with or without a total.
 */
export function partNames(doc: LintDocument): Map<Quantity, string> {
  return doc.memo('quantity:partNames', () => {
    const names = new Map<Quantity, string>();
    for (const b of breakdowns(doc)) b.parts.forEach((p, i) => { if (b.names[i]) names.set(p, b.names[i]!); });
    const { byNode } = quantities(doc);
    for (const node of doc.textNodes()) {
      if (node.type === 'tableCell' || !node.text.includes('分别')) continue;
      const qs = byNode.get(node) ?? [];
      for (const m of node.text.matchAll(/分别(?:为|是)[：:]?/g)) {
        const end = endOfSentence(node.text, m.index);
        const values: Quantity[] = [];
        for (let i = firstFrom(qs, m.index + m[0].length); i < qs.length && qs[i]!.end <= end; i++) {
          const q = qs[i]!;
          const gap = node.text.slice(values.length ? values[values.length - 1]!.end : m.index + m[0].length, q.start);
          if (!/^\s*(?:[、，,]|和|及|与|以及)?\s*$/.test(gap) || (values.length && !sameDimension(q, values[0]!))) break;
          values.push(q);
        }
        const listed = values.length >= 2 ? respectiveNames(node.text, m.index, values.length) : undefined;
        if (listed && values.every((q) => !names.has(q))) values.forEach((q, i) => names.set(q, listed[i]!));
      }
    }
    return names;
  });
}

const SPACE = /\s/;

/** `/主要\s*$/` on text.slice(0, at), without a regex scan of the whole prefix at each marker. */
function endsWithZhuyao(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i >= 2 && text.slice(i - 2, i) === '主要';
}

/** The figure named like the breakdown's whole ("基本支出"), nearest before the parts: same node, section, document. */
function findNamedTotal(
  doc: LintDocument, all: { node: TextNode; q: Quantity; order: number }[], node: TextNode, name: string, first: Quantity,
): { node: TextNode; q: Quantity } | undefined {
  const { orderOf, byLabel } = doc.memo('quantity:namedTotalIndex', () => {
    const byLabel = new Map<string, { node: TextNode; q: Quantity; order: number }[]>();
    for (const p of all) {
      const list = byLabel.get(p.q.label);
      if (list) list.push(p); else byLabel.set(p.q.label, [p]);
    }
    return { orderOf: new Map(doc.textNodes().map((n, i) => [n, i])), byLabel };
  });
  const order = orderOf.get(node) ?? -1;
  const section = doc.sectionOf(node);
  // "实际支出中：" names the figure labelled "支出" ("实际支出7032万元": labels drop 实际, 全年, 累计 …)
  const named = byLabel.get(name) ?? byLabel.get(cleanLabel(name)) ?? [];
  const candidates = named.filter((p) => sameDimension(p.q, first) && summable(p.q)
    && (p.order < order || (p.node === node && p.q.end <= first.start)));
  const pick = candidates.filter((p) => p.node === node).pop()
    ?? candidates.filter((p) => doc.sectionOf(p.node) === section).pop()
    ?? candidates.pop();
  return pick ? { node: pick.node, q: pick.q } : undefined;
}

/** "其中：A a万元，占97.20%；B b万元，占2.80%": each part with the share written right after it (whole not named). */
export function impliedShares(doc: LintDocument, b: Breakdown): { part: Quantity; share: Quantity }[] {
  const qs = quantities(doc).byNode.get(b.node) ?? [];
  const out: { part: Quantity; share: Quantity }[] = [];
  b.parts.forEach((part, i) => {
    const limit = b.parts[i + 1]?.start ?? endOfSentence(b.node.text, part.end);
    for (let k = firstFrom(qs, part.end); k < qs.length && qs[k]!.start < limit; k++) {
      const q = qs[k]!;
      if (q.end <= limit && q.share?.implied && q.kind === 'percent') {
        out.push({ part, share: q });
        break;
      }
    }
  });
  return out;
}
