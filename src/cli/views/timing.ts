// TIMING=1: a per-rule time table on stderr after the run (as ESLint prints), summed over the files linted in this
// run (cached results carry no timing).
import type { FileResult } from '../../engine/result.js';
import type { Locale } from '../../i18n/locale.js';
import { cliMessage } from '../../i18n/cli-messages.js';
import { displayWidth, padEnd, padStart } from '../../format/text-width.js';
import { phaseTimes } from '../phases.js';

/** One line: module loading, config, reading, rules, output (TIMING=1, after the output). */
export function phaseLine(results: readonly FileResult[], locale: Locale): string {
  const p = phaseTimes();
  const ms = (v: number | undefined) => (v ?? 0).toFixed(1);
  let read = 0, rules = 0;
  for (const r of results) {
    if (!r.timing) continue;
    read += r.timing.parse;
    for (const v of Object.values(r.timing.rules)) rules += v;
  }
  return `${cliMessage('timingPhases', locale, {
    loading: ms(p.get('loading')), config: ms(p.get('config')), read: ms(read), rules: ms(rules), output: ms(p.get('output')),
    lint: ms(p.get('lint')), files: results.length, worker: ms(p.get('worker')),
  })}\n`;
}

export function timingTable(results: readonly FileResult[], locale: Locale, top = Number(process.env.TIMING) > 1 ? Number(process.env.TIMING) : 10): string {
  const totals = new Map<string, number>();
  const add = (key: string, ms: number) => totals.set(key, (totals.get(key) ?? 0) + ms);
  for (const r of results) {
    if (!r.timing) continue;
    add(cliMessage('timingParse', locale), r.timing.parse);
    for (const [rule, ms] of Object.entries(r.timing.rules)) add(rule, ms);
  }
  if (totals.size === 0) return '';
  const all = [...totals.values()].reduce((a, b) => a + b, 0) || 1;
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, ms]) => [name, ms.toFixed(3), `${((ms * 100) / all).toFixed(1)}%`]);
  const head = [cliMessage('timingTitle', locale), cliMessage('timingTime', locale), cliMessage('timingRelative', locale)];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join(' | ');
  const rule = [`:${'-'.repeat(widths[0]! - 1)}`, `${'-'.repeat(widths[1]! - 1)}:`, `${'-'.repeat(widths[2]! - 1)}:`].join(' | ');
  return `${[line(head), rule, ...rows.map(line)].join('\n')}\n`;
}
