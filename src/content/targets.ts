// Targets and achieved values as the target rules (target-actual, deviation-explained, over-completion) show them,
// and whether a reason for a shortfall is given near it.
import { comparePoints, type LintDocument } from '../model/document.js';
import type { SectionNode, TextNode } from '../model/types.js';
import type { Decimal } from 'decimal.js';
import { quantities } from '../quantity/index.js';
import { labelSimilarity, sameMeasure } from '../quantity/similarity.js';
import { tableRows, type RowJudgement } from '../quantity/table-targets.js';
import { PLAN_LEAD, hasReason, narrativeTargets, statementSegments, type NarrativeTarget, type StatementSegment } from '../quantity/targets.js';
import type { Quantity } from '../quantity/types.js';
import { matchUnit, sameDimension } from '../quantity/units.js';
import { scoringTables } from '../tables/index.js';
import type { IndicatorRecord } from '../tables/types.js';

const OP_SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '', '~': '~' };

/** The target as written ("不少于10期"); in English with the comparator as a sign ("≥10期"). */
export function targetText(t: NarrativeTarget, locale: string = 'zh-CN'): string {
  const { comparator, comparatorText, raw, end } = t.target.q;
  // "2600元/亩", "2.00万元以内": the per-unit and the comparator written after the figure belong to the target
  const perUnit = perUnitAfter(t.target.node.text, end);
  const tail = perUnit + (/^(?:及以上|以上|及以下|以下|以内|之内)?/.exec(t.target.node.text.slice(end + perUnit.length))![0]);
  if (locale === 'en') return `${comparator ? OP_SIGN[comparator] ?? '' : ''}${raw}${perUnit}`;
  const after = comparatorText && tail.slice(perUnit.length) === comparatorText;
  return `${after ? '' : comparatorText ?? ''}${raw}${tail}`;
}

/** "/亩" in "2600元/亩": the unit a figure is per, written after it. */
function perUnitAfter(text: string, end: number): string {
  return /^\/[\u4e00-\u9fa5]{1,2}?(?=[^\u4e00-\u9fa5]|以|及|之|$)/.exec(text.slice(end, end + 4))?.[0] ?? '';
}

/** An achieved value as written, with the unit it is per ("3588元/亩"). */
export function actualText(t: NarrativeTarget): string {
  return t.actual ? `${t.actual.q.raw}${perUnitAfter(t.actual.node.text, t.actual.q.end)}` : '';
}

/**
 * The indicator's name for a message: the label, but never cut through a bracket or running over another figure
 * ("…服务不少于36000人次（按原" names nothing; "发放科普资料" does).
 */
export function indicatorName(label: string): string {
  let name = label;
  const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  if (open >= 0 && Math.max(name.lastIndexOf('）'), name.lastIndexOf(')')) < open) name = name.slice(open + 1);
  // "…36000人次，服务老年人": a figure with its unit and a clause break before the name belongs to another statement
  const figures = [...name.matchAll(/[\d０-９][^\s\d０-９，。；;、]{0,4}[，,；;、]/g)];
  const last = figures[figures.length - 1];
  if (last) name = name.slice(last.index + last[0].length);
  return name.replace(/^[，,、；;：:\s]+/, '').trim();
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
    // paragraphs only: a table's "偏差原因分析" header cell is not a reason
    return doc.textNodes().filter((n) => n.type === 'paragraph' && !stated.has(n) && hasReason(n.text));
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
  // "…4493人；服务…18788人，超额完成的原因是…": a reason in the next item (one with a figure of its own) is that item's
  const semi = text.slice(actual.q.end, to).search(/[；;]/);
  if (semi >= 0) {
    const cut = actual.q.end + semi;
    if ((quantities(doc).byNode.get(actual.node) ?? []).some((q) => q.start > cut && q.start < to)) to = cut;
  }
  if (hasReason(text.slice(from, to))) return true;
  for (const node of new Set([actual.node, target.target.node])) {
    const section = doc.sectionOf(node);
    if (section && sectionHasReason(doc, section)) return true;
  }
  return false;
}

/**
 * The scoring-table row stating the same indicator as a target in the text (one defect, one finding): same name
 * ("培训乡村医生" / "乡村医生", "发放科普资料" / "科普资料发放数量"), same unit, and the same target or achieved value.
 * One to one; the rows of all scoring tables against the narrative targets (both a handful per report).
 */
export function tableTwins(doc: LintDocument): { ofRow: Map<IndicatorRecord, NarrativeTarget>; ofTarget: Map<NarrativeTarget, RowJudgement> } {
  return doc.memo('content:tableTwins', () => {
    const ofRow = new Map<IndicatorRecord, NarrativeTarget>();
    const ofTarget = new Map<NarrativeTarget, RowJudgement>();
    const rows = tableRows(scoringTables(doc));
    if (!rows.length) return { ofRow, ofTarget };
    for (const t of narrativeTargets(doc).quantitative) {
      const name = t.target.q.label.replace(PLAN_LEAD, '');
      let best: RowJudgement | undefined;
      let bestScore = 0.6;
      for (const row of rows) {
        if (ofRow.has(row.record) || !sameFigures(t, row.record)) continue;
        const score = sameMeasure(name, row.record.name) ? 1 : labelSimilarity(name, row.record.name);
        if (score > bestScore) { best = row; bestScore = score; }
      }
      if (!best) continue;
      ofRow.set(best.record, t);
      ofTarget.set(t, best);
    }
    return { ofRow, ofTarget };
  });
}

/** A value written in a table cell, in the base unit of its kind (万元 → 元), with its dimension. */
function cellFigure(value: Decimal, unit: string | undefined): { base: Decimal; kind: Quantity['kind']; unit: string } | undefined {
  const word = (unit ?? '').split('/')[0]!.trim();
  if (!word) return undefined;
  const match = matchUnit(word);
  if (!match || match.length !== word.length) return undefined;
  return { base: value.mul(match.factor), kind: match.kind, unit: match.unit };
}

function sameFigures(t: NarrativeTarget, record: IndicatorRecord): boolean {
  const target = record.targetValue;
  if (!target) return false;
  const goal = cellFigure(target.value, target.unit ?? record.unitColumn);
  if (!goal || !sameDimension(goal, t.target.q)) return false;
  if (goal.base.eq(t.target.q.base)) return true;
  const got = record.actualValue && cellFigure(record.actualValue.value, record.actualValue.unit ?? target.unit ?? record.unitColumn);
  return !!got && !!t.actual && sameDimension(got, t.actual.q) && got.base.eq(t.actual.q.base);
}
