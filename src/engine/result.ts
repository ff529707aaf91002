// The JSON contract (DEVELOPERS.md): one entry per file, messages with location, section path and excerpt.
import type { Severity } from './rule.js';
import type { DocumentView } from '../tree/view.js';
import type { Directive } from '../model/types.js';

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  section: string[];
  excerpt: string;
  /** .xlsx: the sheet and cell the finding points at ("自评表!F12"). */
  cell?: string;
  /** Where else the finding is (batch rules: the other report and its matching passage). */
  related?: RelatedLocation[];
}

/** A place in another file (or elsewhere in this one) that a finding refers to. */
export interface RelatedLocation {
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
}

/** A finding's place without its rule and text: what a batch rule's per-file summary keeps of a passage. */
export type MessagePlace = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'section' | 'excerpt'>;

/** What each batch rule (rules with `batch` hooks) kept of this file, for the batch check run after every file. */
export type BatchSummaries = Record<string, {
  severity: Severity;
  options: unknown;
  summary: unknown;
  /** The file's suppression directives that name this rule (or every rule), applied to its batch findings. */
  directives?: Directive[];
}>;

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** True when the file could not be read at all (one `fatal` message explains why). */
  fatal?: boolean;
  /** Facts found in the report (title, year, unit, kind, self-score, grade) for summaries such as CSV. */
  facts?: ReportFacts;
  /** Per-file summaries of the batch rules (computed where the file was linted; not part of the JSON contract). */
  batch?: BatchSummaries;
  /** Milliseconds spent, for TIMING=1 and the benchmark. */
  timing?: { parse: number; rules: Record<string, number> };
  /** The document as a reader sees it, only when a format asked for it (html, serve); never in the JSON contract. */
  view?: DocumentView;
}

export interface ReportFacts {
  title?: string;
  year?: number;
  unit?: string;
  kind?: string;
  selfScore?: number;
  grade?: string;
}

/** An error about the whole file (`fatal`, `internal-error`): placed at its start, with no section or excerpt. */
export function fileLevelError(ruleId: string, message: string): LintMessage {
  return { ruleId, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, section: [], excerpt: '' };
}

export function countSeverities(messages: LintMessage[]) {
  let errorCount = 0, warningCount = 0, infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

export function makeResult(filePath: string, messages: LintMessage[], extra: Partial<FileResult> = {}): FileResult {
  return { filePath, messages, ...countSeverities(messages), ...extra };
}

/** The result for a file that could not be read or checked: one `fatal` message saying why. */
export function fatalResult(filePath: string, message: string): FileResult {
  return makeResult(filePath, [fileLevelError('fatal', message)], { fatal: true });
}
