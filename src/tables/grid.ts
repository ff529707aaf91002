// A table as a rectangular grid: rows × grid columns, each slot pointing at the cell that covers it. Merged cells
// (colSpan from gridSpan, rowSpan from vMerge) are repeated in every slot they cover, so a row can read its 一级/二级
// label even when Word stored it only once. Slots no cell covers stay undefined (short rows, gridAfter).
import type { TableCellNode, TableNode } from '../model/types.js';

export interface GridSlot {
  cell: TableCellNode;
  /** True in the slot where the cell starts (its top-left corner). */
  origin: boolean;
  /** True when the cell started in an earlier row (vertical merge continues here). */
  continued: boolean;
}

export interface Grid {
  table: TableNode;
  rowCount: number;
  columnCount: number;
  /** slots[row][column] */
  slots: (GridSlot | undefined)[][];
}

/** Wider grids come only from damaged files; the rest of such a row is ignored. */
const MAX_COLUMNS = 512;

export function buildGrid(table: TableNode): Grid {
  const slots: (GridSlot | undefined)[][] = table.children.map(() => []);
  let columnCount = 0;
  table.children.forEach((row, r) => {
    let next = 0;
    for (const cell of row.children) {
      let colSpan = Math.max(1, Math.floor(cell.colSpan || 1));
      const rowSpan = Math.max(1, Math.floor(cell.rowSpan || 1));
      // Trust the reader's grid column unless it points into a slot already taken (then take the next free one) or
      // far beyond any real table (a damaged file).
      let col = Number.isInteger(cell.gridColumn) && cell.gridColumn >= next && cell.gridColumn < MAX_COLUMNS ? cell.gridColumn : next;
      while (slots[r]![col]) col++;
      if (col >= MAX_COLUMNS) break;
      colSpan = Math.min(colSpan, MAX_COLUMNS - col);
      for (let dr = 0; dr < rowSpan && r + dr < slots.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const line = slots[r + dr]!;
          if (!line[col + dc]) line[col + dc] = { cell, origin: dr === 0 && dc === 0, continued: dr > 0 };
        }
      }
      next = col + colSpan;
      columnCount = Math.max(columnCount, next);
    }
  });
  for (const line of slots) columnCount = Math.max(columnCount, line.length);
  for (const line of slots) line.length = columnCount;
  return { table, rowCount: slots.length, columnCount, slots };
}

export function cellAt(grid: Grid, row: number, column: number): TableCellNode | undefined {
  return grid.slots[row]?.[column]?.cell;
}

/** The distinct cells of a row in grid order, each with the first grid column it covers in that row. */
export function rowCells(grid: Grid, row: number): { cell: TableCellNode; column: number; span: number; continued: boolean }[] {
  const out: { cell: TableCellNode; column: number; span: number; continued: boolean }[] = [];
  const line = grid.slots[row] ?? [];
  for (let c = 0; c < line.length; c++) {
    const slot = line[c];
    if (!slot) continue;
    const last = out[out.length - 1];
    if (last && last.cell === slot.cell) last.span++;
    else out.push({ cell: slot.cell, column: c, span: 1, continued: slot.continued });
  }
  return out;
}

/** Cell text on one line; paragraphs of a cell split inside a Chinese word ("培训\n人数") are joined without a space. */
export function cellText(cell: TableCellNode | undefined): string {
  return cell ? oneLine(cell.text) : '';
}

export function oneLine(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '').replace(/\s+/g, ' ').trim();
}
