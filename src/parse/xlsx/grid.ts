// One worksheet as rows of cells with merges resolved: the top-left cell of a merged range carries its spans, the
// cells it covers are left out (as Word leaves out the continuation of a vertical merge). Text is what Excel shows
// (the formatted value: 156.4 with format 0.00 reads "156.40").
import type { WorkSheet, CellObject, utils as Utils } from '@e965/xlsx';

export interface SheetCell {
  /** 0-based sheet row and column (for "A1" references). */
  row: number;
  col: number;
  /** 0-based column in the table grid (the sheet's used range may start right of A). */
  gridColumn: number;
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface SheetGrid {
  rows: SheetCell[][];
  /** Columns in use (0 … width - 1). */
  width: number;
  formulas: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let s = '';
  for (let i = col + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.t === 'z' || cell.t === 'e') return '';
  const shown = cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v));
  return shown.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
}

/** Rows of the sheet, trailing empty rows and columns trimmed; undefined for an empty sheet. */
export function sheetGrid(sheet: WorkSheet, utils: typeof Utils): SheetGrid | undefined {
  const ref = sheet['!ref'];
  if (!ref) return undefined;
  const range = utils.decode_range(ref);
  const merges = sheet['!merges'] ?? [];
  const covered = new Set<string>();
  const spanAt = new Map<string, { colSpan: number; rowSpan: number }>();
  for (const m of merges) {
    spanAt.set(`${m.s.r},${m.s.c}`, { colSpan: m.e.c - m.s.c + 1, rowSpan: m.e.r - m.s.r + 1 });
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
  }
  let lastRow = -1, lastCol = -1, formulas = 0;
  const texts = new Map<string, string>();
  for (let r = range.s.r; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = sheet[utils.encode_cell({ r, c })] as CellObject | undefined;
      if (cell?.f) formulas++;
      const text = cellText(cell);
      if (text === '') continue;
      texts.set(`${r},${c}`, text);
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    }
  }
  if (lastRow < 0) return undefined;
  for (const m of merges) if (m.s.r <= lastRow) lastCol = Math.max(lastCol, Math.min(m.e.c, range.e.c));
  const rows: SheetCell[][] = [];
  for (let r = range.s.r; r <= lastRow; r++) {
    const row: SheetCell[] = [];
    for (let c = range.s.c; c <= lastCol; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const span = spanAt.get(key) ?? { colSpan: 1, rowSpan: 1 };
      row.push({ row: r, col: c, gridColumn: c - range.s.c, text: texts.get(key) ?? '', colSpan: Math.min(span.colSpan, lastCol - c + 1), rowSpan: span.rowSpan });
    }
    rows.push(row);
  }
  return { rows, width: lastCol - range.s.c + 1, formulas };
}
