// Scoring tables (绩效自评表) of a document, recognised once per document and shared by every rule through doc.memo.
import type { LintDocument } from '../model/document.js';
import { recognizeScoringTable } from './recognize.js';
import type { ScoringTable } from './types.js';
import type { TableCellNode, TableNode } from '../model/types.js';

/** Tables nested in a cell (the .docx reader keeps them under data.nestedTables). */
function nestedTables(cell: TableCellNode): TableNode[] {
  const tables = cell.data['nestedTables'] ?? cell.data['tables'];
  return Array.isArray(tables) ? tables.filter((t): t is TableNode => (t as TableNode | undefined)?.type === 'table') : [];
}

export type * from './types.js';
export { splitGroupLabel } from './recognize.js';

/** Every table of the document that is a 自评表 (项目资金 and/or 绩效指标 blocks), in document order. */
export function scoringTables(doc: LintDocument): ScoringTable[] {
  return doc.memo('tables:scoringTables', () => {
    const found: { scoring: ScoringTable; order: number }[] = [];
    const visit = (table: TableNode, order: number) => {
      const scoring = recognizeScoringTable(table);
      if (scoring) found.push({ scoring, order });
      // A 自评表 may sit inside a cell of a layout table.
      for (const row of table.children) for (const cell of row.children) for (const inner of nestedTables(cell)) visit(inner, order);
    };
    doc.tables().forEach((table, order) => visit(table, order));
    return joinSplitTables(doc, found);
  });
}

/**
 * One 自评表 is often typed as two Word tables: 项目资金 in the first, 绩效指标 and 总分 in the next. Taken apart,
 * the total and the weights would miss the execution rate, so a fund-only table followed directly (same section,
 * next table) by an indicator-only table is read as one.
 */
function joinSplitTables(doc: LintDocument, found: { scoring: ScoringTable; order: number }[]): ScoringTable[] {
  const out: ScoringTable[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const fundOnly = a.scoring.indicators.length === 0 && a.scoring.fund.length > 0;
    if (b && fundOnly && b.order === a.order + 1 && b.scoring.fund.length === 0 && b.scoring.indicators.length > 0 &&
        doc.sectionOf(a.scoring.table) === doc.sectionOf(b.scoring.table)) {
      out.push({
        table: a.scoring.table,
        layout: a.scoring.layout === 'sichuan' || b.scoring.layout === 'sichuan' ? 'sichuan' : 'central',
        fund: a.scoring.fund,
        indicators: b.scoring.indicators,
        groupWeights: [...a.scoring.groupWeights, ...b.scoring.groupWeights],
        total: b.scoring.total ?? a.scoring.total,
        grade: b.scoring.grade ?? a.scoring.grade,
      });
      i++;
      continue;
    }
    out.push(a.scoring);
  }
  return out;
}
