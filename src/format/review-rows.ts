// The rows of the reviewer's tables, shared by CSV and the workbook: one per report (what it is and how many
// findings it has) and one per finding (where it is, how bad, what it says, the text it is about).
import type { FileResult, LintMessage } from '../engine/result.js';
import type { Locale, Severity } from '../engine/rule.js';
import { reportKindName, reviewText, severityWord, type ReviewMessageId } from '../i18n/review.js';
import { displayPath } from './paths.js';

type Cell = string | number | undefined;

export interface Column<Row> {
  id: ReviewMessageId;
  /** A text cell (formula-safe in CSV) rather than a number. */
  text: boolean;
  /** Width in characters for the workbook. */
  width: number;
  value: (row: Row) => Cell;
}

export interface SummaryRow {
  result: FileResult;
  file: string;
  locale: Locale;
}

export interface FindingRow {
  result: FileResult;
  message: LintMessage;
  file: string;
  locale: Locale;
}

const kind = (r: FileResult, locale: Locale) => reportKindName(r.facts?.kind, locale);

/** The reason a file could not be read (its `fatal` message), if it could not. */
export function unreadableReason(result: FileResult): string | undefined {
  const fatal = result.messages.find((m) => m.ruleId === 'fatal');
  return result.fatal || fatal ? fatal?.message ?? '' : undefined;
}

export const summaryColumns: Column<SummaryRow>[] = [
  { id: 'colFile', text: true, width: 40, value: (r) => r.file },
  { id: 'colTitle', text: true, width: 44, value: (r) => r.result.facts?.title },
  { id: 'colYear', text: false, width: 8, value: (r) => r.result.facts?.year },
  { id: 'colUnit', text: true, width: 28, value: (r) => r.result.facts?.unit },
  { id: 'colKind', text: true, width: 14, value: (r) => kind(r.result, r.locale) },
  { id: 'colSelfScore', text: false, width: 10, value: (r) => r.result.facts?.selfScore },
  { id: 'colGrade', text: true, width: 8, value: (r) => r.result.facts?.grade },
  { id: 'colErrors', text: false, width: 8, value: (r) => r.result.errorCount },
  { id: 'colWarnings', text: false, width: 8, value: (r) => r.result.warningCount },
  { id: 'colInfos', text: false, width: 8, value: (r) => r.result.infoCount },
  { id: 'colUnreadable', text: true, width: 40, value: (r) => unreadableReason(r.result) },
];

export const findingColumns: Column<FindingRow>[] = [
  { id: 'colFile', text: true, width: 36, value: (r) => r.file },
  { id: 'colUnit', text: true, width: 24, value: (r) => r.result.facts?.unit },
  { id: 'colYear', text: false, width: 8, value: (r) => r.result.facts?.year },
  { id: 'colKind', text: true, width: 14, value: (r) => kind(r.result, r.locale) },
  { id: 'colSection', text: true, width: 36, value: (r) => r.message.section.join(' › ') },
  { id: 'colLine', text: false, width: 6, value: (r) => r.message.line },
  { id: 'colSeverity', text: true, width: 8, value: (r) => severityWord(r.message.severity, r.locale) },
  { id: 'colRule', text: true, width: 20, value: (r) => r.message.ruleId },
  { id: 'colMessage', text: true, width: 70, value: (r) => r.message.message },
  { id: 'colExcerpt', text: true, width: 40, value: (r) => r.message.excerpt },
];

export function headers<Row>(columns: Column<Row>[], locale: Locale): string[] {
  return columns.map((c) => reviewText(c.id, locale));
}

export function summaryRows(results: FileResult[], cwd: string, locale: Locale): SummaryRow[] {
  return results.map((result) => ({ result, file: displayPath(result.filePath, cwd), locale }));
}

export function findingRows(results: FileResult[], cwd: string, locale: Locale): FindingRow[] {
  return results.flatMap((result) => {
    const file = displayPath(result.filePath, cwd);
    return result.messages.map((message) => ({ result, message, file, locale }));
  });
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors before warnings before infos, document order within each. */
export function bySeverity(a: LintMessage, b: LintMessage): number {
  return rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column;
}
