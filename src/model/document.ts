// One parsed report as rules see it: the section tree plus memoized queries shared by all rules (parse once).
import type {
  AnyNode, HeadingNode, ParagraphNode, RootNode, SectionNode, Segment, TableCellNode, TableNode, TextNode,
} from './types.js';

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
}

/** A typed key for LintDocument.memo: the name is namespaced by its owner ("quantity:segments", "my-rule:cache"). */
export interface MemoKey<T> {
  readonly name: string;
  /** Type marker only; never set. */
  readonly value?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

export class LintDocument {
  readonly root: RootNode;
  readonly filePath: string;
  private readonly parents = new Map<AnyNode, SectionNode | RootNode>();
  private readonly textNodeList: TextNode[] = [];
  private readonly sectionList: SectionNode[] = [];
  private readonly tableList: TableNode[] = [];
  private readonly tableOfCell = new Map<TableCellNode, TableNode>();
  private readonly memoStore = new Map<string, unknown>();
  private readonly textNodesBySection = new Map<SectionNode, readonly TextNode[]>();

  constructor(root: RootNode, filePath = '') {
    this.root = root;
    this.filePath = filePath;
    this.index(root);
  }

  get format() { return this.root.data.format; }
  get lines() { return this.root.data.lines; }
  /** Title/cover text before the first numbered heading (unit, year, report kind). */
  get title() { return this.root.data.title; }

  /** Headings, paragraphs and table cells in reading order. */
  textNodes(): readonly TextNode[] { return this.textNodeList; }
  /** Body paragraphs only (not headings, not cells), in reading order. */
  paragraphs(): ParagraphNode[] { return this.textNodeList.filter((n): n is ParagraphNode => n.type === 'paragraph'); }
  headings(): HeadingNode[] { return this.textNodeList.filter((n): n is HeadingNode => n.type === 'heading'); }
  /** All sections, depth-first in document order. */
  sections(): readonly SectionNode[] { return this.sectionList; }
  tables(): readonly TableNode[] { return this.tableList; }

  /** The section a node belongs to (a heading belongs to its own section); undefined before the first heading. */
  sectionOf(node: AnyNode): SectionNode | undefined {
    if (node.type === 'section') return node;
    if (node.type === 'tableCell') node = this.tableOfCell.get(node) ?? node;
    const parent = this.parents.get(node);
    return parent && parent.type === 'section' ? parent : undefined;
  }

  /** The table a cell belongs to. */
  tableOf(cell: TableCellNode): TableNode | undefined { return this.tableOfCell.get(cell); }

  /** Parent section (or root) of a section or block. */
  parentOf(node: AnyNode): SectionNode | RootNode | undefined { return this.parents.get(node); }

  /** Heading texts from the top-level section down to the node's own section. */
  sectionPath(node: AnyNode): string[] {
    const path: string[] = [];
    let section = this.sectionOf(node);
    while (section) {
      path.unshift(section.heading.text.trim());
      const parent = this.parents.get(section);
      section = parent && parent.type === 'section' ? parent : undefined;
    }
    return path;
  }

  /** Text nodes inside a section, its subsections included, in reading order. */
  textNodesIn(section: SectionNode): readonly TextNode[] {
    let nodes = this.textNodesBySection.get(section);
    if (!nodes) {
      // text nodes are in reading order: find the first one inside the section, then take until the section ends
      const { start, end } = section.position;
      const list = this.textNodeList;
      let low = 0, high = list.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (comparePoints(list[mid]!.position.start, start) < 0) low = mid + 1;
        else high = mid;
      }
      let stop = low;
      while (stop < list.length && comparePoints(list[stop]!.position.start, end) < 0) stop++;
      nodes = list.slice(low, stop);
      this.textNodesBySection.set(section, nodes);
    }
    return nodes;
  }

  /** Location and excerpt of a span [start, end) of a text node's text (default: the whole text). */
  locate(node: AnyNode, span?: [number, number]): Location {
    const text = 'text' in node && typeof node.text === 'string' ? node.text : undefined;
    const segments = node.data.segments;
    if (text === undefined || !segments || segments.length === 0) {
      const { start, end } = node.position;
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, excerpt: this.sliceLines(node) };
    }
    const [from, to] = span ?? [0, text.length];
    const a = pointAt(segments, from);
    const b = to > from ? pointAt(segments, to - 1) : a;
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + (to > from ? 1 : 0), excerpt: text.slice(from, to) };
  }

  /**
   * Memoize a document-wide query so rules share one computation (quantities, indicator records, doc info …). A
   * `memoKey<T>(name)` ties the key to the value's type, so two users of one key cannot disagree on it.
   */
  memo<T>(key: string | MemoKey<T>, compute: () => T): T {
    const name = typeof key === 'string' ? key : key.name;
    if (!this.memoStore.has(name)) this.memoStore.set(name, compute());
    return this.memoStore.get(name) as T;
  }

  private sliceLines(node: AnyNode): string {
    const { start, end } = node.position;
    return this.lines.slice(start.line - 1, Math.max(start.line, end.line)).join('\n');
  }

  private index(root: RootNode) {
    const visit = (node: SectionNode | RootNode) => {
      if (node.type === 'section') {
        this.sectionList.push(node);
        this.textNodeList.push(node.heading);
        this.parents.set(node.heading, node);
      }
      for (const child of node.children) {
        this.parents.set(child, node);
        if (child.type === 'section') visit(child);
        else if (child.type === 'paragraph') this.textNodeList.push(child);
        else {
          this.tableList.push(child);
          for (const row of child.children) {
            for (const cell of row.children) {
              this.tableOfCell.set(cell, child);
              this.textNodeList.push(cell);
            }
          }
        }
      }
    };
    visit(root);
  }
}

function pointAt(segments: Segment[], offset: number) {
  let seg = segments[0]!;
  for (const s of segments) {
    if (s.offset <= offset) seg = s;
    else break;
  }
  return { line: seg.line, column: seg.column + (offset - seg.offset) };
}

export function comparePoints(a: { line: number; column: number }, b: { line: number; column: number }) {
  return a.line - b.line || a.column - b.column;
}
