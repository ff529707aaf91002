// Text renderings for `reportlint print` (numbered lines) and `reportlint tree` (outline / JSON).
import type { LintDocument } from '../../model/document.js';
import type { LabelKind, SectionNode } from '../../model/types.js';

const CELL_MARK = '│';

/**
 * The text rendering with right-aligned line numbers. Lines of table cells are marked in a gutter ("│" and the cell's
 * row,column in the table grid, or the row for a Markdown table line holding several cells), never in the text, so
 * the columns of every line stay exactly as findings report them.
 */
export function renderPrint(doc: LintDocument): string {
  const lines = doc.lines;
  const refs = doc.root.data.lineRefs;
  // .xlsx: each line names its sheet and cell ("自评表!F12") instead of the table row/column mark.
  const width = refs ? Math.max(1, ...refs.map((r) => r.length)) : String(Math.max(1, lines.length)).length;
  if (refs) return lines.map((line, i) => `${String(i + 1).padStart(String(lines.length).length)} ${(refs[i] ?? '').padEnd(width)} ${line}`).join('\n') + (lines.length ? '\n' : '');
  const marks = tableMarks(doc);
  const markWidth = Math.max(1, ...[...marks.values()].map((m) => m.length));
  return lines
    .map((line, i) => `${String(i + 1).padStart(width)} ${(marks.get(i + 1) ?? '').padEnd(markWidth)} ${line}`)
    .join('\n') + (lines.length ? '\n' : '');
}

function tableMarks(doc: LintDocument): Map<number, string> {
  const cellsOnLine = new Map<number, { row: number; col: number }[]>();
  for (const table of doc.tables()) {
    table.children.forEach((row, r) => {
      for (const cell of row.children) {
        for (let l = cell.position.start.line; l <= cell.position.end.line; l++) {
          const list = cellsOnLine.get(l) ?? [];
          list.push({ row: r + 1, col: cell.gridColumn + 1 });
          cellsOnLine.set(l, list);
        }
      }
    });
    for (let l = table.position.start.line; l <= table.position.end.line; l++) if (!cellsOnLine.has(l)) cellsOnLine.set(l, []);
  }
  const marks = new Map<number, string>();
  for (const [line, cells] of cellsOnLine) {
    const rows = new Set(cells.map((c) => c.row));
    if (cells.length === 1) marks.set(line, `${CELL_MARK}${cells[0]!.row},${cells[0]!.col}`);
    else if (rows.size === 1) marks.set(line, `${CELL_MARK}${cells[0]!.row}`);
    else marks.set(line, CELL_MARK);
  }
  return marks;
}

export interface TreeHeadingJson {
  label: string | null;
  /** Label kind as written ("paren-arabic" for "（3）"). */
  kind: LabelKind | null;
  /** The level's kind when the label continues another kind's sequence ("（3）" among （一）（二） → "paren-chinese"). */
  levelKind: LabelKind | null;
  level: number;
  line: number;
  title: string;
  text: string;
  paragraphs: number;
  tables: number;
  children: TreeHeadingJson[];
}

export interface TreeJson {
  title: string;
  titleLines: number[];
  headings: TreeHeadingJson[];
}

function counts(section: SectionNode) {
  let paragraphs = 0;
  let tables = 0;
  for (const child of section.children) {
    if (child.type === 'paragraph') paragraphs++;
    else if (child.type === 'table') tables++;
  }
  return { paragraphs, tables };
}

function sectionJson(section: SectionNode): TreeHeadingJson {
  const h = section.heading;
  const levelKind = typeof h.data.levelKind === 'string' ? (h.data.levelKind as LabelKind) : null;
  return {
    label: h.label?.raw ?? null,
    kind: h.label?.kind ?? null,
    levelKind,
    level: section.depth,
    line: h.position.start.line,
    title: h.title,
    text: h.text,
    ...counts(section),
    children: section.children.filter((c): c is SectionNode => c.type === 'section').map(sectionJson),
  };
}

export function treeToJson(doc: LintDocument): TreeJson {
  return {
    title: doc.title,
    titleLines: doc.root.data.titleNodes.map((p) => p.position.start.line),
    headings: doc.root.children.filter((c): c is SectionNode => c.type === 'section').map(sectionJson),
  };
}

export interface RenderTreeOptions {
  locale?: 'zh-CN' | 'en';
}

/** Indented outline: label + title, line number, counts of the section's own paragraphs and tables. */
export function renderTree(doc: LintDocument, options: RenderTreeOptions = {}): string {
  const en = options.locale === 'en';
  const out: string[] = [];
  const title = doc.title || (en ? '(no title)' : '（无标题）');
  out.push(`${en ? 'Title' : '标题'}: ${title}`);
  const before = doc.root.children.filter((c) => c.type !== 'section').length;
  if (before > 0) out.push(`  ${describe(before, 0, en)}`);
  const walk = (section: SectionNode, indent: string) => {
    const { paragraphs, tables } = counts(section);
    const h = section.heading;
    const line = en ? `line ${h.position.start.line}` : `第 ${h.position.start.line} 行`;
    out.push(`${indent}${h.text.trim()}  (${line}; ${describe(paragraphs, tables, en)})`);
    for (const child of section.children) if (child.type === 'section') walk(child, `${indent}  `);
  };
  for (const child of doc.root.children) if (child.type === 'section') walk(child, '');
  return `${out.join('\n')}\n`;
}

function describe(paragraphs: number, tables: number, en: boolean): string {
  if (en) {
    const p = `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`;
    return tables ? `${p}, ${tables} table${tables === 1 ? '' : 's'}` : p;
  }
  return tables ? `${paragraphs} 段，${tables} 个表格` : `${paragraphs} 段`;
}
