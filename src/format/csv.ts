// The reviewer's spreadsheets as CSV: `csv` has one row per finding (file, unit, year, report kind, section path,
// line, severity, rule, message, excerpt); `csv-summary` one row per report (title, year, unit, kind, self-score,
// grade, counts, why it could not be read). RFC 4180 (CRLF, quoted fields), with a UTF-8 byte-order mark because
// Excel otherwise opens UTF-8 Chinese as mojibake. Text cells that would start a formula are prefixed with an
// apostrophe (CSV injection: a report's text is untrusted input).
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../i18n/locale.js';
import type { FormatContext, Formatter } from './types.js';
import { terminalSafe } from './terminal.js';
import { findingColumns, findingRows, headers, summaryColumns, summaryRows, type Column } from './review-rows.js';

export const BOM = '\uFEFF';

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = terminalSafe(String(value), true);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Neutralise a leading =, +, -, @, tab or CR so a spreadsheet shows the text instead of evaluating it. */
export function safeText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function table<Row>(columns: Column<Row>[], rows: Row[], context: FormatContext): string {
  const lines = [
    headers(columns, context.locale),
    ...rows.map((row) => columns.map((c) => {
      const v = c.value(row);
      return c.text && v !== undefined ? safeText(String(v)) : v;
    })),
  ];
  return BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const csvFormatter: Formatter = (results: FileResult[], context: FormatContext) =>
  table(findingColumns, findingRows(results, context.cwd, context.locale), context);

export const csvSummaryFormatter: Formatter = (results: FileResult[], context: FormatContext) =>
  table(summaryColumns, summaryRows(results, context.cwd, context.locale), context);
