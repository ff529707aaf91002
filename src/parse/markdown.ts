// Markdown / plain text → FlatDocument. remark (with GFM) finds the block structure: headings, tables, fenced code,
// HTML comments. Report text pasted from Word has one paragraph per line, no blank lines and stray indentation, so
// every source line of a paragraph (or list item, or indented "code") becomes its own ParagraphNode; its text is the
// line without Markdown syntax, and `data.segments` maps each character back to its source column.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes as MdastNode, Root as MdastRoot, Table as MdastTable } from 'mdast';
import type {
  FlatDocument, BlockNode, ParagraphNode, Segment, TableCellNode, TableNode, TableRowNode,
} from '../model/types.js';

type LineKind = 'text' | 'skip' | 'table';

interface LineInfo {
  kind: LineKind;
  headingHint?: number;
  /** The line starts with ATX heading marks ("## "). */
  atx?: boolean;
  /** Inside a block quote: strip leading ">" markers. */
  quoted?: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm);

export function readMarkdown(text: string): FlatDocument {
  const source = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const lines = source.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const info: LineInfo[] = lines.map(() => ({ kind: 'text' }));
  const tables: TableNode[] = [];
  for (const [from, to] of chunks(lines)) classifyRange(from, to, lines, info, tables);

  const blocks: BlockNode[] = [];
  const tableAtLine = new Map(tables.map((t) => [t.position.start.line, t]));
  for (let i = 0; i < lines.length; i++) {
    const line = info[i]!;
    if (line.kind === 'table') {
      const table = tableAtLine.get(i + 1);
      if (table) blocks.push(table);
      continue;
    }
    if (line.kind === 'skip') continue;
    const paragraph = lineParagraph(lines[i]!, i + 1, line);
    if (paragraph) blocks.push(paragraph);
  }
  return { format: 'markdown', lines, blocks, readerNotes: [] };
}

/**
 * Classify lines[from, to) with remark. GFM lets a table swallow the following lines even when they have no "|"
 * ("2.效益指标" right after a table becomes a row); pasted text has no blank line there, so a table ends at the first
 * row without a pipe and the rest is parsed again from that line.
 */
function classifyRange(from: number, to: number, lines: string[], info: LineInfo[], tables: TableNode[]) {
  const tree = parser.parse(lines.slice(from, to).join('\n')) as MdastRoot;
  shiftPositions(tree, from);
  const ctx: ClassifyContext = { lines, info, tables, breakAt: undefined };
  classify(tree, ctx);
  if (ctx.breakAt === undefined) return;
  const breakAt = ctx.breakAt;
  for (let i = breakAt; i < to; i++) info[i] = { kind: 'text' };
  for (let t = tables.length - 1; t >= 0; t--) if (tables[t]!.position.start.line - 1 >= breakAt) tables.splice(t, 1);
  classifyRange(breakAt, to, lines, info, tables);
}

const CHUNK_LINES = 200;
const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/**
 * micromark resolves the text of one paragraph in time that grows faster than its length, and pasted reports are one
 * paragraph of thousands of lines (no blank lines). Parse in chunks of about CHUNK_LINES lines, cut only where no
 * multi-line construct can span the cut: not inside a fence or an HTML comment, not inside or right before a table
 * row, not before a setext underline.
 */
function chunks(lines: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let fence: string | undefined;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const safeBefore = i - start >= CHUNK_LINES && !fence && !inComment && !line.includes('|') && !lines[i - 1]!.includes('|')
      && !SETEXT_UNDERLINE.test(line);
    if (safeBefore) {
      out.push([start, i]);
      start = i;
    }
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
    } else if (f) fence = f[1];
    else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = line.lastIndexOf('<!--');
      if (open !== -1 && line.indexOf('-->', open + 4) === -1) inComment = true;
    }
  }
  out.push([start, lines.length]);
  return out;
}

function shiftPositions(node: MdastNode, lineOffset: number) {
  if (lineOffset === 0) return;
  if (node.position) {
    node.position.start.line += lineOffset;
    node.position.end.line += lineOffset;
  }
  if ('children' in node) for (const child of node.children as MdastNode[]) shiftPositions(child, lineOffset);
}

interface ClassifyContext {
  lines: string[];
  info: LineInfo[];
  tables: TableNode[];
  /** 0-based line where a table was cut short; everything from here on is parsed again. */
  breakAt: number | undefined;
}

function classify(node: MdastNode, ctx: ClassifyContext, quoted = false) {
  const { lines, info, tables } = ctx;
  const pos = node.position;
  const first = pos ? pos.start.line - 1 : 0;
  const last = pos ? pos.end.line - 1 : 0;
  if (ctx.breakAt !== undefined && first >= ctx.breakAt) return;
  const mark = (from: number, to: number, patch: Partial<LineInfo>) => {
    for (let i = Math.max(0, from); i <= Math.min(to, info.length - 1); i++) Object.assign(info[i]!, patch);
  };
  switch (node.type) {
    case 'code': {
      const opening = stripQuoteMarkers(lines[first] ?? '', quoted).trimStart();
      if (/^(`{3,}|~{3,})/.test(opening)) mark(first, last, { kind: 'skip' });
      return; // indented code: pasted text with indentation, stays text
    }
    case 'html':
      if (node.value.trimStart().startsWith('<!--')) mark(first, last, { kind: 'skip' });
      return;
    case 'thematicBreak':
    case 'definition':
      mark(first, last, { kind: 'skip' });
      return;
    case 'heading': {
      const opening = stripQuoteMarkers(lines[first] ?? '', quoted).trimStart();
      if (opening.startsWith('#')) mark(first, first, { headingHint: node.depth, atx: true });
      else {
        mark(first, last - 1, { headingHint: node.depth });
        mark(last, last, { kind: 'skip' }); // setext underline
      }
      return;
    }
    case 'table': {
      const pipeless = node.children.findIndex((row) => !hasPipe(lines[row.position!.start.line - 1] ?? ''));
      if (pipeless > 0) {
        node.children = node.children.slice(0, pipeless);
        const cut = node.children[pipeless - 1]!.position!.end;
        ctx.breakAt = cut.line; // 0-based index of the line after the last real row
        node.position!.end = { ...cut };
      }
      mark(first, node.position!.end.line - 1, { kind: 'table' });
      tables.push(tableNode(node, lines, quoted));
      return;
    }
    case 'paragraph':
      return; // phrasing content (inline HTML comments are dropped per line)
    case 'blockquote':
      mark(first, last, { quoted: true });
      quoted = true;
      break;
    default:
      break;
  }
  if ('children' in node) for (const child of node.children as MdastNode[]) classify(child, ctx, quoted);
}

function hasPipe(line: string): boolean {
  return /(^|[^\\])\|/.test(line);
}

function stripQuoteMarkers(line: string, quoted: boolean): string {
  return quoted ? line.replace(/^(?:[ \t]*>[ ]?)+/, '') : line;
}

/** Columns (0-based, into the source line) of the characters that make up the text, with Markdown syntax dropped. */
function textColumns(line: string, from: number, to: number): number[] {
  const drop = new Uint8Array(line.length);
  const protect = new Uint8Array(line.length);
  const slice = line.slice(0, to);
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      if (m.index < from) continue;
      const span = m[0].length;
      let clear = true;
      for (let k = m.index; k < m.index + span; k++) if (protect[k] || drop[k]) { clear = false; break; }
      if (clear) fn(m);
      if (span === 0) re.lastIndex++;
    }
  };
  const dropRange = (a: number, b: number) => { for (let k = a; k < b; k++) drop[k] = 1; };

  // Inline code: keep the content verbatim, drop the backticks.
  each(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => {
    const open = m[1]!.length;
    dropRange(m.index, m.index + open);
    dropRange(m.index + m[0].length - open, m.index + m[0].length);
    for (let k = m.index + open; k < m.index + m[0].length - open; k++) protect[k] = 1;
  });
  // HTML comments and tags inside a line ("<center>标题</center>", "<br>").
  each(/<!--[\s\S]*?-->/g, (m) => dropRange(m.index, m.index + m[0].length));
  each(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g, (m) => dropRange(m.index, m.index + m[0].length));
  // Links and images: [text](url) → text.
  each(/(!?\[)([^\[\]]*)\]\(([^()\s]*(?:\s+"[^"]*")?)\)/g, (m) => {
    const openLen = m[1]!.length;
    dropRange(m.index, m.index + openLen);
    dropRange(m.index + openLen + m[2]!.length, m.index + m[0].length);
  });
  // Strong emphasis **x** and __x__ (a run of underscores such as "____年" is a fill-in blank, not emphasis).
  each(/\*\*(?=[^\s*])([^\n]*?[^\s*])\*\*/g, (m) => {
    dropRange(m.index, m.index + 2);
    dropRange(m.index + m[0].length - 2, m.index + m[0].length);
  });
  each(/(?<!_)__(?=[^\s_])([^_\n]*?[^\s_])__(?!_)/g, (m) => {
    dropRange(m.index, m.index + 2);
    dropRange(m.index + m[0].length - 2, m.index + m[0].length);
  });
  // Emphasis *x* (a "* " list marker has a space after it and is kept).
  each(/(?<![*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)/g, (m) => {
    dropRange(m.index, m.index + 1);
    dropRange(m.index + m[0].length - 1, m.index + m[0].length);
  });
  // Backslash escapes of ASCII punctuation.
  each(/\\(?=[!-/:-@[-`{-~])/g, (m) => dropRange(m.index, m.index + 1));

  const cols: number[] = [];
  for (let k = from; k < to; k++) if (!drop[k]) cols.push(k);
  // Trim whitespace (incl. ideographic space) at both ends, and a trailing backslash hard break.
  const isSpace = (k: number) => /[\s\u3000\ufeff]/.test(line[k]!);
  let a = 0;
  let b = cols.length;
  while (a < b && isSpace(cols[a]!)) a++;
  while (b > a && isSpace(cols[b - 1]!)) b--;
  if (b > a && line[cols[b - 1]!] === '\\' && cols[b - 1] === line.length - 1) {
    b--; // hard line break
    while (b > a && isSpace(cols[b - 1]!)) b--;
  }
  return cols.slice(a, b);
}

function textFromColumns(line: string, cols: number[], lineNo: number): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  let prev = -2;
  for (const col of cols) {
    if (col !== prev + 1) segments.push({ offset: text.length, line: lineNo, column: col + 1 });
    text += line[col];
    prev = col;
  }
  return { text, segments };
}

function lineParagraph(line: string, lineNo: number, info: LineInfo): ParagraphNode | undefined {
  let from = 0;
  if (info.quoted) from = line.length - stripQuoteMarkers(line, true).length;
  let to = line.length;
  if (info.atx) {
    const m = /^[ \t]*#{1,6}(?=[ \t]|$)[ \t]*/.exec(line.slice(from));
    if (m) from += m[0].length;
    const closing = /(?:^|[ \t]+)#+[ \t]*$/.exec(line.slice(from));
    if (closing) to = from + closing.index;
  }
  const cols = textColumns(line, from, to);
  if (cols.length === 0) return undefined;
  const { text, segments } = textFromColumns(line, cols, lineNo);
  const data: ParagraphNode['data'] = { segments };
  if (info.headingHint) data.headingHint = info.headingHint;
  return {
    type: 'paragraph',
    text,
    position: { start: { line: lineNo, column: cols[0]! + 1 }, end: { line: lineNo, column: cols[cols.length - 1]! + 2 } },
    data,
  };
}

function tableNode(table: MdastTable, lines: string[], quoted: boolean): TableNode {
  const rows: TableRowNode[] = table.children.map((row, r) => {
    const cells: TableCellNode[] = row.children.map((cell, c) => {
      const lineNo = cell.position!.start.line;
      const line = lines[lineNo - 1] ?? '';
      let from = cell.position!.start.column - 1;
      let to = cell.position!.end.column - 1;
      if (quoted && from === 0) from = line.length - stripQuoteMarkers(line, true).length;
      if (line[from] === '|') from++;
      if (to > from && line[to - 1] === '|' && line[to - 2] !== '\\') to--;
      const cols = textColumns(line, from, to);
      const { text, segments } = textFromColumns(line, cols, lineNo);
      const start = cols.length ? cols[0]! + 1 : from + 1;
      const end = cols.length ? cols[cols.length - 1]! + 2 : from + 1;
      return {
        type: 'tableCell',
        text,
        colSpan: 1,
        rowSpan: 1,
        gridColumn: c,
        position: { start: { line: lineNo, column: start }, end: { line: lineNo, column: end } },
        data: { segments: segments.length ? segments : [{ offset: 0, line: lineNo, column: start }] },
      };
    });
    const out: TableRowNode = { type: 'tableRow', children: cells, position: toPosition(row.position!), data: {} };
    if (r === 0) out.isHeader = true;
    return out;
  });
  return { type: 'table', children: rows, position: toPosition(table.position!), data: {} };
}

function toPosition(p: { start: { line: number; column: number }; end: { line: number; column: number } }) {
  return { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } };
}
