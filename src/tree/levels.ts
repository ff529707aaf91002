// Decides the depth of each heading candidate with a stack of open headings. Labels decide, styles are hints.
// Real reports get their numbering wrong, so the placement tolerates the usual mistakes:
//  - "（3）" after （一）（二） continues the （一） sequence (same brackets, other numerals) instead of going deeper;
//  - "（1）" directly under 三、, followed later by "（二）", is the first item of the （一） level (look ahead);
//  - a label with value 1 right after a heading of the same kind, nothing in between, is its first child
//    ("（二）分项绩效…" then "（一)科普活动…").
import type { BlockNode, LabelKind, NumberingLabel } from '../model/types.js';
import type { Candidate } from './heading-candidates.js';
import { confusableKind, kindRank } from './labels.js';
import { contentBetween, labelOf } from './heading-candidates.js';

export interface Placement {
  candidate: Candidate;
  depth: number;
  /** The kind of sequence the heading belongs to: its own label kind, or the kind it continues by mistake. */
  levelKind?: LabelKind;
  /** Key of the level: label kind (multi-level with its length) or "hint:N" for unlabelled headings. */
  key: string;
  value: number;
}

export interface LevelHints {
  /** headingHint → depth, learned from labelled headings with that hint (the shallowest). */
  hintDepth: Map<number, number>;
  /** level key → usual depth, learned from a previous placement. */
  keyDepth: Map<string, number>;
  /** Without labelled headings to learn from: each distinct hint's rank (the smallest hint in use → depth 1). */
  hintRank?: Map<number, number>;
}

/** Rank of each distinct heading hint of the unlabelled candidates: hints 2, 3, 5 → depths 1, 2, 3. */
export function rankHints(candidates: Candidate[]): Map<number, number> {
  const distinct = [...new Set(candidates.filter((c) => !c.label && !c.part && c.hint !== undefined).map((c) => c.hint!))].sort((a, b) => a - b);
  return new Map(distinct.map((h, i) => [h, i + 1]));
}

/**
 * The sequence a label belongs to. "1." "1、" "1．" "1）" are one sequence (writers mix them); a bare "1 概述" is a
 * different one (chapter numbers of technical documents); multi-level labels by their length.
 */
export function levelKey(label: NumberingLabel): string {
  if (label.kind === 'multi-level') return `multi-level:${label.path?.length ?? 2}`;
  if (label.kind === 'arabic' && !label.suffix && !label.close) return 'arabic-bare';
  return label.kind;
}

export function placeHeadings(blocks: BlockNode[], candidates: Candidate[], hints: LevelHints): Placement[] {
  const hasContent = contentBetween(blocks);
  const stack: Placement[] = [];
  const out: Placement[] = [];
  const innermost = (key: string) => {
    for (let j = stack.length - 1; j >= 0; j--) if (stack[j]!.key === key) return j;
    return -1;
  };
  const push = (p: Placement) => { stack.push(p); out.push(p); };

  candidates.forEach((c, i) => {
    const top = stack[stack.length - 1];
    const contentSinceTop = top ? hasContent(top.candidate.index, c.index) : true;
    if (!c.label) {
      const target = c.part ? 1 : hintToDepth(c.hint ?? 1, hints);
      while (stack.length >= target) stack.pop();
      push({ candidate: c, depth: stack.length + 1, key: `hint:${c.hint}`, value: 0 });
      return;
    }
    const label = c.label;
    const key = levelKey(label);
    const same = innermost(key);
    if (same >= 0) {
      const sibling = stack[same]!;
      if (label.value === 1 && same === stack.length - 1 && !contentSinceTop) {
        push({ candidate: c, depth: sibling.depth + 1, levelKind: sibling.levelKind, key, value: 1 });
        return;
      }
      stack.length = same;
      push({ candidate: c, depth: sibling.depth, levelKind: sibling.levelKind, key, value: label.value });
      return;
    }
    const other = confusableKind(label.kind);
    if (other) {
      const j = innermost(other);
      if (j >= 0) {
        const entry = stack[j]!;
        if (label.value === entry.value + 1 && !kindBetween(blocks, label.kind, entry.candidate.index, c.index)) {
          stack.length = j;
          push({ candidate: c, depth: entry.depth, levelKind: entry.levelKind, key: other, value: label.value });
          return;
        }
      } else if (label.value === 1 && kindRank(label.kind) > kindRank(other) && continuesAsOther(blocks, candidates, i, label.kind, other)) {
        popUnlabelledBelow(stack, other, hints, c.hint);
        push({ candidate: c, depth: stack.length + 1, levelKind: other, key: other, value: 1 });
        return;
      }
    }
    popUnlabelledBelow(stack, key, hints, c.hint);
    push({ candidate: c, depth: stack.length + 1, levelKind: label.kind, key, value: label.value });
  });
  return out;
}

/**
 * An unlabelled (style-only) heading is closed by a numbered heading of the same or a higher style, or of a kind
 * that usually sits at its depth or above.
 */
function popUnlabelledBelow(stack: Placement[], key: string, hints: LevelHints, hint: number | undefined) {
  const usual = hints.keyDepth.get(key);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.candidate.label || top.candidate.part) break;
    const sameOrHigherStyle = hint !== undefined && top.candidate.hint !== undefined && top.candidate.hint >= hint;
    if (!sameOrHigherStyle && (usual === undefined || top.depth < usual)) break;
    stack.pop();
  }
}

export function hintToDepth(hint: number, hints: LevelHints): number {
  const known = hints.hintDepth.get(hint);
  if (known !== undefined) return known;
  let best: [number, number] | undefined;
  for (const [h, d] of hints.hintDepth) if (!best || Math.abs(h - hint) < Math.abs(best[0] - hint)) best = [h, d];
  if (best) return Math.max(1, best[1] + hint - best[0]);
  return hints.hintRank?.get(hint) ?? Math.max(1, hint);
}

/** Whether a paragraph starting with a label of `kind` lies strictly between two block indexes. */
function kindBetween(blocks: BlockNode[], kind: LabelKind, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const b = blocks[k]!;
    if (b.type === 'paragraph' && labelOf(b)?.kind === kind) return true;
  }
  return false;
}

/**
 * "（1）" whose level is later continued by "（二）": look ahead, within the parent's scope, for the other kind's
 * value 2 before either sequence shows up otherwise.
 */
function continuesAsOther(blocks: BlockNode[], candidates: Candidate[], i: number, kind: LabelKind, other: LabelKind): boolean {
  const c = candidates[i]!;
  const ceiling = Math.min(kindRank(kind), kindRank(other));
  for (let k = i + 1; k < candidates.length; k++) {
    const d = candidates[k]!;
    if (!d.label) return false; // an unlabelled or part heading ends the parent's scope
    if (kindRank(d.label.kind) < ceiling) return false;
    if (d.label.kind === kind) return false;
    if (d.label.kind === other) {
      return d.label.value === 2 && !kindBetween(blocks, kind, c.index, d.index);
    }
  }
  return false;
}

/** Learn hint → depth (shallowest) and key → depth (most frequent) from a placement. */
export function learnHints(placements: Placement[]): LevelHints {
  const hintVotes = new Map<number, Map<number, number>>();
  const keyVotes = new Map<string, Map<number, number>>();
  const vote = <K>(votes: Map<K, Map<number, number>>, k: K, depth: number) => {
    const m = votes.get(k) ?? new Map<number, number>();
    m.set(depth, (m.get(depth) ?? 0) + 1);
    votes.set(k, m);
  };
  for (const p of placements) {
    if (!p.candidate.label) continue;
    if (p.candidate.hint !== undefined) vote(hintVotes, p.candidate.hint, p.depth);
    vote(keyVotes, p.key, p.depth);
  }
  const winner = (m: Map<number, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  // A style used at several depths ("Heading 3" on （一） and on （1） items): an unlabelled heading in that style
  // takes the shallowest, so it never hides inside a numbered list.
  const shallowest = (m: Map<number, number>) => Math.min(...m.keys());
  return {
    hintDepth: new Map([...hintVotes].map(([h, m]) => [h, shallowest(m)])),
    keyDepth: new Map([...keyVotes].map(([k, m]) => [k, winner(m)])),
  };
}
