// The .xlsx reader: the package goes through the guarded ZIP reader first (size, entry and inflation caps, the same
// as .docx), then SheetJS (@e965/xlsx) reads the workbook: cached values only (no formula is evaluated, no external
// link is followed). Each sheet becomes one table of the document model, merged cells resolved into col/row spans, so
// the table rules run unchanged. Leading title rows (one text across the sheet) become paragraphs; each non-empty
// cell is one line of the rendering, labelled "Sheet!A1" (RootData.lineRefs).
import type { FlatDocument, BlockNode, ParagraphNode, Segment, TableCellNode, TableNode, TableRowNode } from '../../model/types.js';
import { ReadError, readError } from '../errors.js';
import { ZipArchive, type ZipLimits } from '../zip.js';
import { columnName, sheetGrid, type SheetCell } from './grid.js';

export { columnName } from './grid.js';

/** True when the ZIP package is a spreadsheet (an xl/ main part and no Word part). */
export function isWorkbookPackage(zip: ZipArchive): boolean {
  const names = [...zip.entries.keys()];
  return names.some((n) => /^xl\/workbook\.(?:xml|bin)$/i.test(n)) && !names.some((n) => n.startsWith('word/'));
}

export const corruptWorkbook = (zh: string, en: string) => readError('corrupt-zip',
  `电子表格已损坏或无法读取（${zh}）。请用 Excel 或 WPS 打开确认，重新保存为 .xlsx 后再提交。`,
  `The spreadsheet is damaged or cannot be read (${en}). Open it in Excel or WPS, save it again as .xlsx and resubmit.`);

export async function readXlsx(bytes: Uint8Array, limits: ZipLimits): Promise<FlatDocument> {
  const zip = new ZipArchive(bytes, limits);
  // Every part through the caps before the library inflates anything itself.
  for (const name of zip.entries.keys()) if (!name.endsWith('/')) zip.read(name);
  if (zip.has('xl/workbook.bin')) throw corruptWorkbook('二进制工作簿 .xlsb 不受支持', 'binary .xlsb workbooks are not supported');
  const XLSX = await import('@e965/xlsx');
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer', cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false, WTF: false, dense: false });
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw corruptWorkbook('工作簿结构异常', 'the workbook structure is abnormal');
  }
  const lines: string[] = [];
  const lineRefs: string[] = [];
  const blocks: BlockNode[] = [];
  const emit = (text: string, ref: string): Segment[] => {
    const segments: Segment[] = [];
    let offset = 0;
    for (const part of text.split('\n')) {
      lines.push(part);
      lineRefs.push(ref);
      segments.push({ offset, line: lines.length, column: 1 });
      offset += part.length + 1;
    }
    return segments;
  };
  const here = () => ({ line: Math.max(1, lines.length), column: (lines[lines.length - 1]?.length ?? 0) + 1 });

  for (const sheetName of wb.SheetNames) {
    const grid = sheetGrid(wb.Sheets[sheetName]!, XLSX.utils);
    if (!grid) continue;
    const ref = (c: SheetCell) => `${sheetName}!${columnName(c.col)}${c.row + 1}`;
    let r = 0;
    // Title rows: one text over the whole width (merged across it, or alone in its row) before the table proper.
    for (; r < grid.rows.length; r++) {
      const filled = grid.rows[r]!.filter((c) => c.text !== '');
      if (filled.length === 0 && r === 0) continue;
      if (filled.length !== 1 || !(filled[0]!.colSpan >= grid.width || grid.rows[r]!.length === 1)) break;
      const c = filled[0]!;
      const segments = emit(c.text, ref(c));
      const p: ParagraphNode = { type: 'paragraph', text: c.text, position: { start: { line: segments[0]!.line, column: 1 }, end: here() }, data: { segments, cellRef: ref(c) } };
      blocks.push(p);
    }
    const rows: TableRowNode[] = [];
    for (; r < grid.rows.length; r++) {
      const cells: TableCellNode[] = [];
      const before = here();
      for (const c of grid.rows[r]!) {
        const start = lines.length;
        const segments = c.text !== '' ? emit(c.text, ref(c)) : [];
        const position = segments.length ? { start: { line: start + 1, column: 1 }, end: here() } : { start: before, end: before };
        cells.push({ type: 'tableCell', text: c.text, colSpan: c.colSpan, rowSpan: c.rowSpan, gridColumn: c.gridColumn, position, data: { segments, cellRef: ref(c) } });
      }
      const rowStart = cells.find((c) => c.data.segments?.length)?.position.start ?? before;
      rows.push({ type: 'tableRow', children: cells, position: { start: rowStart, end: here() }, data: {} });
    }
    if (rows.length) {
      const start = rows.find((row) => row.children.some((c) => c.data.segments?.length))?.position.start ?? here();
      const table: TableNode = { type: 'table', children: rows, position: { start, end: here() }, data: { sheet: sheetName } };
      blocks.push(table);
    }
  }
  if (lines.length === 0) {
    throw readError('spreadsheet', '这是电子表格（Excel .xlsx），但其中没有任何填写了内容的工作表。请确认上传的是填好的自评表或 Word 格式的报告。',
      'This is a spreadsheet (Excel .xlsx), but none of its sheets holds any content. Check that the filled-in scoring table or the Word report was uploaded.');
  }
  return { format: 'xlsx', lines, blocks, readerNotes: [], lineRefs };
}
