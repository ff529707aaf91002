// What the batch checks (duplicate-report's per-file summaries and batch comparison, batch-year) add to a batch:
// 200 generated reports (5 planted copies, 3 of a wrong year) linted with every rule, as the CLI lints them, with and
// without the two rules; runs alternate and the medians of CPU time (steadier than wall time on a shared machine)
// are compared. Markdown is the cheap case for reading, so the
// share measured here is an upper bound for a batch of .docx files.
import { lintReport, type LintReportOptions } from '../src/lint-report.js';
import { registeredRules } from '../src/batch/registry.js';
import { crossCheck } from '../src/engine/cross-check.js';
import { generateBatch } from './batch-reports.js';
import { median, round } from './stats.js';

export interface CrossCheckBench {
  files: number;
  /** Median CPU ms for the whole batch with the batch checks on, and with them off. */
  withChecks: number;
  without: number;
  /** Median CPU ms of the batch comparison alone (after every file is done). */
  compare: number;
  findings: { duplicateReport: number; batchYear: number };
  runs: number;
}

export async function benchCrossCheck(runs = 9): Promise<CrossCheckBench> {
  const batch = generateBatch({ count: 200, duplicates: 5, wrongYear: 3, year: 2025 });
  const inputs = batch.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  const rules = await registeredRules();
  const on: LintReportOptions = { locale: 'zh-CN', settings: { year: 2025 }, registry: rules };
  const off: LintReportOptions = { locale: 'zh-CN', settings: {}, registry: rules, plan: { 'duplicate-report': 'off', 'batch-year': 'off' } };
  const withTimes: number[] = [], withoutTimes: number[] = [], compareTimes: number[] = [];
  const findings = { duplicateReport: 0, batchYear: 0 };
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const once = async (options: LintReportOptions, compare: boolean) => {
    const started = cpuMs();
    const results = [];
    for (const input of inputs) results.push(await lintReport(input.bytes, input.name, options));
    let checked = results;
    const compareStart = cpuMs();
    if (compare) checked = crossCheck(results, rules, { localeOf: () => 'zh-CN' });
    const ended = cpuMs();
    return { ms: ended - started, compareMs: ended - compareStart, checked };
  };
  await once(on, true); // warm-up
  await once(off, false);
  for (let i = 0; i < runs; i++) {
    const a = await once(on, true);
    const b = await once(off, false);
    withTimes.push(a.ms);
    compareTimes.push(a.compareMs);
    withoutTimes.push(b.ms);
    const all = a.checked.flatMap((r) => r.messages);
    findings.duplicateReport = all.filter((m) => m.ruleId === 'duplicate-report').length;
    findings.batchYear = all.filter((m) => m.ruleId === 'batch-year').length;
  }
  return {
    files: inputs.length, runs,
    withChecks: round(median(withTimes), 1), without: round(median(withoutTimes), 1), compare: round(median(compareTimes), 2), findings,
  };
}
