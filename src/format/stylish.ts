// The default human format (after ESLint's stylish): per file its path, one line per finding with line:column,
// severity, message, rule id and the last two levels of the section path (the full path is in JSON), the excerpt
// the finding is about on the line below, and a count line; then the totals and a batch summary (files checked,
// clean, with errors, unreadable, skipped). Colours only when the context allows them.
import { createColors } from 'picocolors';
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../i18n/locale.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { displayPath } from './paths.js';
import { terminalSafeLine } from './terminal.js';
import { displayWidth as width, padEnd as pad } from './text-width.js';
import { reviewText, severityWord } from '../i18n/review.js';
import { batchSummaryLine } from './batch-summary.js';
import type { Formatter } from './types.js';

const EXCERPT_WIDTH = 100;

/** The excerpt on one line, cut to about EXCERPT_WIDTH columns. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ').trim();
  let out = '';
  for (const ch of flat) {
    if (width(out + ch) > EXCERPT_WIDTH) return `${out}…`;
    out += ch;
  }
  return out;
}

export const stylishFormatter: Formatter = (results: FileResult[], context) => {
  const c = createColors(context.color);
  const { locale } = context;
  const out: string[] = [];
  let errors = 0, warnings = 0, infos = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    out.push('', c.underline(terminalSafeLine(displayPath(result.filePath, context.cwd))));
    const rows = result.messages.map((m) => ({
      where: m.cell ?? `${m.line}:${m.column}`,
      severity: m.severity,
      word: severityWord(m.severity, locale),
      message: terminalSafeLine(m.message),
      rule: terminalSafeLine(m.ruleId),
      section: terminalSafeLine(m.section.slice(-2).join(' › ')),
      excerpt: m.excerpt?.trim() ? terminalSafeLine(oneLine(m.excerpt)) : '',
    }));
    const whereWidth = Math.max(...rows.map((r) => width(r.where)));
    const wordWidth = Math.max(...rows.map((r) => width(r.word)));
    const indent = ' '.repeat(2 + whereWidth + 2 + wordWidth + 2);
    for (const r of rows) {
      const colour = r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.blue;
      const section = r.section ? `  ${c.dim(r.section)}` : '';
      out.push(`  ${c.dim(pad(r.where, whereWidth))}  ${colour(pad(r.word, wordWidth))}  ${r.message}  ${c.dim(r.rule)}${section}`);
      if (r.excerpt) out.push(`${indent}${c.dim(`${reviewText('excerptLabel', locale)}：${r.excerpt}`)}`);
    }
    out.push(`  ${c.dim(reviewText('fileCount', locale, { errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount }))}`);
  }
  const total = errors + warnings + infos;
  if (total === 0 && results.length < 2) return '';
  if (total > 0) {
    const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
    const summary = cliMessage('summary', locale, {
      total, errors, warnings, infos,
      problemWord: plural(total, 'problem'), errorWord: plural(errors, 'error'), warningWord: plural(warnings, 'warning'),
    });
    out.push('', c.bold(errors > 0 ? c.red(summary) : warnings > 0 ? c.yellow(summary) : summary));
  }
  out.push(total > 0 ? batchSummaryLine(results, locale, context.skipped) : `\n${batchSummaryLine(results, locale, context.skipped)}`, '');
  return `${out.join('\n')}\n`;
};
