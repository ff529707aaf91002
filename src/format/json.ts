// The JSON contract (DEVELOPERS.md): an array with one entry per file, only the contract's fields, so the output is
// the same whatever ran in parallel or came from the cache.
import type { FileResult, LintMessage } from '../engine/result.js';
import type { Formatter } from './types.js';

export function contractEntry(result: FileResult) {
  return {
    filePath: result.filePath,
    messages: result.messages.map(contractMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
  };
}

function contractMessage(m: LintMessage): LintMessage {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    section: m.section,
    excerpt: m.excerpt,
    // .xlsx: the sheet and cell ("自评表!F12"); absent for other formats
    ...(m.cell ? { cell: m.cell } : {}),
    ...(m.related?.length ? { related: m.related.map((r) => ({ ...r })) } : {}),
  };
}

export const jsonFormatter: Formatter = (results) => `${JSON.stringify(results.map(contractEntry))}\n`;
