// Markdown / plain text → FlatDocument. remark (with GFM tables) finds the block structure: headings, tables, fenced code,
// HTML comments. Report text pasted from Word has one paragraph per line, no blank lines and stray indentation, so
// every source line of a paragraph (or list item, or indented "code") becomes its own ParagraphNode; its text is the
// line without Markdown syntax, and `data.segments` maps each character back to its source column.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Nodes as MdastNode, Root as MdastRoot, Table as MdastTable } from 'mdast';
import type {
  FlatDocument, BlockNode, ParagraphNode, TableCellNode, TableNode, TableRowNode,
} from '../model/types.js';
import { textColumns, textFromColumns } from './markdown-inline.js';
import { READ_ERRORS } from './errors.js';

type LineKind = 'text' | 'skip' | 'table';

interface LineInfo {
  kind: LineKind;
  headingHint?: number;
  /** The line starts with ATX heading marks ("## "). */
  atx?: boolean;
  /** Inside a block quote: strip leading ">" markers. */
  quoted?: boolean;
}

/**
 * GFM tables are the only GFM syntax that can reach remark: blockSkeleton leaves no inline content for strikethrough,
 * autolinks, footnotes or task items. So only the table extension is used, without remark-gfm, whose
 * mdast-util-gfm* packages pull in mdast-util-to-markdown (dozens of modules at start-up) that parsing never uses.
 * The mdast side is mdast-util-gfm-table's gfmTableFromMarkdown, written out here for the same reason.
 */
const tableFromMarkdown: FromMarkdownExtension = {
  enter: {
    table(this: CompileContext, token: Token) {
      const align = (token as Token & { _align?: string[] })._align ?? [];
      this.enter({ type: 'table', align: align.map((d) => (d === 'none' ? null : d)) as MdastTable['align'], children: [] }, token);
      tableData(this).inTable = true;
    },
    tableData: enterCell,
    tableHeader: enterCell,
    tableRow(this: CompileContext, token: Token) {
      this.enter({ type: 'tableRow', children: [] }, token);
    },
  },
  exit: {
    codeText(this: CompileContext, token: Token) {
      let value = this.resume();
      // Escaped pipes in code inside a table cell are unescaped (backslashes are not).
      if (tableData(this).inTable) value = value.replace(/\\([\\|])/g, (all, ch: string) => (ch === '|' ? ch : all));
      const node = this.stack[this.stack.length - 1];
      if (node?.type === 'inlineCode') node.value = value;
      this.exit(token);
    },
    table(this: CompileContext, token: Token) {
      this.exit(token);
      tableData(this).inTable = undefined;
    },
    tableData: exitToken,
    tableHeader: exitToken,
    tableRow: exitToken,
  },
};

function enterCell(this: CompileContext, token: Token) {
  this.enter({ type: 'tableCell', children: [] }, token);
}

function exitToken(this: CompileContext, token: Token) {
  this.exit(token);
}

function tableData(context: CompileContext): { inTable?: boolean } {
  return context.data as { inTable?: boolean };
}

const parser = unified().use(remarkParse).data('micromarkExtensions', [gfmTable()]).data('fromMarkdownExtensions', [tableFromMarkdown]);

/**
 * Deepest block-quote / list nesting accepted on one line. Reports pasted from Word have none or a few levels; 50 000
 * nested ">" took the parser minutes, so the answer depended on the machine's speed. Counted here, the same bytes get
 * the same refusal everywhere.
 */
export const MAX_MARKDOWN_NESTING = 100;
const CONTAINER_PREFIX = /^(?:[ \t]{0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/gm;

function checkNesting(source: string): void {
  for (const match of source.matchAll(CONTAINER_PREFIX)) {
    if (match[0].length <= MAX_MARKDOWN_NESTING) continue;
    let depth = 0;
    for (const _ of match[0].matchAll(/>|[-*+][ \t]|\d{1,9}[.)][ \t]/g)) depth++;
    if (depth > MAX_MARKDOWN_NESTING) throw READ_ERRORS.tooDeep('引用（>）或列表', 'a block quote (>) or list', MAX_MARKDOWN_NESTING, false);
  }
}

export function readMarkdown(text: string): FlatDocument {
  const source = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  checkNesting(source);
  const lines = source.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const info: LineInfo[] = lines.map(() => ({ kind: 'text' }));
  const tables: TableNode[] = [];
  const skeleton = lines.map(blockSkeleton);
  for (const [from, to] of chunks(lines)) {
    // pasted text without any block syntax: every line is a text line, no need to parse
    if (lines.slice(from, to).some(isStructural)) classifyRange(from, to, { lines, skeleton, info, tables });
  }

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
function classifyRange(from: number, to: number, doc: DocumentLines) {
  const { info, tables } = doc;
  const tree = parser.parse(doc.skeleton.slice(from, to).join('\n')) as MdastRoot;
  shiftPositions(tree, from);
  const ctx: ClassifyContext = { lines: doc.lines, info, tables, breakAt: undefined };
  classify(tree, ctx);
  if (ctx.breakAt === undefined) return;
  const breakAt = ctx.breakAt;
  for (let i = breakAt; i < to; i++) info[i] = { kind: 'text' };
  for (let t = tables.length - 1; t >= 0; t--) if (tables[t]!.position.start.line - 1 >= breakAt) tables.splice(t, 1);
  classifyRange(breakAt, to, doc);
}

interface DocumentLines {
  lines: string[];
  /** The lines as remark sees them (blockSkeleton). */
  skeleton: string[];
  info: LineInfo[];
  tables: TableNode[];
}

const THEMATIC_BREAK = /^ {0,3}([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_PREFIX = /^(?:[ \t]*>)*[ \t]*(?:(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)*/;
const FENCE_START = /^(?:`{3,}|~{3,})/;

/**
 * Whether a line can change how its neighbours are classified: a table row, fence, heading mark, HTML block start,
 * block quote, link definition, thematic break or setext underline. List markers and indentation do not matter
 * here, since list items and indented lines are text lines anyway.
 */
function isStructural(line: string): boolean {
  if (line.includes('|') || THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line) || /^[ \t]*>/.test(line)) return true;
  const rest = line.slice(BLOCK_PREFIX.exec(line)?.[0].length ?? 0);
  return /^(?:#|`{3}|~{3}|<|\[[^\]]*\]:)/.test(rest);
}

/**
 * The line as remark needs to see it. Only the block structure is taken from remark (inline syntax is read per line
 * later), and micromark spends most of its time, sometimes quadratic time (runs of "**", "[", "`"), on inline
 * content. So the text after the block prefix (indentation, ">", list marker) becomes one placeholder character;
 * lines that decide block structure by their content are kept: fences, thematic breaks, setext underlines, ATX
 * marks, HTML starts and ends, and table lines (with inline characters replaced one for one, as cell columns are read
 * from remark's positions).
 */
function blockSkeleton(line: string): string {
  if (line.trim() === '' || THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line)) return line;
  const prefix = BLOCK_PREFIX.exec(line)?.[0].length ?? 0;
  const rest = line.slice(prefix);
  if (rest === '' || FENCE_START.test(rest) || rest.startsWith('<')) return line;
  // table rows, and lines that may end an HTML block ("-->", "</pre>", "?>")
  if (line.includes('|') || rest.includes('>')) return line.slice(0, prefix) + rest.replace(/[*_`[\]]|\\(?!\|)/g, 'x');
  const atx = /^#{1,6}(?=[ \t]|$)[ \t]*/.exec(rest);
  if (atx) return line.slice(0, prefix) + atx[0] + (rest.length > atx[0].length ? 'x' : '');
  return `${line.slice(0, prefix)}x`;
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
      const opening = lines[first] ?? '';
      if (FENCE_START.test(opening.slice(BLOCK_PREFIX.exec(opening)?.[0].length ?? 0))) mark(first, last, { kind: 'skip' });
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
