// GitHub Actions workflow commands: one `::error|warning|notice` line per finding, shown as annotations on the run
// and on the pull request's files. Escaping follows the runner's rules (actions/toolkit command.ts): data escapes
// %, CR and LF; property values additionally escape ':' and ','.
import type { FileResult, LintMessage } from '../engine/result.js';
import type { Severity } from '../engine/rule.js';
import type { FormatContext, Formatter } from './types.js';
import { displayPath } from './paths.js';
import { terminalSafe } from './terminal.js';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return terminalSafe(text, true).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: string, m: LintMessage): string {
  const line = Math.max(1, m.line);
  const col = Math.max(1, m.column);
  const endLine = Math.max(line, m.endLine || line);
  const endColumn = Math.max(1, m.endColumn || col);
  const properties: [string, string | number][] = [
    ['file', file], ['line', line], ['col', col], ['endLine', endLine], ['endColumn', endColumn], ['title', m.ruleId],
  ];
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${commands[m.severity] ?? 'notice'} ${props}::${escapeData(m.message)}`;
}

export const githubFormatter: Formatter = (results: FileResult[], context: FormatContext) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) lines.push(annotation(file, m));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
