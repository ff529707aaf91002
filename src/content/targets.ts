// Targets and achieved values as the target rules (target-actual, deviation-explained, over-completion) show them,
// and whether a reason for a shortfall is given near it.
import { comparePoints, memoKey, type LintDocument } from '../model/document.js';
import type { SectionNode, TextNode } from '../model/types.js';
import { hasReason, type NarrativeTarget } from '../quantity/targets.js';
import type { RowJudgement } from '../quantity/table-targets.js';

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

const SECTION_HAS_REASON = memoKey<Map<SectionNode, boolean>>('content:sectionHasReason');
const REASON_NODES = memoKey<TextNode[]>('content:reasonNodes');

/** Whether a section's paragraphs give a reason; once per section (a long section has many targets). */
function sectionHasReason(doc: LintDocument, section: SectionNode): boolean {
  const cache = doc.memo(SECTION_HAS_REASON, () => new Map<SectionNode, boolean>());
  let found = cache.get(section);
  if (found === undefined) {
    // = doc.textNodesIn(section).some(…), over the few paragraphs that give a reason rather than every node per section
    const reasons = doc.memo(REASON_NODES, () => doc.textNodes().filter((n) => n.type !== 'heading' && hasReason(n.text)));
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
