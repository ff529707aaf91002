// What the target rules say about a target: the figures as written and whether a reason is given near a shortfall.
import { comparePoints, type LintDocument } from '../model/document.js';
import type { SectionNode, TextNode } from '../model/types.js';
import type { RowJudgement } from './table-targets.js';
import { hasReason, type NarrativeTarget } from './targets.js';

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

/** Whether a section's paragraphs give a reason; once per section (a long section has many targets). */
function sectionHasReason(doc: LintDocument, section: SectionNode): boolean {
  const cache = doc.memo('quantity:sectionHasReason', () => new Map<SectionNode, boolean>());
  let found = cache.get(section);
  if (found === undefined) {
    // = doc.textNodesIn(section).some(…), over the few paragraphs that give a reason rather than every node per section
    const reasons = doc.memo('quantity:reasonNodes', () => doc.textNodes().filter((n) => n.type !== 'heading' && hasReason(n.text)));
    const { start, end } = section.position;
    found = reasons.some((n) => comparePoints(n.position.start, start) >= 0 && comparePoints(n.position.start, end) < 0);
    cache.set(section, found);
  }
  return found;
}

/** A reason near a shortfall: in its own paragraphs or their smallest section. */
export function reasonNear(doc: LintDocument, nodes: TextNode[]): boolean {
  if (nodes.some((n) => hasReason(n.text))) return true;
  for (const node of nodes) {
    const section = doc.sectionOf(node);
    if (section && sectionHasReason(doc, section)) return true;
  }
  return false;
}
