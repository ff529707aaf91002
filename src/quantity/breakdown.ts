// Totals with their breakdowns in a sentence: "X N万元，其中A a万元，B b万元" / "X中A a，B b" (the total stated
// elsewhere) / "A a和B b，共计 N". Used by sum-total.
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { quantities } from './index.js';
import type { Quantity } from './types.js';
import { sameDimension } from './units.js';

export interface Breakdown {
  node: TextNode;
  total: { node: TextNode; q: Quantity };
  parts: Quantity[];
  /** How the breakdown was written: "其中" list, "X中…" list, or parts followed by 共计. */
  form: 'marker' | 'partOf' | 'sum';
}

const MARKER = /其中[：:]?|包括[：:]?|包含[：:]?|分别为[：:]?|分别是[：:]?|具体为[：:]?/g;
const COLLECTIVE = /(?:共计|合计|总计|总共|一共|累计|共)(?:为|是|达|有)?[：:]?\s*$/;
/** A clause with one of these words is not one more part: it compares or derives ("较上年增加10万元"). */
const NOT_A_PART = /较|同比|比上年|增长|增加|减少|下降|上升|节约|结余|超支|执行率|完成率|占/;

function summable(q: Quantity): boolean {
  return q.kind !== 'bare' && q.kind !== 'percent' && q.kind !== 'points' && q.kind !== 'score'
    && !q.share && !q.frequency && !q.distributive && !q.range && !q.comparator;
}

/**
 * Parts after `from` in the sentence, one per clause, of the total's dimension. Undefined when the list is ambiguous
 * (two figures in one clause), ends in 等, or has fewer than two parts.
 */
function partsAfter(text: string, qs: Quantity[], from: number, sentenceEnd: number, like: Quantity): Quantity[] | undefined {
  // The list ends where the next breakdown starts; the figure right before that marker is the next total.
  const marker = new RegExp(MARKER.source, 'g');
  marker.lastIndex = from;
  const next = marker.exec(text);
  if (next && next.index < sentenceEnd) {
    const at = next.index;
    const nextTotal = [...qs].reverse().find((q) => q.end <= at && q.start >= from && summable(q));
    sentenceEnd = nextTotal ? nextTotal.start : at;
  }
  const parts: Quantity[] = [];
  const clauses = new Set<number>();
  for (const q of qs) {
    if (q.start < from || q.end > sentenceEnd) continue;
    if (!sameDimension(q, like) || q.kind === 'bare') continue;
    if (NOT_A_PART.test(q.lead)) break;
    if (!summable(q)) return undefined;
    if (clauses.has(q.clause[0])) return undefined;
    clauses.add(q.clause[0]);
    parts.push(q);
  }
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!;
  if (/^\s*(?:等|之类)/.test(text.slice(last.end, sentenceEnd))) return undefined;
  return parts;
}

function endOfSentence(text: string, from: number): number {
  const m = /[。！？!?\n]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * The total a breakdown marker refers to: the last amount before it that is not a change ("比上年增加…"), in the same
 * clause, the clause before, or (for a marker opening a sentence, "…万元。其中：") the sentence before. Clauses in
 * between may only be changes and comments ("，比上年增加10万元，增长8.82%。").
 */
function totalBefore(text: string, qs: Quantity[], at: number, like: Quantity | undefined): Quantity | undefined {
  const candidates = qs.filter((q) => q.end <= at && summable(q) && !NOT_A_PART.test(q.lead)
    && (!like || sameDimension(q, like)));
  const total = candidates[candidates.length - 1];
  if (!total) return undefined;
  const between = text.slice(total.end, at);
  const stops = between.match(/[。！？!?\n]/g) ?? [];
  if (stops.length > 1 || (stops.length === 1 && !/[。！？!?\n]\s*$/.test(between))) return undefined;
  // clauses in between may be changes or statements about something else ("投入资金5万元")
  const otherFigures = qs.filter((q) => q.start >= total.end && q.end <= at && like && !sameDimension(q, like));
  let offset = total.end;
  for (const clause of between.split(/[，,；;：:。！？!?\n]/).map((c) => {
    const start = offset;
    offset += c.length + 1;
    return { c, start };
  }).slice(1)) {
    if (!clause.c.trim() || NOT_A_PART.test(clause.c)) continue;
    const clauseEnd = clause.start + clause.c.length;
    if (otherFigures.some((q) => q.start >= clause.start && q.end <= clauseEnd)) continue;
    return undefined;
  }
  return total;
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
      const seen = new Set<Quantity>();
      // 1. "X N万元，其中 A a，B b"
      for (const m of text.matchAll(MARKER)) {
        const at = m.index;
        // "主要包括…", "其中主要有…": named on purpose as a partial list
        if (/主要\s*$/.test(text.slice(0, at)) || /^(?:其中)?\s*[：:]?\s*主要/.test(text.slice(at, at + m[0].length + 4))) continue;
        const sentenceEnd = endOfSentence(text, at);
        const firstPart = qs.find((q) => q.start >= at + m[0].length && q.end <= sentenceEnd && summable(q));
        const total = totalBefore(text, qs, at, firstPart);
        if (!total) continue;
        const parts = partsAfter(text, qs, at + m[0].length, sentenceEnd, total);
        if (!parts) continue;
        parts.forEach((p) => seen.add(p));
        out.push({ node, total: { node, q: total }, parts, form: 'marker' });
      }
      // 2. "基本支出中人员经费236.95万元，…日常公用经费34.81万元" with 基本支出 stated elsewhere
      for (const first of qs) {
        if (!first.partOf || seen.has(first)) continue;
        const parts = partsAfter(text, qs, first.start, first.sentence[1], first);
        if (!parts) continue;
        const total = findNamedTotal(doc, all, node, first);
        if (!total) continue;
        parts.forEach((p) => seen.add(p));
        out.push({ node, total, parts, form: 'partOf' });
      }
      // 3. "A a和B b，共计 N"
      for (const total of qs) {
        if (seen.has(total) || !summable(total)) continue;
        const lead = total.lead;
        if (!COLLECTIVE.test(lead)) continue;
        const leadWords = lead.replace(COLLECTIVE, '').trim();
        if (leadWords && !/^(?:以上|上述|两项|三项|二者|两者|[一二两三四五六七八九十]项|合|总|两类|三类)*$/.test(leadWords)) continue;
        const before = qs.filter((q) => q.end <= total.start && q.start >= total.sentence[0]);
        const parts: Quantity[] = [];
        for (let i = before.length - 1; i >= 0; i--) {
          const q = before[i]!;
          if (!sameDimension(q, total)) continue;
          if (!summable(q)) break;
          const gap = text.slice(q.end, (parts[0] ?? total).start);
          if (NOT_A_PART.test(gap) || /其中|包括|分别/.test(gap)) break;
          parts.unshift(q);
        }
        if (parts.length < 2) continue;
        out.push({ node, total: { node, q: total }, parts, form: 'sum' });
      }
    }
    return out;
  });
}

/** The figure named like the breakdown's whole ("基本支出"), nearest before the parts: same node, section, document. */
function findNamedTotal(
  doc: LintDocument, all: { node: TextNode; q: Quantity; order: number }[], node: TextNode, first: Quantity,
): { node: TextNode; q: Quantity } | undefined {
  const name = first.partOf!;
  const order = doc.textNodes().indexOf(node);
  const section = doc.sectionOf(node);
  const candidates = all.filter((p) => p.q.label === name && sameDimension(p.q, first) && summable(p.q)
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
    const share = qs.find((q) => q.start >= part.end && q.end <= limit && q.share?.implied && q.kind === 'percent');
    if (share) out.push({ part, share });
  });
  return out;
}
