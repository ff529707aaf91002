// Numbering groups for heading-numbering: label styles, sibling sequences, lists of numbered paragraphs and
// run-in lists inside one paragraph ("措施：1.加强…。2.完善…。3.推进…").
import type { HeadingNode, LabelKind, NumberingLabel, ParagraphNode, RootNode, SectionNode } from '../model/types.js';
import { formatLabel, kindRank, leadingSpace } from './labels.js';

export type Labelled = { node: HeadingNode | ParagraphNode; label: NumberingLabel };

export const FULL_OPEN = '（';
export const FULL_CLOSE = '）';
export const isParen = (k: LabelKind) => k === 'paren-chinese' || k === 'paren-arabic';

/** The marker style of a label apart from its number: "、" / "." / "．" / ")" for 1. labels; brackets otherwise. */
export function markerStyle(label: NumberingLabel): string {
  if (isParen(label.kind)) return `${label.open ?? ''}${label.close ?? ''}`;
  return label.close ?? label.suffix ?? '';
}

/** The label written with a given kind and value in the group's own style (brackets always full width). */
export function labelLike(kind: LabelKind, value: number, style?: NumberingLabel): string {
  if (kind === 'arabic' && style?.kind === 'arabic') {
    return style.close ? formatLabel('arabic', value, { close: style.close }) : formatLabel('arabic', value, { suffix: style.suffix ?? '.' });
  }
  if (kind === 'multi-level' && style?.path) return formatLabel(kind, value, { parentPath: style.path.slice(0, -1) });
  return formatLabel(kind, value);
}

export function labelSpan(item: Labelled): [number, number] {
  const start = leadingSpace(item.node.text);
  return [start, Math.min(item.node.text.length, start + item.label.raw.length)];
}

export function majority<T>(values: T[], tieBreak: (tied: T[]) => T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let max = 0;
  for (const c of counts.values()) if (c > max) max = c;
  const top = [...counts.entries()].filter(([, c]) => c === max).map(([v]) => v);
  return top.length === 1 ? top[0]! : tieBreak(top);
}

/**
 * The value a label should have after `previous` in the same list, or undefined when the two do not belong to one
 * sequence (multi-level labels under different parents: "2.3.1" after "2.2.2" starts a new run).
 */
export function nextValue(previous: NumberingLabel | undefined, label: NumberingLabel): number | undefined {
  if (!previous) return 1;
  if (label.kind === 'multi-level' || previous.kind === 'multi-level') {
    const a = previous.path ?? [];
    const b = label.path ?? [];
    if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.')) return undefined;
  }
  return previous.value + 1;
}

/** The last numbered body paragraph of the same form before the first heading of a group, in the same parent. */
export function precedingBodyItem(parent: RootNode | SectionNode, first: Labelled): Labelled | undefined {
  let found: Labelled | undefined;
  for (const child of parent.children) {
    if (child.type === 'section' && child.heading === first.node) break;
    if (child.type === 'paragraph' && child.label && child.label.kind === first.label.kind) found = { node: child, label: child.label };
    else if (child.type === 'section') found = undefined;
  }
  return found;
}

export function sameWidth(open: string, close: string): boolean {
  return (open === '（' && close === '）') || (open === '(' && close === ')');
}

/** The form GB/T 9704 puts one level below a label of this kind; 一、 for top-level headings. */
export function expectedChildKind(parent: NumberingLabel | undefined): LabelKind | undefined {
  if (!parent) return 'chinese';
  switch (parent.kind) {
    case 'chinese': return 'paren-chinese';
    case 'paren-chinese': return 'arabic';
    case 'arabic': case 'multi-level': return 'paren-arabic';
    case 'paren-arabic': return 'circled';
    default: return undefined;
  }
}

/**
 * Numbered paragraphs directly inside a container, grouped into lists: a label of a lower form (（1） after 1.)
 * opens a nested list, a higher form closes the nested ones, a table or heading ends all lists, and a "1" after
 * other text starts a new list.
 */
export function bodyLists(container: RootNode | SectionNode): Labelled[][] {
  const lists: Labelled[][] = [];
  let stack: { kind: LabelKind; items: Labelled[] }[] = [];
  const closeAll = () => { stack = []; };
  let sawTextSinceItem = false;
  for (const child of container.children) {
    if (child.type !== 'paragraph') { closeAll(); continue; }
    const label = child.label;
    if (!label) { if (child.text.trim()) sawTextSinceItem = true; continue; }
    const item = { node: child, label };
    const rank = kindRank(label.kind);
    while (stack.length && kindRank(stack[stack.length - 1]!.kind) > rank) stack.pop();
    const top = stack[stack.length - 1];
    const last = top?.items[top.items.length - 1];
    const continues = last !== undefined && (markerStyle(last.label) === markerStyle(label) || label.value === last.label.value + 1);
    if (top && top.kind === label.kind && continues && !(label.value === 1 && sawTextSinceItem)) {
      top.items.push(item);
    } else {
      if (top && kindRank(top.kind) === rank) stack.pop();
      const list = { kind: label.kind, items: [item] };
      lists.push(list.items);
      stack.push(list);
    }
    sawTextSinceItem = false;
  }
  return lists;
}

/** A label written inside a paragraph's text, after a sentence or clause break ("…。2.完善…"). */
export interface RunInItem {
  value: number;
  raw: string;
  start: number;
  end: number;
}

// "。2." "；3、" "：1．" — a number of one or two digits after a break, not a decimal ("。3.5万元")
const RUN_IN = /(?<=[。；;：:！？!?]\s{0,2})(\d{1,2})([.．、])(?!\d)/g;
const RUN_IN_MARK = /\d[.．、]/;

/**
 * Run-in lists: labels inside one paragraph, after its own leading label of the same kind ("4.完成…。4.对受理的…5.…")
 * or, without one, starting at 1 ("措施：1.加强…。2.完善…"). At least two items, all with the same marker.
 */
export function runInList(node: ParagraphNode | HeadingNode): RunInItem[] | undefined {
  const text = node.text;
  if (text.length > 20_000) return undefined;
  // without a run-in label there is at most the leading one: no list (and no lookbehind tried at every character)
  if (!RUN_IN_MARK.test(text)) return undefined;
  const items: RunInItem[] = [];
  const lead = node.label?.kind === 'arabic' && !node.label.close ? node.label : undefined;
  if (lead) {
    const start = leadingSpace(text);
    items.push({ value: lead.value, raw: lead.raw, start, end: start + lead.raw.length });
  }
  for (const m of text.matchAll(RUN_IN)) {
    if (items.length && items[items.length - 1]!.start === m.index) continue;
    items.push({ value: Number(m[1]), raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (items.length < 2) return undefined;
  const marker = (i: RunInItem) => i.raw.slice(-1);
  if (!items.every((i) => marker(i) === marker(items[0]!) || (i === items[0] && lead))) return undefined;
  if (!lead && items[0]!.value !== 1) return undefined;
  return items;
}

/** The first label of a run-in list that breaks its sequence, with what it should have been. */
export function runInSlip(node: ParagraphNode | HeadingNode): { start: number; end: number; data: Record<string, string> } | undefined {
  const items = runInList(node);
  if (!items) return undefined;
  for (let i = 1; i < items.length; i++) {
    const expected = items[i - 1]!.value + 1;
    const found = items[i]!;
    if (found.value === expected) continue;
    return { start: found.start, end: found.end, data: { found: found.raw, previous: items[i - 1]!.raw, expected: `${expected}${found.raw.slice(-1)}` } };
  }
  return undefined;
}
