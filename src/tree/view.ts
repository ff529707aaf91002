// The document as a reader sees it (headings, paragraphs, tables with merged cells), as plain data that can cross a
// worker boundary and be cached: each text carries its offset → (line, column) map in the text rendering, so findings
// (which point into the rendering) can be placed on the exact characters they are about. Built only when a format
// asks for it (html, serve): a normal run never pays for it.
import type { LintDocument } from '../model/document.js';
import type { BlockNode, HeadingNode, InputFormat, ParagraphNode, SectionNode, TableCellNode } from '../model/types.js';

/** Flat triples [offset, line, column, offset, line, column, …] as in NodeData.segments, compact for cloning. */
export type FlatSegments = number[];

export interface ViewText {
  text: string;
  segments: FlatSegments;
}

export interface ViewCell extends ViewText {
  colSpan: number;
  rowSpan: number;
}

export type ViewBlock =
  | ({ kind: 'heading'; depth: number } & ViewText)
  | ({ kind: 'paragraph'; cover?: boolean } & ViewText)
  | { kind: 'table'; rows: { header?: boolean; cells: ViewCell[] }[] };

export interface DocumentView {
  format: InputFormat;
  blocks: ViewBlock[];
}

function textOf(node: ParagraphNode | HeadingNode | TableCellNode): ViewText {
  const segments = node.data.segments;
  const flat: FlatSegments = [];
  if (segments?.length) for (const s of segments) flat.push(s.offset, s.line, s.column);
  else flat.push(0, node.position.start.line, node.position.start.column);
  return { text: node.text, segments: flat };
}

export function documentView(doc: LintDocument): DocumentView {
  const blocks: ViewBlock[] = [];
  const cover = new Set<unknown>(doc.root.data.titleNodes);
  const block = (node: BlockNode) => {
    if (node.type === 'paragraph') {
      blocks.push({ kind: 'paragraph', ...textOf(node), ...(cover.has(node) ? { cover: true } : {}) });
      return;
    }
    blocks.push({
      kind: 'table',
      rows: node.children.map((row) => ({
        ...(row.isHeader ? { header: true } : {}),
        cells: row.children.map((cell) => ({ ...textOf(cell), colSpan: cell.colSpan, rowSpan: cell.rowSpan })),
      })),
    });
  };
  const section = (node: SectionNode) => {
    blocks.push({ kind: 'heading', depth: node.depth, ...textOf(node.heading) });
    for (const child of node.children) child.type === 'section' ? section(child) : block(child);
  };
  for (const child of doc.root.children) child.type === 'section' ? section(child) : block(child);
  return { format: doc.format, blocks };
}
