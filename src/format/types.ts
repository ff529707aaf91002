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
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/** Link to a rule's doc page in the repository (rules/<id>.md). */
export function ruleDocPath(id: string) {
  return `rules/${id}.md`;
}
