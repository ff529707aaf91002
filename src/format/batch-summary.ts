// The closing line of a batch for people: how many files were checked, how many are clean (no error or warning),
// have errors, could not be read, and how many the batch skipped.
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../engine/rule.js';
import { reviewText } from '../i18n/review.js';

export interface BatchCounts {
  files: number;
  clean: number;
  withErrors: number;
  unreadable: number;
  skipped: number;
}

export function batchCounts(results: FileResult[], skipped = 0): BatchCounts {
  const unreadable = results.filter((r) => r.fatal || r.messages.some((m) => m.ruleId === 'fatal')).length;
  const readable = results.filter((r) => !(r.fatal || r.messages.some((m) => m.ruleId === 'fatal')));
  return {
    files: results.length,
    clean: readable.filter((r) => r.errorCount === 0 && r.warningCount === 0).length,
    withErrors: readable.filter((r) => r.errorCount > 0).length,
    unreadable,
    skipped,
  };
}

export function batchSummaryLine(results: FileResult[], locale: Locale, skipped = 0): string {
  return reviewText('batchSummary', locale, { ...batchCounts(results, skipped) });
}
