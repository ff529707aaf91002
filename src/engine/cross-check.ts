// Batch rules (duplicate-report): after every file of a batch is linted, each rule with `batch` hooks sees the
// per-file summaries its `summarize` step left on the results and reports findings onto those files. The summaries
// were made where the files were linted (worker thread or here, or read back from the cache), so the outcome does
// not depend on how the batch ran. Used by the CLI's runBatch and by the library's lintBatch.
import { effectiveSeverity, sortAndDedupe } from './lint.js';
import { applyDirectives } from './directives.js';
import { makeResult, type FileResult, type LintMessage } from './result.js';
import type { BatchEntry, Rule } from './rule.js';
import { formatMessage, type Locale } from '../i18n/locale.js';

export interface CrossCheckOptions {
  /** The message language of file i (its config's locale). */
  localeOf: (index: number) => Locale;
  /** How a file's path is shown in messages (default: as given), e.g. relative to the working folder. */
  displayPath?: (filePath: string) => string;
}

/** Results with the batch rules' findings added (new objects only for the files that got findings). */
export function crossCheck(results: readonly FileResult[], rules: readonly Rule[], options: CrossCheckOptions): FileResult[] {
  const added = new Map<number, LintMessage[]>();
  for (const rule of rules) {
    const hooks = rule.batch;
    if (!hooks) continue;
    const id = rule.meta.id;
    const entries: BatchEntry<unknown>[] = [];
    const severityOf = new Map<number, LintMessage['severity']>();
    results.forEach((result, index) => {
      const kept = result.batch?.[id];
      if (!kept) return;
      severityOf.set(index, kept.severity);
      entries.push({
        index,
        filePath: result.filePath,
        displayPath: options.displayPath ? options.displayPath(result.filePath) : result.filePath,
        options: kept.options,
        summary: kept.summary,
      });
    });
    if (entries.length < 2) continue;
    hooks.check({
      entries,
      report({ entry, messageId, data, place, related, severity }) {
        const configured = severityOf.get(entry);
        const template = rule.meta.messages[messageId];
        // (the place is copied field by field: a summary's passage carries more than a message may hold)
        if (!configured || !template) throw new Error(`batch rule ${id}: bad finding (${messageId} on file ${entry})`);
        const message: LintMessage = {
          ruleId: id,
          severity: effectiveSeverity(severity, rule.meta.defaultSeverity, configured),
          message: formatMessage(template[options.localeOf(entry)], data),
          line: place.line, column: place.column, endLine: place.endLine, endColumn: place.endColumn,
          section: place.section, excerpt: place.excerpt,
          ...(related?.length ? { related } : {}),
        };
        // the file's own reportlint-disable comments apply to batch findings too
        const directives = results[entry]?.batch?.[id]?.directives;
        if (directives && applyDirectives([message], directives).length === 0) return;
        let list = added.get(entry);
        if (!list) added.set(entry, (list = []));
        list.push(message);
      },
    });
  }
  if (added.size === 0) return [...results];
  return results.map((result, index) => {
    const extra = added.get(index);
    if (!extra) return result;
    const { filePath, messages, errorCount: _e, warningCount: _w, infoCount: _i, ...rest } = result;
    return makeResult(filePath, sortAndDedupe([...messages, ...extra]), rest);
  });
}
