// Targets and achieved values stated in the narrative ("绩效指标：… 不少于2000份" / "完成情况：… 1000份"), paired by
// section, unit and measured noun. Shared by target-actual, deviation-explained and over-completion.
import { Decimal } from 'decimal.js';
import { docInfo } from '../model/doc-info.js';
import type { LintDocument } from '../model/document.js';
import type { SectionNode, TextNode } from '../model/types.js';
import { breakdowns } from './breakdown.js';
import { growthStatements, computedRate } from './growth.js';
import { quantities } from './index.js';
import { progressWord } from './table-targets.js';
import { labelSimilarity, sameMeasure } from './similarity.js';
import type { Quantity } from './types.js';
import { dimensionKey, sameDimension } from './units.js';

export type Role = 'target' | 'actual';

/** A stretch of a text node introduced by a target head (绩效指标：) or an achievement head (完成情况：). */
export interface StatementSegment {
  node: TextNode;
  order: number;
  role: Role;
  start: number;
  end: number;
  section?: SectionNode;
}

export interface PlacedFigure {
  node: TextNode;
  order: number;
  q: Quantity;
}

export interface NarrativeTarget {
  target: PlacedFigure;
  segment: StatementSegment;
  actual?: PlacedFigure;
  /** 'reverse' for ≤ / 不超过 targets (cost, time): the achieved value must not exceed it. */
  direction: 'positive' | 'reverse';
  /** nonnumeric: the completion statement says only "已完成" / "达标" (its words in `statement`). */
  status: 'met' | 'missed' | 'missing' | 'nonnumeric';
  statement?: string;
}

export interface QualitativeTarget {
  segment: StatementSegment;
  /** True when the section has a completion statement for it. */
  answered: boolean;
}

const TARGET_HEAD = /(?:年度|部门|项目|本年|整体)?(?:绩效指标|绩效目标|年度指标值|年度指标|指标值|年度目标|预期目标|目标值|计划目标|预期指标)\s*(?:为)?[：:]/g;
const ACTUAL_HEAD = /(?:完成情况|实际完成值|实际完成情况|实际完成|完成值|实现情况|执行情况|实际情况)\s*(?:为)?[：:]/g;

/** Target / achievement segments of every text node, in reading order. */
export function statementSegments(doc: LintDocument): StatementSegment[] {
  return doc.memo('quantity:segments', () => {
    const out: StatementSegment[] = [];
    doc.textNodes().forEach((node, order) => {
      // headings count too: a sectionizer may take "1.数量指标年度指标值：…" for a heading
      if (!node.text.includes('：') && !node.text.includes(':')) return; // every head ends in a colon
      const heads: { at: number; end: number; role: Role }[] = [];
      for (const m of node.text.matchAll(TARGET_HEAD)) heads.push({ at: m.index, end: m.index + m[0].length, role: 'target' });
      for (const m of node.text.matchAll(ACTUAL_HEAD)) heads.push({ at: m.index, end: m.index + m[0].length, role: 'actual' });
      heads.sort((a, b) => a.at - b.at);
      heads.forEach((h, i) => {
        // A head counts only at the start of the text or after a sentence / clause break ("绩效指标：" not "…的绩效目标：").
        const before = node.text.slice(0, h.at).replace(/^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*)?/, '');
        // …or after an indicator class: "数量指标完成情况：", "产出指标年度指标值："
        if (before && !afterBreak(node.text, h.at) && !/^[\u4e00-\u9fa5]{0,8}指标$/.test(before.trim())) return;
        const end = heads[i + 1]?.at ?? node.text.length;
        out.push({ node, order, role: h.role, start: h.end, end, section: doc.sectionOf(node) });
      });
    });
    return out;
  });
}

const SPACE = /\s/;

/** `/[。；;！？\n]\s*$/` on text.slice(0, at), without a regex scan of the whole prefix at each head. */
function afterBreak(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && SPACE.test(text[i]!); i--) if (text[i] === '\n') return true;
  return i >= 0 && '。；;！？'.includes(text[i]!);
}

/** The words around a figure: its label and, for "326名学生参加大赛", the words after it. */
function context(q: Quantity): string {
  return `${q.label}${q.after}`;
}

function usable(q: Quantity): boolean {
  if (q.kind === 'bare' || q.kind === 'score' || q.kind === 'points') return false;
  if (q.frequency || (q.distributive && !perItemMeasure(q))) return false;
  // "上半年3次": a share of the period's figure, not a figure of its own
  if (q.period && (!q.label || q.label === q.period || q.label.endsWith(q.period))) return false;
  return true;
}

/**
 * "单次活动平均成本不超过2万元", "人均培训时长8小时": a per-item measure is a target (or result) of its own; other per-item
 * figures ("每次活动持续1天") are details of a result. A per-item figure pairs only with a per-item figure.
 */
function perItemMeasure(q: Quantity): boolean {
  return q.kind === 'money' || /平均|[人户亩次场]均/.test(q.label);
}

/** Two figures can be target and result of one indicator: same unit dimension, both per item or both totals. */
function comparable(a: Quantity, b: Quantity): boolean {
  return sameDimension(a, b) && !a.distributive === !b.distributive;
}

/** dimensionKey, with per-item figures apart from totals. */
function measureKey(q: Quantity): string {
  return q.distributive ? `${dimensionKey(q)}\u0000per` : dimensionKey(q);
}

function figuresIn(doc: LintDocument, segment: StatementSegment): PlacedFigure[] {
  const qs = quantities(doc).byNode.get(segment.node) ?? [];
  return qs.filter((q) => q.start >= segment.start && q.end <= segment.end && usable(q) && !explaining(segment.node.text, segment.start, q))
    .map((q) => ({ node: segment.node, order: segment.order, q }));
}

/**
 * "不少于36000人次（按原目标为1000名老年人每人每月3次计算）": a figure in brackets right after another figure explains
 * that figure; it is not a target or a result of its own. ("数量指标（培训人数≥50人）" brackets words: still a figure.)
 */
function explaining(text: string, from: number, q: Quantity): boolean {
  const before = text.slice(Math.max(from, q.start - LABEL_REACH), q.start);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || Math.max(before.lastIndexOf('）'), before.lastIndexOf(')')) > open) return false;
  return /[\d０-９][^\s\d，。；、（()）]{0,4}$/.test(before.slice(0, open));
}

const LABEL_REACH = 80;

/** Targets stated in the text and what became of them. */
export function narrativeTargets(doc: LintDocument): { quantitative: NarrativeTarget[]; qualitative: QualitativeTarget[] } {
  return doc.memo('quantity:narrativeTargets', () => {
    const segments = statementSegments(doc);
    const quantitative: NarrativeTarget[] = [];
    const qualitative: QualitativeTarget[] = [];
    const used = new Set<Quantity>();
    const pending: { target: PlacedFigure; segment: StatementSegment; actual?: PlacedFigure; words?: string }[] = [];
    segments.forEach((segment, i) => {
      if (segment.role !== 'target') return;
      // Achievement segments after this target, in the same section, before the next target segment of another node.
      // Answers behind another node's target ("绩效指标：A…。" "绩效指标：B…。完成情况：…") belong to that target first:
      // they answer this one only when they name what it measures.
      const answers: StatementSegment[] = [];
      const far = new Set<StatementSegment>();
      let crossed = false;
      for (let j = i + 1; j < segments.length; j++) {
        const s = segments[j]!;
        if (s.section !== segment.section) break;
        if (s.role === 'target' && s.node !== segment.node) {
          if (answers.length) break;
          crossed = true;
          continue;
        }
        if (s.role === 'actual') {
          answers.push(s);
          if (crossed) far.add(s);
        }
      }
      const targets = figuresIn(doc, segment);
      if (!targets.length) {
        qualitative.push({ segment, answered: answers.length > 0 || sectionHasAnswer(segments, segment) });
        return;
      }
      const near = answers.filter((a) => !far.has(a)).flatMap((a) => figuresIn(doc, a));
      const named = answers.filter((a) => far.has(a)).flatMap((a) => figuresIn(doc, a));
      for (const target of targets) {
        const actual = (growthTarget(target.q) ? growthMatch(doc, target) : undefined)
          ?? bestMatch(target, near.filter((c) => !used.has(c.q)))
          ?? namedMatch(target, named.filter((c) => !used.has(c.q)));
        if (actual) used.add(actual.q);
        // "完成情况：已完成。" answering "满意度不低于90%": a word where a measured value is needed
        const words = answers.map((a) => a.node.text.slice(a.start, a.end)).find((w) => progressWord(w));
        pending.push({ target, segment, actual, words });
      }
    });
    // Figures elsewhere only after every target has had its own answers: a target listed early must not take the
    // result written next to the same target stated again later.
    for (const { target, segment, actual, words } of pending) {
      const found = actual ?? fallbackMatch(doc, target, segments);
      const judged = judge(target, segment, found);
      if (words && (judged.status === 'missing' || progressFigure(judged.actual?.q))) {
        quantitative.push({ target, segment, direction: judged.direction, status: 'nonnumeric', statement: words.trim().replace(/[。；;]$/, '') });
      } else quantitative.push(judged);
    }
    // "计划开展科普讲座10场，实际开展8场": plan and result in one sentence, without 绩效指标/完成情况 heads
    const segmentsOf = new Map<TextNode, StatementSegment[]>();
    for (const s of segments) {
      const list = segmentsOf.get(s.node);
      if (list) list.push(s); else segmentsOf.set(s.node, [s]);
    }
    const inSegment = (node: TextNode, q: Quantity) => segmentsOf.get(node)?.some((s) => q.start >= s.start && q.end <= s.end) ?? false;
    doc.textNodes().forEach((node, order) => {
      if (node.type !== 'paragraph') return;
      const qs = quantities(doc).byNode.get(node) ?? [];
      for (const q of qs) {
        if (!usable(q) || used.has(q) || inSegment(node, q) || !PLAN_LEAD.test(q.lead.trim())) continue;
        const actual = qs.find((a) => a.start > q.end && a.sentence[0] === q.sentence[0] && a.clause[0] !== q.clause[0]
          && usable(a) && !used.has(a) && comparable(a, q) && ACTUAL_LEAD.test(a.lead.trim()));
        if (!actual) continue;
        used.add(actual);
        const segment: StatementSegment = { node, order, role: 'target', start: q.clause[0], end: q.clause[1], section: doc.sectionOf(node) };
        quantitative.push(judge({ node, order, q }, segment, { node, order, q: actual }));
      }
    });
    // "一、绩效目标 … 不少于10场" and "二、绩效目标实现情况 … 24场": targets and results in sections of their own
    const taken = new Set<Quantity>([...used, ...quantitative.map((t) => t.target.q)]);
    for (const pair of sectionPairs(doc, (node, q) => inSegment(node, q) || taken.has(q))) {
      taken.add(pair.actual.q);
      const segment: StatementSegment = {
        node: pair.target.node, order: pair.target.order, role: 'target', start: pair.target.q.clause[0], end: pair.target.q.clause[1],
        section: doc.sectionOf(pair.target.node),
      };
      quantitative.push(judge(pair.target, segment, pair.actual));
    }
    return { quantitative: oncePerTarget(quantitative), qualitative };
  });
}

/**
 * A target stated twice (in 绩效目标 and again in its 绩效指标 line or as "计划…") is one target: of the statements with
 * the same measure, comparator and value, the one that found its result is kept (else the last).
 */
function oncePerTarget(all: NarrativeTarget[]): NarrativeTarget[] {
  const groups = new Map<string, NarrativeTarget[]>();
  for (const t of all) {
    const key = `${dimensionKey(t.target.q)}|${t.direction}|${t.target.q.base.toString()}`;
    const list = groups.get(key);
    if (list) list.push(t); else groups.set(key, [t]);
  }
  const dropped = new Set<NarrativeTarget>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    for (const t of list) {
      if (dropped.has(t)) continue;
      const same = list.filter((o) => o !== t && !dropped.has(o) && sameTarget(o, t));
      if (!same.length) continue;
      const keep = [t, ...same].reduce((a, b) => (rank(b) >= rank(a) ? b : a));
      for (const o of [t, ...same]) if (o !== keep) dropped.add(o);
    }
  }
  return all.filter((t) => !dropped.has(t));
}

const rank = (t: NarrativeTarget) => (t.status === 'missing' ? 0 : 1);

function sameTarget(a: NarrativeTarget, b: NarrativeTarget): boolean {
  const la = a.target.q.label.replace(PLAN_LEAD, '');
  const lb = b.target.q.label.replace(PLAN_LEAD, '');
  return sameMeasure(la, lb) || labelSimilarity(la, lb) > 0.6 || labelSimilarity(context(a.target.q), context(b.target.q)) > 0.6;
}

const TARGET_SECTION = /绩效目标|绩效指标|年度目标|目标设定|指标设定|预期目标/;
const ACTUAL_SECTION = /实现情况|完成情况|实际完成|目标完成|指标完成|指标分析|实施效果|绩效情况|产出情况|效益情况/;

/** What a paragraph's sections make of it: the innermost heading naming a target or an achievement decides. */
export function sectionRole(doc: LintDocument, node: TextNode): Role | undefined {
  // the role depends only on the node's section: look it up once per section
  const cache = doc.memo('quantity:sectionRole', () => new Map<SectionNode | undefined, Role | undefined>());
  const section = doc.sectionOf(node);
  if (cache.has(section)) return cache.get(section);
  const role = pathRole(doc.sectionPath(node));
  cache.set(section, role);
  return role;
}

function pathRole(path: string[]): Role | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (ACTUAL_SECTION.test(path[i]!)) return 'actual';
    if (TARGET_SECTION.test(path[i]!)) return 'target';
  }
  return undefined;
}

/**
 * Targets written as "不少于10场" / "≤5万元" in a 绩效目标 section, each with the figure measuring the same thing (same
 * unit, same measured noun) in a 实现情况 / 完成情况 section. Only pairs are returned: a target without a clear
 * result is left to the statements that name it.
 */
function sectionPairs(doc: LintDocument, skip: (node: TextNode, q: Quantity) => boolean): { target: PlacedFigure; actual: PlacedFigure }[] {
  const targets: PlacedFigure[] = [];
  const results: PlacedFigure[] = [];
  for (const p of quantities(doc).all) {
    if (p.node.type !== 'paragraph' || !usable(p.q) || skip(p.node, p.q)) continue;
    const role = sectionRole(doc, p.node);
    if (role === 'target' && p.q.comparator && p.q.comparator !== '~' && !p.q.range) targets.push(p);
    else if (role === 'actual' && actualCandidate(doc, p.q)) results.push(p);
  }
  // a target only looks at results of its own dimension: group them, each group in reading order
  const resultsByDimension = new Map<string, PlacedFigure[]>();
  for (const r of results) {
    const key = measureKey(r.q);
    const group = resultsByDimension.get(key);
    if (group) group.push(r); else resultsByDimension.set(key, [r]);
  }
  const out: { target: PlacedFigure; actual: PlacedFigure }[] = [];
  const used = new Set<Quantity>();
  for (const target of targets) {
    let best: PlacedFigure | undefined;
    let bestScore = 0.6;
    for (const r of resultsByDimension.get(measureKey(target.q)) ?? []) {
      if (used.has(r.q) || !comparable(r.q, target.q)) continue;
      const score = sameMeasure(r.q.label, target.q.label) ? 1
        : Math.max(labelSimilarity(r.q.label, target.q.label), labelSimilarity(context(r.q), context(target.q)));
      if (score > bestScore) { best = r; bestScore = score; }
    }
    if (!best) continue;
    used.add(best.q);
    out.push({ target, actual: best });
  }
  return out;
}

/**
 * A part of a breakdown ("其中举办科普讲座5场", "其中线上1200人次、线下2000人次") is not the achieved total. Only the
 * breakdown's own parts count: a figure later in the sentence after a finished list ("…；建成高标准农田2.1万亩") is not one.
 */
function breakdownPart(doc: LintDocument, q: Quantity): boolean {
  if (/其中|分别|包括/.test(q.lead)) return true;
  return doc.memo('quantity:breakdownParts', () => new Set(breakdowns(doc).flatMap((b) => b.parts))).has(q);
}

/** A figure that can be an achieved value: not a threshold, plan, change or part of a breakdown. */
function actualCandidate(doc: LintDocument, q: Quantity): boolean {
  if (q.comparator && q.comparator !== '~' && q.comparatorText !== '达' && q.comparatorText !== '达到') return false;
  if (q.range || breakdownPart(doc, q)) return false;
  if (/较|同比|比上年|增加|减少|新增|下降|增长/.test(q.lead)) return false;
  return !PLAN_LEAD.test(q.lead.trim());
}

/** A planned figure: "计划…", also after a year ("2026年计划培训…"). */
function planned(q: Quantity): boolean {
  return PLAN_LEAD.test(q.lead.trim().replace(/^(?:\d{4}年度?|下一?年度?|明年)[，,]?/, ''));
}

export const PLAN_LEAD = /^(?:原计划|计划|预计|年度目标值?为?|目标值?为|指标值为|预期)/;
const ACTUAL_LEAD = /^(?:实际|全年实际|已|共完成|全年完成|完成)/;

/** "已完成100%": a figure that states progress, not the measured value. */
function progressFigure(q: Quantity | undefined): boolean {
  return !!q && q.kind === 'percent' && /^(?:已经|已|均已|全部|均)?完成$/.test(q.lead.trim());
}

function sectionHasAnswer(segments: StatementSegment[], target: StatementSegment): boolean {
  return segments.some((s) => s.role === 'actual' && s.section === target.section);
}

function bestMatch(target: PlacedFigure, candidates: PlacedFigure[]): PlacedFigure | undefined {
  const same = candidates.filter((c) => comparable(c.q, target.q));
  if (!same.length) return undefined;
  if (same.length === 1) return same[0];
  let best = same[0]!;
  let bestScore = -1;
  for (const c of same) {
    const score = Math.max(labelSimilarity(target.q.label, c.q.label), labelSimilarity(context(target.q), context(c.q)));
    if (score > bestScore) { best = c; bestScore = score; }
  }
  return best;
}

/** A candidate that names what the target measures (the unit alone is not enough). */
function namedMatch(target: PlacedFigure, candidates: PlacedFigure[]): PlacedFigure | undefined {
  let best: PlacedFigure | undefined;
  let bestScore = 0.6;
  for (const c of candidates) {
    if (!comparable(c.q, target.q)) continue;
    const score = sameMeasure(c.q.label, target.q.label) ? 1
      : Math.max(labelSimilarity(target.q.label, c.q.label), labelSimilarity(context(target.q), context(c.q)));
    if (score > bestScore) { best = c; bestScore = score; }
  }
  return best;
}

/**
 * The figures fallbackMatch may pick, whatever the target: usable, not a threshold, not inside a target segment, not a
 * breakdown part, change or plan. Computed once per document (the per-target scan is over all figures).
 */
function fallbackCandidates(doc: LintDocument, segments: StatementSegment[]): Map<string, (PlacedFigure & { context: string })[]> {
  return doc.memo('quantity:fallbackCandidates', () => {
    const targetSegments = new Map<TextNode, StatementSegment[]>();
    for (const s of segments) {
      if (s.role !== 'target') continue;
      const list = targetSegments.get(s.node);
      if (list) list.push(s); else targetSegments.set(s.node, [s]);
    }
    const inTarget = (node: TextNode, q: Quantity) => targetSegments.get(node)?.some((s) => q.start >= s.start && q.end <= s.end) ?? false;
    // "2026年计划培训…362人" is next year's plan, not this year's result
    const year = docInfo(doc).year;
    // grouped by dimension (a target only looks at figures of its own), each group in reading order
    const out = new Map<string, (PlacedFigure & { context: string })[]>();
    for (const p of quantities(doc).all) {
      if (!usable(p.q) || p.q.comparator === '>=' && p.q.comparatorText !== '达' && p.q.comparatorText !== '达到') continue;
      if (inTarget(p.node, p.q)) continue;
      // parts of a breakdown and changes are not the achieved total ("其中进社区5场", "较上年增加3场")
      if (breakdownPart(doc, p.q) || (CHANGE.test(p.q.lead) && !addedCount(p.q))) continue;
      if (planned(p.q) || (year && p.q.year && p.q.year !== year)) continue;
      const key = measureKey(p.q);
      const figure = { node: p.node, order: p.order, q: p.q, context: context(p.q) };
      const group = out.get(key);
      if (group) group.push(figure); else out.set(key, [figure]);
    }
    return out;
  });
}

const CHANGE = /较|同比|比上年|增加|减少|新增|下降|增长/;

/** "新增养老床位52张": what was added is the measured result (for a target "新增…"), not a change against last year. */
function addedCount(q: Quantity): boolean {
  return /新增/.test(q.label) && !/较|同比|比上年|上年|去年/.test(q.lead);
}

/** No completion line in the section: a figure elsewhere with the same unit and clearly the same label. */
function fallbackMatch(doc: LintDocument, target: PlacedFigure, segments: StatementSegment[]): PlacedFigure | undefined {
  let best: PlacedFigure | undefined;
  let bestScore = 0.6;
  const targetContext = context(target.q);
  for (const p of fallbackCandidates(doc, segments).get(measureKey(target.q)) ?? []) {
    if (p.node === target.node || !comparable(p.q, target.q)) continue;
    if (addedCount(p.q) && !/新增/.test(target.q.label)) continue;
    const score = sameMeasure(p.q.label, target.q.label) ? 1
      : Math.max(labelSimilarity(p.q.label, target.q.label), labelSimilarity(p.context, targetContext));
    if (score > bestScore) { best = { node: p.node, order: p.order, q: p.q }; bestScore = score; }
  }
  return best;
}

/** "接待游客人次较上年增长不低于5%": a target on the change against the previous year; the rest is what grows. */
const GROWTH_TARGET = /(?:较|比|同比|相比)?(?:上年|去年|上一年度?|上年度)?(?:同期)?(?:增长|增加|提高|提升|上升|增幅|下降|减少|降低|降幅)(?:率|幅度)?(?:为|达)?\s*$/;
const GROWTH_DOWN = /下降|减少|降低|降幅/;

function growthTarget(q: Quantity): boolean {
  return q.kind === 'percent' && !q.share && GROWTH_TARGET.test(q.label) && /较|比|同比|相比|上年|去年|增长率|增幅|降幅/.test(q.label);
}

/** The achieved growth of a growth target: the stated (or, without one, the computed) rate of the statement that
 * measures the same thing ("全年接待游客286.3万人次，较上年的270.1万人次增长6.00%"). */
function growthMatch(doc: LintDocument, target: PlacedFigure): PlacedFigure | undefined {
  const noun = target.q.label.replace(GROWTH_TARGET, '');
  const down = GROWTH_DOWN.test(target.q.label.slice(noun.length));
  let best: PlacedFigure | undefined;
  let bestScore = 0.5;
  for (const g of growthStatements(doc)) {
    if (g.node === target.node && g.current.start < target.q.end && g.current.end > target.q.start) continue;
    const score = labelSimilarity(noun, `${g.current.label}${g.current.after}${g.current.unit}`);
    if (score <= bestScore) continue;
    const sign = (g.direction === 'down') === down ? 1 : -1;
    const rate = g.rate ? g.rate.value.mul(sign) : computedRate(g)?.mul(sign);
    if (!rate) continue;
    const q = g.rate ?? achievedRate(g.current, rate);
    const achieved = sign === 1 && g.rate ? q : { ...q, value: rate, base: rate, raw: `${rate.toFixed(Math.max(q.decimals, 2))}%` };
    best = { node: g.node, order: doc.textNodes().indexOf(g.node), q: achieved };
    bestScore = score;
  }
  return best;
}

/** A rate computed from two figures, as a figure written in the growth statement's place. */
function achievedRate(at: Quantity, rate: Decimal): Quantity {
  const step = new Decimal('0.01');
  return {
    ...at, raw: `${rate.toFixed(2)}%`, value: rate, base: rate, unit: '%', kind: 'percent', factor: new Decimal(1),
    decimals: 2, step, chinese: false, label: at.label,
  };
}

function judge(target: PlacedFigure, segment: StatementSegment, actual: PlacedFigure | undefined): NarrativeTarget {
  const direction = target.q.comparator === '<=' || target.q.comparator === '<' ? 'reverse' : 'positive';
  if (!actual) return { target, segment, direction, status: 'missing' };
  const goal = target.q.range ? scaled(target.q, direction === 'reverse' ? target.q.range.high : target.q.range.low) : target.q.base;
  const got = actual.q.base;
  // A target is a threshold, exact as written; only the achieved value may be rounded.
  const slack = actual.q.step.div(2);
  const missed = direction === 'positive' ? got.lt(goal.minus(slack)) : got.gt(goal.plus(slack));
  return { target, segment, actual, direction, status: missed ? 'missed' : 'met' };
}

function scaled(q: Quantity, value: Decimal): Decimal {
  return q.value.isZero() ? value : value.mul(q.base.div(q.value));
}

/** The achieved value as a multiple of the target (positive targets only). */
export function completionRatio(t: NarrativeTarget): Decimal | undefined {
  // a growth rate of 1.56% against 1% is not "156% of the target"
  if (growthTarget(t.target.q)) return undefined;
  if (!t.actual || t.direction !== 'positive' || t.target.q.base.lte(0)) return undefined;
  const goal = t.target.q.range ? scaled(t.target.q, t.target.q.range.high) : t.target.q.base;
  return t.actual.q.base.div(goal);
}

/** Reason words: 原因, 由于, 因为, 因…, 受…影响, 导致, 所致. */
export const REASON = /原因|由于|因为|因(?![此而素地])|受[^，。；]{0,20}影响|导致|所致|造成|缘于|鉴于|偏差|未能[^，。；]{0,10}(?:是|系)/;

/** "偏差原因：无" names the field but gives no reason. */
const EMPTY_REASON = /(?:偏差|未完成)?原因(?:分析)?(?:及改进措施)?\s*[：:]\s*(?:无|暂无|没有|—+|－+|-+|\/)?\s*(?=[。；;\n]|$)/g;

export function hasReason(text: string): boolean {
  return REASON.test(text.replace(EMPTY_REASON, ''));
}
