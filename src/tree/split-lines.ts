// A Word paragraph with soft line breaks (Shift+Enter) is often several report paragraphs pasted as one:
// "一、部门基本情况\n（一）部门概况\n鹿泉区科学技术协会是…". As in Markdown, a numbered line after a line break must be
// a heading candidate, so such paragraphs are split into one paragraph per line before headings are decided.
import type { BlockNode, ParagraphNode, Point, Segment } from '../model/types.js';
import { parseLabel } from './labels.js';

export function splitSoftBreaks(blocks: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.text.includes('\n') && hasNumberedLaterLine(block.text)) out.push(...splitParagraph(block));
    else out.push(block);
  }
  return out;
}

function hasNumberedLaterLine(text: string): boolean {
  return text.split('\n').slice(1).some((line) => parseLabel(line) !== undefined);
}

function splitParagraph(para: ParagraphNode): ParagraphNode[] {
  const segments = para.data.segments ?? [];
  const parts: ParagraphNode[] = [];
  let offset = 0;
  for (const line of para.text.split('\n')) {
    const from = offset;
    const to = offset + line.length;
    offset = to + 1;
    if (line.trim() === '') continue;
    const start = pointAt(segments, from, para.position.start);
    const last = pointAt(segments, to - 1, para.position.start);
    const data: ParagraphNode['data'] = { ...para.data, segments: sliceSegments(segments, from, to, start) };
    if (parts.length > 0 || from > 0) {
      delete data.headingHint; // the style's heading level belongs to the first line
      delete data.autoLabel;
    }
    parts.push({ type: 'paragraph', text: line, position: { start, end: { line: last.line, column: last.column + 1 } }, data });
  }
  return parts.length > 0 ? parts : [para];
}

function pointAt(segments: Segment[], offset: number, fallback: Point): Point {
  let seg: Segment | undefined;
  for (const s of segments) {
    if (s.offset <= offset) seg = s;
    else break;
  }
  return seg ? { line: seg.line, column: seg.column + (offset - seg.offset) } : fallback;
}

function sliceSegments(segments: Segment[], from: number, to: number, start: Point): Segment[] {
  const out: Segment[] = [{ offset: 0, line: start.line, column: start.column }];
  for (const s of segments) {
    if (s.offset > from && s.offset < to) out.push({ offset: s.offset - from, line: s.line, column: s.column });
  }
  return out;
}
