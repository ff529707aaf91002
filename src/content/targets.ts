// Targets and achieved values as the target rules (target-actual, deviation-explained, over-completion) show them,
// and whether a reason for a shortfall is given near it.
import { comparePoints, type LintDocument } from '../model/document.js';
import type { SectionNode, TextNode } from '../model/types.js';
import type { RowJudgement } from '../quantity/table-targets.js';
import { hasReason, narrativeTargets, statementSegments, type NarrativeTarget, type StatementSegment } from '../quantity/targets.js';

const OP_SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '', '~': '~' };

/** The target as written ("不少于10期"); in English with the comparator as a sign ("≥10期"). */
export function targetText(t: NarrativeTarget, locale: string = 'zh-CN'): string {
  const { comparator, comparatorText, raw } = t.target.q;
  if (locale === 'en') return `${comparator ? OP_SIGN[comparator] ?? '' : ''}${raw}`;
  return `${comparatorText ?? ''}${raw}`;
}

/** A table row's target and achieved value for messages: "≥2000份", "≤0.4万元", "1000份". */
export function rowFigures(row: RowJudgement): { target: string; actual: string } {
  const { record } = row;
  const t = record.targetValue;
  const a = record.actualValue;
  const target = t ? `${OP_SIGN[t.op] ?? ''}${t.value.toString()}${t.unit ?? ''}` : record.target?.text.trim() ?? '';
  const actual = a ? `${a.value.toString()}${a.unit ?? t?.unit ?? ''}` : record.actual?.text.trim() ?? '';
  return { target, actual };
}

/** Paragraphs that give a reason and state no target or result of their own ("偏差原因：…", "未完成的主要原因是…"). */
function reasonParagraphs(doc: LintDocument): TextNode[] {
  return doc.memo('quantity:reasonParagraphs', () => {
    const stated = new Set<TextNode>(statementSegments(doc).map((s) => s.node));
    for (const t of narrativeTargets(doc).quantitative) {
      stated.add(t.target.node);
      if (t.actual) stated.add(t.actual.node);
    }
    return doc.textNodes().filter((n) => n.type !== 'heading' && !stated.has(n) && hasReason(n.text));
  });
}

/** Whether a section has a reason paragraph; once per section (a long section has many targets). */
function sectionHasReason(doc: LintDocument, section: SectionNode): boolean {
  const cache = doc.memo('quantity:sectionHasReason', () => new Map<SectionNode, boolean>());
  let found = cache.get(section);
  if (found === undefined) {
    const { start, end } = section.position;
    found = reasonParagraphs(doc).some((n) => comparePoints(n.position.start, start) >= 0 && comparePoints(n.position.start, end) < 0);
    cache.set(section, found);
  }
  return found;
}

/**
 * A reason for this shortfall: in the sentence of the achieved value ("…60处，因部分项目招标流标"), in the rest of its
 * item ("…46公里，未达到年度目标57公里，由于…；"), or in a paragraph of the section that gives reasons and states no
 * result of its own. A reason given for another indicator in the same paragraph or section does not count.
 */
export function reasonNear(doc: LintDocument, target: NarrativeTarget): boolean {
  const actual = target.actual;
  if (!actual) return false;
  const text = actual.node.text;
  // from the start of the actual's item ("；计划…实际…") or sentence
  const sentenceStart = actual.q.sentence[0];
  const itemStart = Math.max(text.lastIndexOf('；', actual.q.start), text.lastIndexOf(';', actual.q.start));
  const from = itemStart >= sentenceStart ? itemStart + 1 : sentenceStart;
  // up to the next statement in the paragraph: a 绩效指标/完成情况 head or another "；计划…" item
  const byNode = doc.memo('quantity:segmentsByNode', () => {
    const map = new Map<TextNode, StatementSegment[]>();
    for (const g of statementSegments(doc)) map.set(g.node, [...(map.get(g.node) ?? []), g]);
    return map;
  });
  const nextHead = byNode.get(actual.node)?.find((g) => g.start > actual.q.end);
  let to = nextHead ? nextHead.start : text.length;
  const nextItem = /[；;]\s*(?:\d+[.、．]\s*)?(?:计划|预计|原计划)/.exec(text.slice(actual.q.end, to));
  if (nextItem) to = actual.q.end + nextItem.index;
  if (hasReason(text.slice(from, to))) return true;
  for (const node of new Set([actual.node, target.target.node])) {
    const section = doc.sectionOf(node);
    if (section && sectionHasReason(doc, section)) return true;
  }
  return false;
}
