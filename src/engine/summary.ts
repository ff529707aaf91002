// The counts a batch run ends with (for the closing line of `stylish` and for the library): files checked, clean
// (no error or warning), with errors, unreadable (a `fatal` entry) and skipped (ignored by a config's ignorePatterns).
import type { FileResult } from '../engine/result.js';

export interface BatchSummary {
  /** Files that were read and checked (unreadable ones not included). */
  checked: number;
  /** Checked files with no error and no warning. */
  clean: number;
  withErrors: number;
  unreadable: number;
  skipped: number;
}

export function batchSummary(results: readonly FileResult[], skipped = 0): BatchSummary {
  let checked = 0, clean = 0, withErrors = 0, unreadable = 0;
  for (const r of results) {
    if (r.fatal) {
      unreadable++;
      continue;
    }
    checked++;
    if (r.errorCount > 0) withErrors++;
    else if (r.warningCount === 0) clean++;
  }
  return { checked, clean, withErrors, unreadable, skipped };
}
