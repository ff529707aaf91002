// The closing line of a batch for people: how many files were checked, how many are clean (no error or warning),
// have errors, could not be read, and how many the batch skipped.
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../engine/rule.js';
import { reviewText } from '../i18n/review.js';
import { batchSummary, type BatchSummary } from '../engine/summary.js';

export interface BatchCounts extends Omit<BatchSummary, 'checked'> {
  /** Every file of the batch, unreadable ones included. */
  files: number;
}

export function batchCounts(results: readonly FileResult[], skipped = 0): BatchCounts {
  const { checked, ...rest } = batchSummary(results, skipped);
  return { files: checked + rest.unreadable, ...rest };
}

export function batchSummaryLine(results: FileResult[], locale: Locale, skipped = 0): string {
  return reviewText('batchSummary', locale, { ...batchCounts(results, skipped) });
}
