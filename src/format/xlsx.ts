// `--format xlsx`: the reviewer's workbook. Sheet 汇总 has one row per report (unit, year, kind, self-score, grade,
// counts, why it could not be read); sheet 问题清单 one row per finding. Both have a bold frozen header row, an
// autofilter over the data and columns sized for their content. Written with exceljs, in memory.
import type { FileResult } from '../engine/result.js';
import type { BinaryFormatter, FormatContext } from './types.js';
import { reviewText } from '../i18n/review.js';
import { findingColumns, findingRows, headers, summaryColumns, summaryRows, type Column } from './review-rows.js';

type Workbook = import('exceljs').Workbook;

/** The workbook's bytes (no file is written). */
export async function findingsWorkbook(results: FileResult[], context: Pick<FormatContext, 'locale' | 'cwd'>): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'reportlint';
  const { locale, cwd } = context;
  addSheet(wb, reviewText('sheetSummary', locale), summaryColumns, summaryRows(results, cwd, locale), locale);
  addSheet(wb, reviewText('sheetFindings', locale), findingColumns, findingRows(results, cwd, locale), locale);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const xlsxFormatter: BinaryFormatter = (results, context) => findingsWorkbook(results, context);

function addSheet<Row>(wb: Workbook, name: string, columns: Column<Row>[], rows: Row[], locale: FormatContext['locale']) {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers(columns, locale).map((header, i) => ({ header, key: String(i), width: columns[i]!.width }));
  for (const row of rows) {
    // text stays text: a cell value starting with "=" is a string here, never a formula
    sheet.addRow(columns.map((c) => {
      const v = c.value(row);
      return v === undefined ? null : c.text ? String(v) : v;
    }));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  columns.forEach((c, i) => {
    if (c.width >= 40) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
}
