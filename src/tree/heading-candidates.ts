// Which paragraphs could be headings, before levels are decided: numbered lines that are not prose, unlabelled lines
// with a heading style / Markdown "#", never table-of-contents lines.
import type { BlockNode, NumberingLabel, ParagraphNode } from '../model/types.js';
import { parseLabel, titleOffsetAfter } from './labels.js';
import { isTocParagraph, markToc } from './toc.js';

export interface Candidate {
  /** Index of the paragraph in the flat block list. */
  index: number;
  para: ParagraphNode;
  label?: NumberingLabel;
  hint?: number;
  /** "第一部分 部门概况", "第二章 …": a part of the report, above 一、. */
  part?: boolean;
}

const labelCache = new WeakMap<ParagraphNode, { text: string; label: NumberingLabel | undefined }>();

/** The numbering label at the start of a paragraph; "auto" when Word's numbering produced it. Cached per node. */
export function labelOf(para: ParagraphNode): NumberingLabel | undefined {
  const cached = labelCache.get(para);
  if (cached && cached.text === para.text) return cached.label;
  const label = computeLabel(para);
  labelCache.set(para, { text: para.text, label });
  return label;
}

function computeLabel(para: ParagraphNode): NumberingLabel | undefined {
  const label = parseLabel(para.text);
  if (!label) return undefined;
  const auto = para.data.autoLabel;
  if (typeof auto === 'string' && auto.length > 0 && para.text.trimStart().startsWith(auto.trim())) label.source = 'auto';
  return label;
}

const SENTENCE_END = /[。！？!?；;]/;

/** The first sentence of a title and whether more text follows it. */
function sentenceShape(title: string): { first: number; more: boolean } {
  const m = SENTENCE_END.exec(title);
  if (!m) return { first: title.length, more: false };
  const rest = title.slice(m.index + 1).trim();
  return { first: m.index, more: rest.replace(/[”’"')）】\s]/g, '').length >= 2 };
}

/**
 * A numbered line that is really a paragraph of prose (several sentences, or very long): body text with a label,
 * never a heading. 一、/（一） lines are allowed run-in text after a short first sentence.
 */
export function isProse(text: string, label: NumberingLabel): boolean {
  const title = text.slice(titleOffsetAfter(text, label)).trim();
  const { first, more } = sentenceShape(title);
  if (label.kind === 'chinese' || label.kind === 'paren-chinese') {
    return (more && first > 30) || title.length > 150;
  }
  return more || title.length > 60;
}

const PART = /^第([一二三四五六七八九十〇零两]{1,3})(部分|章|篇)/;

/** "第一部分 部门概况" / "第二章" as a short line of its own: a part heading (there is no LabelKind for it). */
export function isPartHeading(text: string): boolean {
  const trimmed = text.trim();
  const m = PART.exec(trimmed);
  if (!m) return false;
  const rest = trimmed.slice(m[0].length).trim();
  return rest.length <= 30 && !/[。；;，,！？!?]/.test(rest) && !/^[的是中为和与及]/.test(rest);
}

export function findCandidates(blocks: BlockNode[]): Candidate[] {
  markToc(blocks);
  const out: Candidate[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph') return;
    if (isTocParagraph(block)) return;
    const hint = typeof block.data.headingHint === 'number' && block.data.headingHint > 0 ? block.data.headingHint : undefined;
    if (isPartHeading(block.text)) {
      out.push({ index, para: block, part: true, hint });
      return;
    }
    const label = labelOf(block);
    if (label) {
      if (!isProse(block.text, label)) out.push({ index, para: block, label, hint });
    } else if (hint !== undefined && block.text.trim().length > 0) {
      out.push({ index, para: block, hint });
    }
  });
  return out;
}

/**
 * Whether any block with content (a table, or a paragraph that is not blank and not a table-of-contents line) lies
 * strictly between two block indexes. Prefix sums make each question O(1).
 */
export function contentBetween(blocks: BlockNode[]): (from: number, to: number) => boolean {
  const prefix = new Int32Array(blocks.length + 1);
  blocks.forEach((b, i) => {
    const counts = b.type === 'table' || (b.text.trim().length > 0 && !b.data.toc);
    prefix[i + 1] = prefix[i]! + (counts ? 1 : 0);
  });
  return (from, to) => to - 1 > from && prefix[Math.min(to, blocks.length)]! - prefix[Math.max(0, from + 1)]! > 0;
}

