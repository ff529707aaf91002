// The default human format (ESLint's stylish): per file its path, then one line per finding with line:column,
// severity, message, rule id and section path, then a summary line. Colours only when the context allows them.
import { createColors } from 'picocolors';
import type { FileResult } from '../engine/result.js';
import type { Severity } from '../engine/rule.js';
import type { Locale } from '../i18n/locale.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { displayPath } from './paths.js';
import { displayWidth as width, padEnd as pad } from './text-width.js';
import type { Formatter } from './types.js';

const severityWord: Record<Severity, Record<Locale, string>> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};


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
    out.push('', c.underline(displayPath(result.filePath, context.cwd)));
    const rows = result.messages.map((m) => ({
      where: m.cell ?? `${m.line}:${m.column}`,
      severity: m.severity,
      word: severityWord[m.severity][locale],
      message: m.message.replace(/\s*\n\s*/g, ' '),
      rule: m.ruleId,
      section: m.section.join(' › '),
    }));
    const whereWidth = Math.max(...rows.map((r) => width(r.where)));
    const wordWidth = Math.max(...rows.map((r) => width(r.word)));
    for (const r of rows) {
      const colour = r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.blue;
      const section = r.section ? `  ${c.dim(r.section)}` : '';
      out.push(`  ${c.dim(pad(r.where, whereWidth))}  ${colour(pad(r.word, wordWidth))}  ${r.message}  ${c.dim(r.rule)}${section}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
  const summary = cliMessage('summary', locale, {
    total, errors, warnings, infos,
    problemWord: plural(total, 'problem'), errorWord: plural(errors, 'error'), warningWord: plural(warnings, 'warning'),
  });
  out.push('', c.bold(errors > 0 ? c.red(summary) : warnings > 0 ? c.yellow(summary) : summary), '');
  return `${out.join('\n')}\n`;
};
