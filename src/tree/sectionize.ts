// FlatDocument → section tree. Heading candidates (heading-candidates.ts) get depths (levels.ts); numbered lines that
// turn out to be list items (no content of their own) go back to body text; what precedes the first heading is the
// title/cover; then sections are nested by depth.
import type {
  BlockNode, FlatDocument, HeadingNode, NumberingLabel, ParagraphNode, Position, RootNode, SectionNode,
} from '../model/types.js';
import { contentBetween, findCandidates, labelOf, type Candidate } from './heading-candidates.js';
import { isTocParagraph } from './toc.js';
import { splitSoftBreaks } from './split-lines.js';
import { learnHints, levelKey, placeHeadings, rankHints, type LevelHints, type Placement } from './levels.js';
import { titleOffsetAfter, leadingSpace } from './labels.js';

const DEMOTABLE = new Set(['arabic', 'paren-arabic', 'circled', 'multi-level']);
const MAX_ROUNDS = 6;

export function sectionize(flat: FlatDocument): RootNode {
  const blocks = splitSoftBreaks(flat.blocks);
  const placements = decideHeadings(blocks);
  const headingAt = new Map(placements.map((p) => [p.candidate.index, p]));
  const firstHeading = placements.length ? placements[0]!.candidate.index : blocks.length;

  const root: RootNode = {
    type: 'root',
    children: [],
    position: documentPosition(flat.lines),
    data: { format: flat.format, lines: flat.lines, titleNodes: [], title: '', readerNotes: flat.readerNotes },
  };
  if (flat.directives) root.data.directives = flat.directives;
  if (flat.lineRefs) root.data.lineRefs = flat.lineRefs;
  root.data.titleNodes = titleParagraphs(blocks.slice(0, firstHeading));
  root.data.title = root.data.titleNodes.map((p) => p.text.trim()).join('');

  const stack: SectionNode[] = [];
  blocks.forEach((block, index) => {
    const placement = headingAt.get(index);
    if (placement && block.type === 'paragraph') {
      while (stack.length >= placement.depth) stack.pop();
      const section: SectionNode = {
        type: 'section',
        depth: stack.length + 1,
        heading: toHeading(block, placement),
        children: [],
        position: block.position,
        data: {},
      };
      (stack[stack.length - 1] ?? root).children.push(section);
      stack.push(section);
      return;
    }
    if (block.type === 'paragraph') {
      const label = labelOf(block);
      if (label && !block.data.toc) block.label = label;
    }
    (stack[stack.length - 1] ?? root).children.push(block);
  });
  for (const child of root.children) if (child.type === 'section') fixSectionEnd(child);
  return root;
}

/** Place candidates, demote list items, and repeat until stable (demoting can change the placement of others). */
function decideHeadings(blocks: BlockNode[]): Placement[] {
  let candidates = findCandidates(blocks);
  candidates = dropLeadingUnlabelled(candidates);
  const hintRank = rankHints(candidates);
  let hints: LevelHints = { hintDepth: new Map(), keyDepth: new Map(), hintRank };
  let placements = placeHeadings(blocks, candidates, hints);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    hints = { ...learnHints(placements), hintRank };
    const demoted = listItems(blocks, placements);
    const kept = candidates.filter((c) => !demoted.has(c.index));
    const next = placeHeadings(blocks, kept, hints);
    const stable = kept.length === candidates.length && sameDepths(next, placements);
    candidates = kept;
    placements = next;
    if (stable) break;
  }
  return placements;
}

function sameDepths(a: Placement[], b: Placement[]): boolean {
  return a.length === b.length && a.every((p, i) => p.candidate.index === b[i]!.candidate.index && p.depth === b[i]!.depth);
}

/**
 * Unlabelled style headings before the first numbered heading are the title/cover (the report title is often
 * "Heading 1" or "# …"). In a document without numbered headings, a single top-level heading at the start is the title.
 */
function dropLeadingUnlabelled(candidates: Candidate[]): Candidate[] {
  const firstLabelled = candidates.findIndex((c) => c.label || c.part);
  if (firstLabelled > 0) return candidates.slice(firstLabelled);
  if (firstLabelled === 0 || candidates.length === 0) return candidates;
  const minHint = Math.min(...candidates.map((c) => c.hint ?? 99));
  const atMin = candidates.filter((c) => c.hint === minHint);
  if (atMin.length === 1 && candidates[0]!.hint === minHint && candidates.length > 1) return candidates.slice(1);
  return candidates;
}

/**
 * Numbered candidates (1. （1） ① 1.1) without any content of their own before the next heading at their level or
 * above are list items. In a run where some items have content, only the sentence-like empty ones are list items;
 * short empty ones stay (empty) headings.
 */
function listItems(blocks: BlockNode[], placements: Placement[]): Set<number> {
  const placed = new Set(placements.map((p) => p.candidate.index));
  const between = contentBetween(blocks);
  const hasContent = placements.map((p, i) => {
    let end = blocks.length;
    for (let k = i + 1; k < placements.length; k++) {
      if (placements[k]!.depth <= p.depth) { end = placements[k]!.candidate.index; break; }
    }
    // A numbered prose paragraph of the same sequence is the next item of the list, not content of this one.
    let n = p.candidate.index + 1;
    while (n < end && !between(n - 1, n + 1)) n++;
    const next = blocks[n];
    const nextLabel = n < end && next?.type === 'paragraph' && !placed.has(n) ? labelOf(next) : undefined;
    if (nextLabel && p.candidate.label && sameSequence(p, nextLabel)) return false;
    return between(p.candidate.index, end);
  });
  // Group siblings: same parent placement and same level key.
  const parentOf: number[] = [];
  const open: number[] = [];
  placements.forEach((p, i) => {
    while (open.length && placements[open[open.length - 1]!]!.depth >= p.depth) open.pop();
    parentOf[i] = open.length ? open[open.length - 1]! : -1;
    open.push(i);
  });
  const groupHasContent = new Map<string, boolean>();
  const groupHasEmpty = new Map<string, boolean>();
  placements.forEach((p, i) => {
    const g = `${parentOf[i]}|${p.key}`;
    groupHasContent.set(g, (groupHasContent.get(g) ?? false) || hasContent[i]!);
    groupHasEmpty.set(g, (groupHasEmpty.get(g) ?? false) || !hasContent[i]!);
  });
  const demoted = new Set<number>();
  placements.forEach((p, i) => {
    const kind = p.levelKind ?? p.candidate.label?.kind;
    if (!p.candidate.label || !kind || !DEMOTABLE.has(kind)) return;
    const g = `${parentOf[i]}|${p.key}`;
    const demote = hasContent[i]
      // "2. 发放资料2000份。" among one-line list items, followed by other text: still a list item
      ? groupHasEmpty.get(g)! && endsLikeSentence(p.candidate)
      : !groupHasContent.get(g) || endsLikeSentence(p.candidate) || titleOf(p.candidate).length > 30;
    if (demote) demoted.add(p.candidate.index);
  });
  return demoted;
}

function sameSequence(p: Placement, label: NumberingLabel): boolean {
  const key = levelKey(label);
  return key === p.key || (p.levelKind !== undefined && p.levelKind === label.kind && key === label.kind);
}

function titleOf(c: Candidate): string {
  const text = c.para.text.trim();
  return c.label ? text.slice(titleOffsetAfter(text, c.label)) : text;
}

function endsLikeSentence(c: Candidate): boolean {
  return /[。；;，,！!？?]$/.test(titleOf(c));
}

/** Leading short paragraphs (cover lines, the title) up to the first heading; prose ends the title. */
function titleParagraphs(before: BlockNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const block of before) {
    if (block.type !== 'paragraph') break;
    if (isTocParagraph(block)) continue;
    const text = block.text.trim();
    if (text.length === 0) continue;
    if (text.length > 60 || /[。；;！!？?]$/.test(text) && text.length > 25) break;
    out.push(block);
  }
  return out;
}

function toHeading(para: ParagraphNode, placement: Placement): HeadingNode {
  const label = placement.candidate.label;
  const titleOffset = label ? titleOffsetAfter(para.text, label) : leadingSpace(para.text);
  const data = { ...para.data };
  if (placement.levelKind) data.levelKind = placement.levelKind;
  if (placement.candidate.part) data.part = true;
  const heading: HeadingNode = {
    type: 'heading',
    text: para.text,
    title: para.text.slice(titleOffset).trimEnd(),
    titleOffset,
    position: para.position,
    data,
  };
  if (label) heading.label = label;
  return heading;
}

function fixSectionEnd(section: SectionNode): Position['end'] {
  let end = section.heading.position.end;
  for (const child of section.children) {
    const childEnd = child.type === 'section' ? fixSectionEnd(child) : child.position.end;
    if (childEnd.line > end.line || (childEnd.line === end.line && childEnd.column > end.column)) end = childEnd;
  }
  section.position = { start: section.heading.position.start, end };
  return end;
}

function documentPosition(lines: string[]): Position {
  const last = Math.max(1, lines.length);
  return { start: { line: 1, column: 1 }, end: { line: last, column: (lines[last - 1]?.length ?? 0) + 1 } };
}
