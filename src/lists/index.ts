// Stated counts with the lists that spell them out, as a reader counts them: "内设机构8个，分别为办公室、…",
// "下属单位3个：A、B、C", "A、B、C等4个股室" (list first), "开展活动5次：" followed by numbered paragraphs 1. 2. 3.
// Items are split on 、 (or ； when the items are clauses); a last item "A和B" may be one name or two. Lists that end
// in 等 are open, lists introduced by 包括/主要有 may be partial. Used by count-vs-list and duplicate-item.
import { comparePoints, type LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { parseChineseNumeral } from '../quantity/numerals.js';

export interface ListItem {
  text: string;
  node: TextNode;
  span: [number, number];
}

export interface StatedList {
  /** The stated count, when there is one. */
  count?: { value: number; text: string; node: TextNode; span: [number, number] };
  items: ListItem[];
  /** Ends in 等 / 等等: the count may cover more than is listed. */
  open: boolean;
  /** 包括 / 主要有 / 有: the list may name only some (only more items than the count is wrong). */
  partial: boolean;
  /** The last item joins two names with 和 / 及 / 与 (it may count as one or two). */
  joinedLast: boolean;
  kind: 'inline' | 'before' | 'numbered';
}

const NUM = '(\\d{1,3}|[一二两三四五六七八九十]{1,3})';
const CLASSIFIER = '(个|家|所|名|位|人|项|次|场|条|类|支|座|处|批|期|户|部|台|辆|种|本|篇|件|届|轮|站|队|团|村|镇|乡)';
const INTRO = '(分别为|分别是|分别在|分别|即|具体为|具体是|具体包括|包括|包含|主要有|有|为|是)';
/** Count, then up to 6 characters of noun, then an introduction: "6个，分别为" / "3个：" / "4场，分别在". */
const COUNT_THEN_LIST = new RegExp(`(?<![\\d.．%])${NUM}\\s*${CLASSIFIER}([\\u4e00-\\u9fff]{0,6}?)(?:\\s*[，,]\\s*${INTRO}\\s*[：:]?|\\s*[，,]?\\s*${INTRO}?\\s*[：:])`, 'gu');
/** A list right before a count: "A、B、C（共）4个股室". Sticky: tried only where a match can start (see listThenCount). */
const LIST_THEN_COUNT = new RegExp(`((?:[^、，,。；;：:！？\\s]{1,24}、)+[^、，,。；;：:！？\\s]{1,24}?)(等|共|共计|合计)?${NUM}\\s*${CLASSIFIER}`, 'uy');
const ANY_COUNT = new RegExp(`${NUM}\\s*${CLASSIFIER}`, 'u');
const LIST_STOP = /[、，,。；;：:！？\s]/;
/** At most 24 characters of a first item; in UTF-16 units twice that when the text has characters outside the BMP. */
const LIST_FIRST_ITEM = 24;
const SURROGATE = /[\ud800-\udfff]/;

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * LIST_THEN_COUNT's matches as matchAll finds them, in linear time: a match starts at most LIST_FIRST_ITEM characters
 * before a 、 with no stop between, so only those starts are tried (the regex tried at every character costs ~300
 * ns per character on long paragraphs).
 */
function* listThenCount(text: string): Generator<RegExpExecArray> {
  if (!ANY_COUNT.test(text)) return; // every match ends in a count
  const window = SURROGATE.test(text) ? 2 * LIST_FIRST_ITEM : LIST_FIRST_ITEM;
  let next = 0;
  for (let k = text.indexOf('、'); k !== -1; k = text.indexOf('、', k + 1)) {
    if (k <= next) continue;
    let from = Math.max(next, k - window);
    for (let j = k - 1; j >= from; j--) {
      if (LIST_STOP.test(text[j]!)) { from = j + 1; break; }
    }
    let s = from;
    while (s < k) {
      if (s > 0 && isTrail(text.charCodeAt(s)) && isLead(text.charCodeAt(s - 1))) { s++; continue; }
      LIST_THEN_COUNT.lastIndex = s;
      const m = LIST_THEN_COUNT.exec(text);
      if (m) { yield m; s = m.index + m[0].length; } else s++;
    }
    next = Math.max(s, k);
  }
}
const PARTIAL = /^(包括|包含|主要有|有|具体包括)$/;
const COUNTED_ITEM = new RegExp(`[\\d０-９]|[一二两三四五六七八九十]+\\s*${CLASSIFIER}`, 'u');
const JOIN = /^(.{1,14}?)(?:和|及|以及|与)(.{1,14})$/u;

function countValue(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/** Split list text into items; undefined when it does not read as a list of names. */
function splitItems(node: TextNode, from: number, to: number, bySemicolon: boolean): { items: ListItem[]; open: boolean } | undefined {
  const text = node.text;
  const sep = bySemicolon ? /[；;]/ : /、/;
  const items: ListItem[] = [];
  let open = false;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !sep.test(text[i]!)) continue;
    let a = start, b = i;
    while (a < b && /[\s“”"「」《》]/.test(text[a]!)) a++;
    while (b > a && /[\s“”"「」《》]/.test(text[b - 1]!)) b--;
    let word = text.slice(a, b);
    if (i === to && /等等?$/.test(word)) {
      open = true;
      word = word.replace(/等等?$/, '');
      b = a + word.length;
    }
    if (word) items.push({ text: word, node, span: [a, b] });
    start = i + 1;
  }
  const limit = bySemicolon ? 80 : 24;
  if (items.length < 2 || items.some((it) => it.text.length > limit)) return undefined;
  return { items, open };
}

/** The end of an inline list: the sentence end, or (for 、 lists) the first clause break. */
function listEnd(text: string, from: number): { end: number; bySemicolon: boolean } {
  const sentence = text.slice(from).search(/[。！？!?\n]/);
  const stop = sentence === -1 ? text.length : from + sentence;
  const body = text.slice(from, stop);
  const bySemicolon = /[；;]/.test(body) && !/^[^；;]*、[^；;，,]*[；;]/.test(body) && /[，,]/.test(body);
  if (bySemicolon) return { end: stop, bySemicolon };
  const clause = body.search(/[，,；;：:（(]/);
  return { end: clause === -1 ? stop : from + clause, bySemicolon };
}

/** Another count right before this one, joined by 、/和/及 ("服务站3个、服务点2个"): the list may cover both. */
const COUNT_BEFORE = new RegExp(`${NUM}\\s*${CLASSIFIER}[\\u4e00-\\u9fff]{0,4}(、|和|及|与|，)?[\\u4e00-\\u9fff]{0,10}$`, 'u');
function twoCounts(text: string, at: number): boolean {
  return COUNT_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}

function inlineLists(node: TextNode, out: StatedList[]) {
  const text = node.text;
  COUNT_THEN_LIST.lastIndex = 0;
  for (const m of text.matchAll(COUNT_THEN_LIST)) {
    const value = countValue(m[1]!);
    if (value === undefined || value < 2 || value > 60) continue;
    const intro = m[4] ?? m[5] ?? '';
    const after = m.index + m[0].length;
    if (after >= text.trimEnd().length) continue; // "…5次：" at the end: a numbered list may follow (see below)
    if (twoCounts(text, m.index)) continue;
    const { end, bySemicolon } = listEnd(text, after);
    const split = splitItems(node, after, end, bySemicolon);
    if (!split || split.items.some((it) => COUNTED_ITEM.test(it.text))) continue;
    const last = split.items.at(-1)!;
    out.push({
      count: { value, text: `${m[1]}${m[2]}${m[3]}`, node, span: [m.index, m.index + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length + m[3]!.length] },
      items: split.items, open: split.open, partial: PARTIAL.test(intro), joinedLast: !bySemicolon && JOIN.test(last.text), kind: 'inline',
    });
  }
  for (const m of listThenCount(text)) {
    const value = countValue(m[3]!);
    if (value === undefined || value < 2 || value > 60) continue;
    const listStart = m.index;
    const split = splitItems(node, listStart, listStart + m[1]!.length, false);
    if (!split || split.items.length < 3 || split.items.some((it) => COUNTED_ITEM.test(it.text))) continue;
    // "…不少于5所", "累计完成3个": a target or a total, not a list of names
    if (/不少于|不低于|不超过|达到|超过|累计|完成|新增|约|近|共有/.test(split.items.at(-1)!.text)) continue;
    const numberAt = m.index + m[0].lastIndexOf(m[3]!);
    out.push({
      count: { value, text: `${m[3]}${m[4]}`, node, span: [numberAt, m.index + m[0].length] },
      items: split.items, open: m[2]?.startsWith('等') === true || split.open, partial: false,
      joinedLast: JOIN.test(split.items.at(-1)!.text) || JOIN.test(split.items[0]!.text), kind: 'before',
    });
  }
}

const COUNT_THEN_COLON = new RegExp(`${NUM}\\s*${CLASSIFIER}([\\u4e00-\\u9fff]{0,6})\\s*(?:[，,]\\s*${INTRO})?\\s*[：:]$`, 'u');

/** "…活动5次：" ending a paragraph, then paragraphs numbered 1, 2, 3 … of one kind. */
function numberedList(doc: LintDocument, nodes: readonly TextNode[], index: number, out: StatedList[]) {
  const node = nodes[index]!;
  const text = node.text.trimEnd();
  if (!text.endsWith(':') && !text.endsWith('：')) return;
  const m = COUNT_THEN_COLON.exec(text);
  if (!m) return;
  const value = countValue(m[1]!);
  if (value === undefined || value < 2 || value > 60 || twoCounts(text, m.index)) return;
  const items: ListItem[] = [];
  let kind: string | undefined;
  for (let i = index + 1; i < nodes.length; i++) {
    const next = nodes[i]!;
    if (next.type === 'tableCell') break;
    const label = next.label;
    if (!label || label.value !== items.length + 1 || (kind && label.kind !== kind)) break;
    kind = label.kind;
    items.push({ text: next.text.slice(label.raw.length).trim().replace(/[。；;，,]$/, ''), node: next, span: [0, next.text.length] });
  }
  if (items.length < 2) return;
  // Not closed: the numbering goes on later (items with unlabelled or sub-numbered text between them).
  const after = nodes[index + 1 + items.length];
  if (after?.type === 'paragraph' && after.label && after.label.kind !== kind) return;
  const section = doc.sectionOf(node);
  const rest = section ? doc.textNodesIn(section) : nodes;
  if (rest.some((n) => n.type === 'paragraph' && n.label?.kind === kind && n.label?.value === items.length + 1 && comparePoints(n.position.start, items.at(-1)!.node.position.start) > 0)) return;
  out.push({
    count: { value, text: `${m[1]}${m[2]}${m[3]}`, node, span: [m.index, m.index + m[1]!.length + m[2]!.length] },
    items, open: false, partial: PARTIAL.test(m[4] ?? ''), joinedLast: false, kind: 'numbered',
  });
}

/** Lists with no count that still name things ("分别为A、B、C", "包括A、B、C"), for duplicate-item. */
const INTRO_ONLY = /(分别为|分别是|包括|包含|主要有|涉及|覆盖|即)[：:]?/gu;
function uncountedLists(node: TextNode, counted: readonly StatedList[], out: StatedList[]) {
  const text = node.text;
  for (const m of text.matchAll(INTRO_ONLY)) {
    const after = m.index + m[0].length;
    if (counted.some((l) => l.items[0]?.node === node && l.items[0].span[0] <= after && after <= l.items.at(-1)!.span[1])) continue;
    const { end } = listEnd(text, after);
    const split = splitItems(node, after, end, false);
    if (!split || split.items.length < 3 || split.items.some((it) => COUNTED_ITEM.test(it.text))) continue;
    out.push({ items: split.items, open: split.open, partial: true, joinedLast: JOIN.test(split.items.at(-1)!.text), kind: 'inline' });
  }
}

export function statedLists(doc: LintDocument): StatedList[] {
  return doc.memo('lists:stated', () => {
    const out: StatedList[] = [];
    const nodes = doc.textNodes();
    nodes.forEach((node, i) => {
      if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
      const before = out.length;
      inlineLists(node, out);
      if (node.type === 'paragraph') numberedList(doc, nodes, i, out);
      uncountedLists(node, out.slice(before), out);
    });
    return out;
  });
}
