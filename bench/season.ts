// The season part of the bench (issue 17): a province reviews about 10 000 reports a season. The report generator
// (tests/generator) writes N reports, half .md and half .docx, at the length of real reports; the CLI lints the folder
// with its worker pool and --cache (the cache starts empty, so this is the cold run, filling it), again with the cache
// warm, then a tenth of the files alone, so peak RSS can be compared against the number of files.
// `npm run bench -- --only season` runs it alone (10 000 reports; 120 with --quick).
import { existsSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCorpus } from '../tests/generator/cli.js';

export interface ProbedRun { ms: number; code: number | null; probe?: { maxRssKb: number; cpuMs: number }; stderr: string }

export interface SeasonRun {
  files: number;
  wallS: number;
  cpuS: number | undefined;
  peakRssMb: number | undefined;
  reportsPerS: number;
  cpuSPerReport: number | undefined;
  exit: number | null;
  linted?: number;
}

export interface SeasonResult {
  count: number;
  md: number;
  docx: number;
  megabytes: number;
  generateS: number;
  workers: number;
  cold: SeasonRun;
  cacheWarm: SeasonRun;
  tenth: SeasonRun;
  /** Seconds for 10 000 reports at the cold run's rate, on this machine (2 cores). */
  projectedSeasonS: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 10000) / 10000;

export function seasonBench(options: {
  count: number;
  scratch: string;
  cliPath: string;
  workers: number;
  run: (nodeArgs: string[], timeoutMs: number) => ProbedRun;
  log: (s: string) => void;
  problems: string[];
}): SeasonResult {
  const { count, scratch, cliPath, workers, run, log, problems } = options;
  const dir = join(scratch, 'season');
  let started = performance.now();
  // One seed at a time: a seed the generator cannot plant its defect in throws, and is skipped (counted) so the
  // season still has `count` reports. Even seeds are .md, odd ones .docx.
  const written = { bytes: 0 };
  let skipped = 0;
  for (let seed = 0, made = 0; made < count; seed++) {
    try {
      written.bytes += writeCorpus({ count: 1, out: dir, mix: [made % 2 === 0 ? 'md' : 'docx'], seed, cleanOnly: false }).bytes;
      made++;
    } catch {
      if (++skipped > count) throw new Error('the generator failed on every seed');
    }
  }
  if (skipped) problems.push(`season: ${skipped} generator seeds skipped (defect could not be planted)`);
  // The manifest is ground truth for the generator's own checks, not a report: keep it out of the linted folder.
  renameSync(join(dir, 'manifest.json'), join(scratch, 'season-manifest.json'));
  const generateS = r2((performance.now() - started) / 1000);
  const names = readdirSync(dir).sort();
  log(`  generated ${names.length} reports (${(written.bytes / 2 ** 20).toFixed(1)} MB) in ${generateS} s`);

  const lint = (label: string, inputs: string[], extra: string[], files: number): SeasonRun => {
    const out = join(scratch, `season-${label}.json`);
    started = performance.now();
    const r = run([cliPath, '--format', 'json', '--output-file', out, '--concurrency', String(workers), ...extra, ...inputs], 3_600_000);
    if (r.code === null || r.code > 1) problems.push(`season ${label}: exit ${r.code} ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    let linted: number | undefined;
    try {
      linted = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length : undefined;
    } catch { /* reported below */ }
    if (linted !== files) problems.push(`season ${label}: ${linted ?? 'no'} results for ${files} files`);
    const wallS = r.ms / 1000, cpuS = r.probe ? r.probe.cpuMs / 1000 : undefined;
    log(`  season ${label}: ${files} files, ${wallS.toFixed(1)} s wall, ${cpuS?.toFixed(1) ?? '?'} s CPU, ${r.probe ? Math.round(r.probe.maxRssKb / 1024) : '?'} MB`);
    return {
      files, wallS: r2(wallS), cpuS: cpuS === undefined ? undefined : r2(cpuS), peakRssMb: r.probe ? Math.round(r.probe.maxRssKb / 102.4) / 10 : undefined,
      reportsPerS: r2(files / wallS), cpuSPerReport: cpuS === undefined ? undefined : r4(cpuS / files), exit: r.code, linted,
    };
  };

  const cache = join(scratch, 'season.cache');
  const cold = lint('cold', [dir], ['--cache', '--cache-location', cache], names.length);
  const cacheWarm = lint('cache-warm', [dir], ['--cache', '--cache-location', cache], names.length);
  const tenthNames = names.filter((_, i) => i % 10 === 0);
  const tenth = lint('tenth', tenthNames.map((n) => join(dir, n)), [], tenthNames.length);
  const sizes = names.reduce((a, n) => a + statSync(join(dir, n)).size, 0);
  return {
    count: names.length,
    md: names.filter((n) => n.endsWith('.md')).length,
    docx: names.filter((n) => n.endsWith('.docx')).length,
    megabytes: r2(sizes / 2 ** 20),
    generateS,
    workers,
    cold, cacheWarm, tenth,
    projectedSeasonS: Math.round(10_000 / cold.reportsPerS),
  };
}
