// mammoth's document model + the sidecar → FlatDocument: one rendered line per paragraph (a line break inside a
// paragraph starts a new line), one per table-cell paragraph, footnotes/endnotes after the body. Empty paragraphs
// are skipped everywhere, so lines and node positions always agree.
import type { BlockNode, ParagraphNode, Point, ReaderNote, Segment, TableCellNode, TableNode, TableRowNode } from '../../model/types.js';
import { MARKER_PREFIX, type ParagraphInfo, type Sidecar } from './sidecar.js';

export interface MNode {
  type: string;
  value?: string;
  name?: string;
  breakType?: string;
  checked?: boolean;
  styleId?: string | null;
  styleName?: string | null;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
  children?: MNode[];
  body?: MNode[];
  noteType?: string;
  numbering?: { level: string; isOrdered: boolean } | null;
  alignment?: string | null;
  isBold?: boolean;
  commentId?: string;
}

export interface MDocument extends MNode {
  notes?: { _notes?: Record<string, MNode> };
  comments?: MNode[];
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/i;
const TOC_STYLE = /^(?:toc|目录)\s*[1-9]$/i;

/** Where a rendered line comes from: the source paragraph (its `__pN` index), the offset of the line in that
 * paragraph's rendered text, and how many leading characters of that text are an automatic numbering label. */
export interface LineSource {
  paragraph: number;
  offset: number;
  labelLength: number;
}

interface RenderedText {
  text: string;
  segments: Segment[];
  start: Point;
  end: Point;
}

export class Flattener {
  readonly lines: string[] = [];
  readonly blocks: BlockNode[] = [];
  readonly notes: ReaderNote[] = [];
  /** How the join with the sidecar went (tests and measurements). */
  readonly stats = { paragraphs: 0, unmapped: 0, mammothNumbered: 0, labelled: 0, numberedWithoutLabel: 0, labelWithoutNumbering: 0 };

  /** Per rendered line (index = line − 1), its source paragraph; undefined for lines without one (notes, unmapped). */
  readonly lineSources: (LineSource | undefined)[] = [];

  /** Rendered lines each Word comment is anchored to (comment id → first and last line). */
  readonly commentLines = new Map<string, { first: number; last: number }>();

  private inNotes = false;

  constructor(private readonly sidecar: Sidecar) {}

  body(doc: MDocument): void {
    for (const child of doc.children ?? []) this.block(child, {});
    const notes = Object.values(doc.notes?._notes ?? {});
    this.inNotes = true;
    for (const note of notes) {
      for (const child of note.body ?? []) this.block(child, { note: true, noteType: note.noteType });
    }
  }

  private block(node: MNode, extra: Record<string, unknown>): void {
    if (node.type === 'paragraph') {
      const p = this.paragraph(node, extra);
      if (p) this.blocks.push(p);
    } else if (node.type === 'table') {
      const t = this.table(node);
      if (extra['note']) t.data['note'] = true;
      this.blocks.push(t);
    } else {
      for (const child of node.children ?? []) this.block(child, extra);
    }
  }

  private infoOf(paragraph: MNode): ParagraphInfo | undefined {
    const marker = lastMarker(paragraph);
    return marker === undefined ? undefined : this.sidecar.paragraphs[marker];
  }

  /** Paragraph text as the user sees it (automatic label first); undefined for TOC entries. */
  private paragraphText(node: MNode): { text: string; info?: ParagraphInfo; marker?: number; labelLength: number } | undefined {
    if (node.styleName && TOC_STYLE.test(node.styleName)) return undefined;
    const marker = lastMarker(node);
    const info = marker === undefined ? undefined : this.sidecar.paragraphs[marker];
    const content = inlineText(node);
    if (content.trim() === '') return undefined;
    const label = info?.label;
    const s = this.stats;
    s.paragraphs++;
    if (!info && !this.inNotes) s.unmapped++;
    if (node.numbering) s.mammothNumbered++;
    if (label) s.labelled++;
    if (node.numbering && !label) s.numberedWithoutLabel++;
    if (label && !node.numbering) s.labelWithoutNumbering++;
    return { text: label ? label.label + label.separator + content : content, info, marker: this.inNotes ? undefined : marker, labelLength: label ? label.label.length + label.separator.length : 0 };
  }

  private paragraph(node: MNode, extra: Record<string, unknown>): ParagraphNode | undefined {
    const para = this.paragraphText(node);
    if (!para) return undefined;
    const r = this.emit(para.text, para);
    this.recordComments(node, r.start.line, r.end.line);
    const data: ParagraphNode['data'] = { segments: r.segments, ...extra };
    const style = node.styleName ?? node.styleId ?? undefined;
    if (style) data.style = style;
    const level = headingLevel(style, para.info);
    if (level !== undefined) data.headingHint = level;
    if (para.info?.label) data.autoLabel = para.info.label.label;
    if (node.alignment) data['alignment'] = node.alignment;
    if (para.info?.inTextBox) data['textBox'] = true;
    if (para.info?.hasRevision) data['revision'] = true;
    if (allBold(node)) data['bold'] = true;
    return { type: 'paragraph', text: para.text, position: { start: r.start, end: r.end }, data };
  }

  private recordComments(node: MNode, first: number, last: number) {
    const walk = (n: MNode) => {
      if (n.type === 'commentReference' && n.commentId !== undefined) {
        const known = this.commentLines.get(n.commentId);
        this.commentLines.set(n.commentId, { first: Math.min(known?.first ?? first, first), last: Math.max(known?.last ?? last, last) });
      }
      if (n.type !== 'table') for (const c of n.children ?? []) walk(c);
    };
    walk(node);
  }

  /** Append `text` to the rendering (each "\n" starts a new line). */
  private emit(text: string, source: { marker?: number; labelLength: number }): RenderedText {
    const parts = text.split('\n');
    const segments: Segment[] = [];
    let offset = 0;
    const firstLine = this.lines.length + 1;
    for (const part of parts) {
      segments.push({ offset, line: this.lines.length + 1, column: 1 });
      this.lineSources.push(source.marker === undefined ? undefined : { paragraph: source.marker, offset, labelLength: source.labelLength });
      this.lines.push(part);
      offset += part.length + 1;
    }
    const lastLine = this.lines.length;
    return { text, segments, start: { line: firstLine, column: 1 }, end: { line: lastLine, column: parts[parts.length - 1]!.length + 1 } };
  }

  private here(): Point {
    const n = this.lines.length;
    return n === 0 ? { line: 1, column: 1 } : { line: n, column: this.lines[n - 1]!.length + 1 };
  }

  private table(node: MNode): TableNode {
    const rows: TableRowNode[] = [];
    const occupied: boolean[][] = [];
    const start = this.here();
    let first: Point | undefined;
    (node.children ?? []).forEach((rowNode, rowIndex) => {
      if (rowNode.type !== 'tableRow') return;
      const gridBefore = this.gridBefore(rowNode);
      const cells: TableCellNode[] = [];
      let col = gridBefore;
      for (const cellNode of rowNode.children ?? []) {
        if (cellNode.type !== 'tableCell') continue;
        const colSpan = Math.max(1, cellNode.colSpan ?? 1);
        const rowSpan = Math.max(1, cellNode.rowSpan ?? 1);
        while (occupied[rowIndex]?.[col]) col++;
        const cell = this.cell(cellNode, colSpan, rowSpan, col);
        first ??= cell.segments.length ? cell.position.start : undefined;
        for (let r = rowIndex; r < rowIndex + rowSpan; r++) {
          const row = (occupied[r] ??= []);
          for (let c = col; c < col + colSpan; c++) row[c] = true;
        }
        col += colSpan;
        cells.push(cell.node);
      }
      const rowStart = cells.find((c) => c.data.segments?.length)?.position.start ?? (cells[0]?.position.start ?? this.here());
      const row: TableRowNode = { type: 'tableRow', children: cells, position: { start: rowStart, end: this.here() }, data: {} };
      if (rowNode.isHeader) row.isHeader = true;
      rows.push(row);
    });
    return { type: 'table', children: rows, position: { start: first ?? start, end: this.here() }, data: {} };
  }

  /** gridBefore of the row, from the sidecar info of a paragraph directly inside one of its cells. */
  private gridBefore(rowNode: MNode): number {
    for (const cell of rowNode.children ?? []) {
      for (const child of cell.children ?? []) {
        if (child.type !== 'paragraph') continue;
        const info = this.infoOf(child);
        if (info?.row) return info.row.gridBefore;
      }
    }
    return 0;
  }

  private cell(node: MNode, colSpan: number, rowSpan: number, gridColumn: number): { node: TableCellNode; segments: Segment[]; position: { start: Point; end: Point } } {
    const firstIndex = this.lines.length;
    const before = this.here();
    const nested: TableNode[] = [];
    const visit = (children: MNode[]) => {
      for (const child of children) {
        if (child.type === 'paragraph') {
          const para = this.paragraphText(child);
          if (para) {
            const r = this.emit(para.text, para);
            this.recordComments(child, r.start.line, r.end.line);
          }
        } else if (child.type === 'table') {
          nested.push(this.table(child));
        } else if (child.children) {
          visit(child.children);
        }
      }
    };
    visit(node.children ?? []);
    const cellLines = this.lines.slice(firstIndex);
    const segments: Segment[] = [];
    let offset = 0;
    cellLines.forEach((line, i) => {
      segments.push({ offset, line: firstIndex + i + 1, column: 1 });
      offset += line.length + 1;
    });
    const position = cellLines.length
      ? { start: { line: firstIndex + 1, column: 1 }, end: this.here() }
      : { start: before, end: before };
    const cell: TableCellNode = {
      type: 'tableCell',
      text: cellLines.join('\n'),
      colSpan,
      rowSpan,
      gridColumn,
      position,
      data: { segments },
    };
    if (nested.length) cell.data['nestedTables'] = nested;
    return { node: cell, segments, position };
  }
}

function headingLevel(style: string | undefined, info: ParagraphInfo | undefined): number | undefined {
  const m = style ? HEADING_STYLE.exec(style.trim()) : null;
  if (m) return Number(m[1]);
  const outline = info?.outlineLvl;
  return outline !== undefined && outline >= 0 && outline <= 8 ? outline + 1 : undefined;
}

/** Every run with visible text is directly bold (a heading cue in reports typed without heading styles). */
function allBold(node: MNode): boolean {
  let runs = 0;
  let bold = true;
  const walk = (n: MNode) => {
    if (n.type === 'run') {
      if (inlineText(n).trim() === '') return;
      runs++;
      if (!n.isBold) bold = false;
      return;
    }
    if (n.type !== 'table') for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return runs > 0 && bold;
}

/** The paragraph's last `__pN` marker: a deleted paragraph mark merges source paragraphs, the last one wins. */
function lastMarker(node: MNode): number | undefined {
  let found: number | undefined;
  const walk = (n: MNode) => {
    if (n.type === 'bookmarkStart' && n.name?.startsWith(MARKER_PREFIX)) {
      const v = Number(n.name.slice(MARKER_PREFIX.length));
      if (Number.isInteger(v)) found = v;
    }
    if (n.type !== 'table') for (const c of n.children ?? []) walk(c);
  };
  for (const c of node.children ?? []) walk(c);
  return found;
}

/** Text of a paragraph's inline content: tabs kept, line breaks as "\n", page/column breaks dropped. */
export function inlineText(node: MNode): string {
  let out = '';
  const walk = (n: MNode) => {
    switch (n.type) {
      case 'text': out += n.value ?? ''; return;
      case 'tab': out += '\t'; return;
      case 'break': if (n.breakType === 'line' || n.breakType === undefined) out += '\n'; return;
      case 'checkbox': out += n.checked ? '☑' : '☐'; return;
      case 'noteReference':
      case 'commentReference':
      case 'image':
      case 'bookmarkStart':
      case 'table':
        return;
      default:
        for (const c of n.children ?? []) walk(c);
    }
  };
  for (const c of node.children ?? []) walk(c);
  // A paragraph ending in a line break would leave an empty rendered line behind.
  return out.replace(/\n+$/, '').replace(/\r/g, '');
}
