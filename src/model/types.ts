// The document model every rule reads. Both readers (.docx and Markdown) produce it, so a rule never knows
// which format it reads. Nodes follow unist (type, children, position, data) so unist utilities work on them.

export type InputFormat = 'docx' | 'markdown' | 'xlsx';

/** 1-based line and column in the document's text rendering (`reportlint print`). Columns count UTF-16 units. */
export interface Point {
  line: number;
  column: number;
}

export interface Position {
  start: Point;
  /** Exclusive end, as in unist. */
  end: Point;
}

/**
 * Maps offsets in a node's `text` back to the text rendering: text[offset] sits at (line, column), and each
 * following character advances the column by one until the next segment starts. Sorted by offset.
 */
export interface Segment {
  offset: number;
  line: number;
  column: number;
}

/** What a numbering label looks like. The order is GB/T 9704-2012 7.3.3: 一、 > （一） > 1. > （1） > ①. */
export type LabelKind =
  | 'chinese' // 一、
  | 'paren-chinese' // （一） (一)
  | 'arabic' // 1.  1、  1．  1)
  | 'paren-arabic' // （1） (1)
  | 'circled' // ①
  | 'multi-level'; // 1.1  1.1.1

export interface NumberingLabel {
  /** The label exactly as it stands at the start of the line, e.g. "（一)", "（二）。", "1、", "一、". */
  raw: string;
  kind: LabelKind;
  /** The counter value: 一 → 1, （十二） → 12, ③ → 3; for multi-level labels the last component. */
  value: number;
  /** For multi-level labels ("1.2.3") all components. */
  path?: number[];
  /** Opening bracket character, if any ("（" or "("). */
  open?: string;
  /** Closing bracket character, if any ("）" or ")"). */
  close?: string;
  /** Punctuation right after the number: "、", ".", "．" (or after the bracket, e.g. the stray "。" in "（二）。"). */
  suffix?: string;
  /** "auto" when Word's automatic numbering produced the label (recovered from numbering.xml), else "typed". */
  source: 'typed' | 'auto';
}

interface NodeBase {
  position: Position;
  data: NodeData;
}

export interface NodeData {
  /** Offset map from `text` to the rendering; absent on containers. */
  segments?: Segment[];
  /** .docx paragraph style name ("heading 2", "标题 2", "Body Text"). */
  style?: string;
  /** Heading level suggested by the source: Word heading style / outline level (1-based) or Markdown `#` depth. */
  headingHint?: number;
  /** Label produced by Word's automatic numbering, already prepended to `text`. */
  autoLabel?: string;
  /** Anything else a reader wants to pass on (e.g. docx: in a text box, in a tracked change). */
  [key: string]: unknown;
}

/** A paragraph of body text (in .docx one paragraph; in Markdown one line or one paragraph). */
export interface ParagraphNode extends NodeBase {
  type: 'paragraph';
  /** Text as the user sees it, numbering label included. */
  text: string;
  /** Set by the sectionizer when the paragraph starts with a numbering label but is body text (list items). */
  label?: NumberingLabel;
}

/** The heading line of a section. */
export interface HeadingNode extends NodeBase {
  type: 'heading';
  text: string;
  label?: NumberingLabel;
  /** Heading text without its label and the whitespace after it. */
  title: string;
  /** Offset in `text` where `title` starts. */
  titleOffset: number;
}

export interface TableCellNode extends NodeBase {
  type: 'tableCell';
  /** Cell text; paragraphs of one cell are joined with "\n" (each one its own line in .docx renderings). */
  text: string;
  colSpan: number;
  rowSpan: number;
  /** 0-based column in the table grid after merges are resolved (gridBefore included). */
  gridColumn: number;
}

export interface TableRowNode extends NodeBase {
  type: 'tableRow';
  children: TableCellNode[];
  isHeader?: boolean;
}

export interface TableNode extends NodeBase {
  type: 'table';
  children: TableRowNode[];
}

export type BlockNode = ParagraphNode | TableNode;

export interface SectionNode extends NodeBase {
  type: 'section';
  /** Depth in the tree: 1 for top-level sections (一、…), 2 for their children, … */
  depth: number;
  heading: HeadingNode;
  children: (BlockNode | SectionNode)[];
}

export interface RootNode extends NodeBase {
  type: 'root';
  /** Title/cover paragraphs before the first heading, then top-level blocks and sections in document order. */
  children: (BlockNode | SectionNode)[];
  data: RootData;
}

export interface RootData extends NodeData {
  format: InputFormat;
  /** The text rendering, one entry per line (line N is lines[N - 1]). */
  lines: string[];
  /** Title/cover paragraphs before the first numbered heading. */
  titleNodes: ParagraphNode[];
  /** Their text joined with "" (carries unit, year and report kind). */
  title: string;
  /** Warnings from the reader that a user may want to know (text lost in conversion, tracked changes …). */
  readerNotes: ReaderNote[];
  /** Word comments that silence findings (.docx); Markdown directives are read from `lines`. */
  directives?: Directive[];
  /** .xlsx: the sheet and cell of each line ("自评表!F12"), line N at lineRefs[N - 1]. */
  lineRefs?: string[];
}

export interface ReaderNote {
  code: string;
  message: { 'zh-CN': string; en: string };
  line?: number;
}

/**
 * An inline instruction to silence findings, as in ESLint and markdownlint: Markdown HTML comments
 * (`<!-- reportlint-disable rule-id -->`) or a Word comment reading `reportlint-disable rule-id` on the text it covers.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids; empty = every rule. */
  rules: string[];
  line: number;
  /** Last line covered by a `disable-line` directive (a Word comment may span several paragraphs). */
  endLine?: number;
}

export type TextNode = ParagraphNode | HeadingNode | TableCellNode;
export type AnyNode = RootNode | SectionNode | HeadingNode | ParagraphNode | TableNode | TableRowNode | TableCellNode;

/** What a reader hands to the sectionizer: blocks in reading order, before any heading inference. */
export interface FlatDocument {
  format: InputFormat;
  lines: string[];
  blocks: BlockNode[];
  readerNotes: ReaderNote[];
  directives?: Directive[];
  /** .xlsx: the sheet and cell of each line ("自评表!F12"). */
  lineRefs?: string[];
}
