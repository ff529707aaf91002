// The season part of the bench (issue 17): a province reviews about 10 000 reports a season. The report generator
// (tests/generator) writes N distinct reports (distinct seeds: half .md, half .docx, at the length of real reports)
// into a temporary folder outside the project, in worker threads, one file at a time; the CLI lints the folder with
// its worker pool and --cache (the cache starts empty, so this is the cold run, filling it), again with the cache
// warm, then a tenth of the files alone, so peak RSS can be compared against the number of files. The folder is
// deleted afterwards. `npm run bench -- --only season` runs it alone (10 000 reports; 200 with --quick).
//
// Why distinct seeds and not cheap variants of a few reports: variants that differ in a name or a figure are what
// the duplicate-report batch check exists to find, so a season of them would be linted as thousands of copies.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { SeasonGenDone, SeasonGenJob } from './season-gen.js';

export interface ProbedRun { ms: number; code: number | null; probe?: { maxRssKb: number; cpuMs: number }; stderr: string }

export interface SeasonRun {
  files: number;
  wallS: number;
  cpuS: number | undefined;
  /** Peak RSS of the CLI process, its worker threads included (the CLI starts no child processes). */
  peakRssMb: number | undefined;
  reportsPerS: number;
  cpuSPerReport: number | undefined;
  exit: number | null;
  /** Results in the JSON output, and the findings in them (errors + warnings). */
  linted?: number;
  findings?: number;
}

export interface SeasonResult {
  count: number;
  md: number;
  docx: number;
  megabytes: number;
  /** Average size of a generated report, KB, per form. */
  averageKb: { md: number; docx: number };
  skippedSeeds: number;
  /** Generating the reports: wall seconds, CPU seconds (all generator threads) and threads used. */
  generateS: number;
  generateCpuS: number;
  generateThreads: number;
  workers: number;
  cores: number;
  cold: SeasonRun;
  cacheWarm: SeasonRun;
  tenth: SeasonRun;
  /** Seconds for 10 000 reports at the cold run's measured rate on this machine (load included). */
  projectedSeasonS: number;
  /** Seconds for 10 000 reports from the cold run's CPU time per report, spread over all cores of an idle machine. */
  projectedIdleS: number | undefined;
  /** Same for re-checking an unchanged season with the cache warm, at the measured rate. */
  projectedWarmS: number;
  /** Whether the warm run gave the same number of findings as the cold one. */
  warmSameFindings: boolean;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 10000) / 10000;
const cpuNow = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };

/** Writes `count` reports into `dir` from `threads` worker threads; resolves with the totals. */
async function generateSeason(dir: string, count: number, threads: number): Promise<SeasonGenDone> {
  const url = new URL('./season-gen.js', import.meta.url);
  const shares = Array.from({ length: threads }, (_, w) => Math.floor(count / threads) + (w < count % threads ? 1 : 0));
  const parts = await Promise.all(shares.map((quota, worker) => new Promise<SeasonGenDone>((resolve, reject) => {
    const job: SeasonGenJob = { dir, quota, worker, workers: threads };
    const w = new Worker(url, { workerData: job });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`generator thread exited with ${code}`))));
  })));
  return parts.reduce((a, p) => ({
    files: a.files + p.files, md: a.md + p.md, docx: a.docx + p.docx, mdBytes: a.mdBytes + p.mdBytes, docxBytes: a.docxBytes + p.docxBytes, skipped: a.skipped + p.skipped,
  }));
}

export async function seasonBench(options: {
  count: number;
  cliPath: string;
  workers: number;
  cores: number;
  timeoutMs: number;
  run: (nodeArgs: string[], timeoutMs: number) => ProbedRun;
  log: (s: string) => void;
  problems: string[];
}): Promise<SeasonResult> {
  const { count, cliPath, workers, cores, timeoutMs, run, log, problems } = options;
  const root = mkdtempSync(join(tmpdir(), 'reportlint-season-'));
  try {
    const dir = join(root, 'reports');
    mkdirSync(dir);
    const threads = Math.max(1, Math.min(cores, 4));
    const started = performance.now(), cpu0 = cpuNow();
    const gen = await generateSeason(dir, count, threads);
    const generateS = r2((performance.now() - started) / 1000), generateCpuS = r2(cpuNow() - cpu0);
    const bytes = gen.mdBytes + gen.docxBytes;
    log(`  generated ${gen.files} reports (${gen.md} .md, ${gen.docx} .docx, ${(bytes / 2 ** 20).toFixed(1)} MB) in ${generateS} s, ${generateCpuS} s CPU on ${threads} threads${gen.skipped ? `, ${gen.skipped} seeds skipped (their defect could not be planted)` : ''}`);

    const lint = (label: string, inputs: string[], extra: string[], files: number): SeasonRun => {
      const out = join(root, `season-${label}.json`);
      const r = run([cliPath, '--format', 'json', '--output-file', out, '--concurrency', String(workers), ...extra, ...inputs], timeoutMs);
      if (r.code === null || r.code > 1) problems.push(`season ${label}: exit ${r.code} ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
      let linted: number | undefined, findings: number | undefined;
      try {
        const results = JSON.parse(readFileSync(out, 'utf8')) as { errorCount?: number; warningCount?: number }[];
        linted = results.length;
        findings = results.reduce((a, x) => a + (x.errorCount ?? 0) + (x.warningCount ?? 0), 0);
      } catch { /* reported below */ }
      if (linted !== files) problems.push(`season ${label}: ${linted ?? 'no'} results for ${files} files`);
      const wallS = r.ms / 1000, cpuS = r.probe ? r.probe.cpuMs / 1000 : undefined;
      log(`  season ${label}: ${files} files, ${wallS.toFixed(1)} s wall, ${cpuS?.toFixed(1) ?? '?'} s CPU, ${r.probe ? Math.round(r.probe.maxRssKb / 1024) : '?'} MB, ${findings ?? '?'} findings`);
      return {
        files, wallS: r2(wallS), cpuS: cpuS === undefined ? undefined : r2(cpuS), peakRssMb: r.probe ? Math.round(r.probe.maxRssKb / 102.4) / 10 : undefined,
        reportsPerS: r2(files / wallS), cpuSPerReport: cpuS === undefined ? undefined : r4(cpuS / files), exit: r.code, linted, findings,
      };
    };

    const cache = join(root, 'season.cache');
    const cold = lint('cold', [dir], ['--cache', '--cache-location', cache], gen.files);
    const cacheWarm = lint('cache-warm', [dir], ['--cache', '--cache-location', cache], gen.files);
    const warmSameFindings = cold.findings !== undefined && cold.findings === cacheWarm.findings;
    if (!warmSameFindings) problems.push(`season: the warm run found ${cacheWarm.findings} findings, the cold run ${cold.findings}`);
    // A tenth of the files, named one by one (the same spread of forms and kinds).
    const names = readdirSync(dir).sort().filter((_, i) => i % 10 === 0);
    const tenth = lint('tenth', names.map((n) => join(dir, n)), [], names.length);
    return {
      count: gen.files, md: gen.md, docx: gen.docx, megabytes: r2(bytes / 2 ** 20),
      averageKb: { md: r2(gen.mdBytes / Math.max(1, gen.md) / 1024), docx: r2(gen.docxBytes / Math.max(1, gen.docx) / 1024) },
      skippedSeeds: gen.skipped, generateS, generateCpuS, generateThreads: threads, workers, cores,
      cold, cacheWarm, tenth,
      projectedSeasonS: Math.round(10_000 / cold.reportsPerS),
      projectedIdleS: cold.cpuSPerReport === undefined ? undefined : Math.round((10_000 * cold.cpuSPerReport) / cores),
      projectedWarmS: Math.round(10_000 / cacheWarm.reportsPerS),
      warmSameFindings,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
