// What every formatter gets and returns.
import type { FileResult } from '../engine/result.js';
import type { Rule } from '../engine/rule.js';
import type { Locale } from '../i18n/locale.js';

export interface FormatContext {
  locale: Locale;
  /** All registered rules (for SARIF tool.driver.rules, help links). */
  rules: readonly Rule[];
  /** Paths in output are made relative to this where a format wants relative paths (SARIF, github). */
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** Where a rule's doc is linked from pages (html); default: the repository or the installed rules/<id>.md. */
  ruleDocHref?: (ruleId: string) => string;
  /** Files the batch did not check (named but ignored, not a report), for the closing summary of human formats. */
  skipped?: number;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/** A format that is a file (a workbook, a Word document) rather than text. */
export type BinaryFormatter = (results: FileResult[], context: FormatContext) => Promise<Uint8Array>;

/** Link to a rule's doc page in the repository (rules/<id>.md). */
export function ruleDocPath(id: string) {
  return `rules/${id}.md`;
}
