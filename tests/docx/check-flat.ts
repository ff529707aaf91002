// Invariant shared by the docx tests: every text node's segments put its characters where they stand in `lines`.
import type { BlockNode, FlatDocument, TableNode, TextNode } from '../../src/model/types.js';

export function textNodesOf(blocks: BlockNode[]): TextNode[] {
  const out: TextNode[] = [];
  const table = (t: TableNode) => {
    for (const row of t.children) for (const cell of row.children) out.push(cell);
  };
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else table(b);
  }
  return out;
}

/** Problems found (empty when the document is consistent). */
export function flatProblems(doc: FlatDocument): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const node of textNodesOf(doc.blocks)) {
    const segs = node.data.segments ?? [];
    if (node.text === '' ) {
      if (segs.length) problems.push('empty text with segments');
      continue;
    }
    if (!segs.length || segs[0]!.offset !== 0) {
      problems.push(`no segment at offset 0: ${node.text.slice(0, 20)}`);
      continue;
    }
    segs.forEach((seg, i) => {
      const end = i + 1 < segs.length ? segs[i + 1]!.offset - 1 : node.text.length;
      const piece = node.text.slice(seg.offset, end);
      const line = doc.lines[seg.line - 1];
      if (line === undefined) problems.push(`segment line ${seg.line} beyond ${doc.lines.length}`);
      else if (line.slice(seg.column - 1, seg.column - 1 + piece.length) !== piece) problems.push(`line ${seg.line} does not hold "${piece.slice(0, 20)}"`);
      if (i + 1 < segs.length && node.text[segs[i + 1]!.offset - 1] !== '\n') problems.push('segments not split at a newline');
      used.add(seg.line);
    });
    if (node.position.start.line !== segs[0]!.line) problems.push(`position start ${node.position.start.line} ≠ first segment line ${segs[0]!.line}`);
  }
  if (used.size !== doc.lines.length) problems.push(`${doc.lines.length - used.size} rendered lines belong to no node`);
  return problems;
}
