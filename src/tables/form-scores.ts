// Unfilled 得分 cells of a 自评表: rows that carry a weight (分值/权重) but whose 得分 cell is empty. A table whose
// every score is empty is one defect (the form was never scored), not one per row.
import type { TableCellNode } from '../model/types.js';
import type { CellValue, ScoringTable } from './types.js';

export interface EmptyScore {
  name: string;
  weight: string;
  cell: TableCellNode;
}

const weighted = (w: CellValue | undefined) => w !== undefined && w.value !== undefined && !w.notApplicable;
const emptyCell = (s: CellValue | undefined) => s !== undefined && s.empty === true;

export interface EmptyScores {
  /** Weighted rows (预算执行 block first) with an empty 得分 cell. */
  rows: EmptyScore[];
  /** How many weighted rows the table has. */
  weightedRows: number;
  /** The 合计/总分 row has a weight but an empty score cell. */
  totalEmpty?: { weight: string; cell: TableCellNode };
}

export function emptyScores(table: ScoringTable): EmptyScores {
  const rows: EmptyScore[] = [];
  let weightedRows = 0;
  for (const f of table.fund) {
    if (!weighted(f.weight)) continue;
    weightedRows++;
    if (emptyCell(f.score)) rows.push({ name: f.label, weight: f.weight!.text, cell: f.labelCell });
  }
  for (const r of table.indicators) {
    if (!weighted(r.weight)) continue;
    weightedRows++;
    if (emptyCell(r.score)) rows.push({ name: r.name, weight: r.weight!.text, cell: r.nameCell });
  }
  const t = table.total;
  const totalEmpty = t && weighted(t.weight) && emptyCell(t.score) ? { weight: t.weight!.text, cell: t.cell } : undefined;
  return { rows, weightedRows, totalEmpty };
}
