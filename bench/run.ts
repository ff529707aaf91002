// The benchmark (`npm run bench [-- --quick] [-- --profile] [-- --only corpus,warm,markdown,cold,batch,largest,generated,limits,serve,crosscheck,season]`).
// Every figure is measured next to a baseline on the same inputs in the same run: reportlint's library API against
// mammoth reading alone, mammoth's HTML conversion and the unzip+regex floor on the .docx corpus; against
// markdownlint on Markdown; the CLI's start-up against a bare `node`; the worker pool against one thread. Each mode
// runs in a child process of its own so peak RSS figures don't pollute each other. Prints a Markdown table and
// writes bench/results.json (the README's performance section is rendered from it by `npm run docs`).
import { benchLimits, limitsTable } from './limits.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChildResult, DocxMode, FileTiming, JobSpec, MarkdownTool } from './child.js';
import { median, round, summarize, type Summary } from './stats.js';
import {
  childPath, cliPath, corpusDir, fixturesDir, listFiles, projectRoot, samplesDir, spread,
} from './paths.js';
import { readStored, renderMarkdown, type Figure, type SeasonRecord, type StoredResults } from './report.js';
import { PROBE_SOURCE } from './probe.js';
import { serveLoad } from './serve.js';
import { generatedBench } from './generated.js';
import { benchCrossCheck } from './batch-check.js';
import { benchLinearity } from './linearity.js';
import { seasonBench, type SeasonResult, type SeasonRun } from './season.js';

const PARTS = ['corpus', 'warm', 'markdown', 'cold', 'batch', 'largest', 'generated', 'limits', 'serve', 'crosscheck', 'linearity', 'season'] as const;
type Part = (typeof PARTS)[number];

interface Args { quick: boolean; profile: boolean; only: Set<Part>; onlyGiven: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, profile: false, only: new Set(PARTS), onlyGiven: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--profile') args.profile = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i] ?? '';
      const wanted = value.split(',').filter(Boolean);
      const unknown = wanted.filter((w) => !(PARTS as readonly string[]).includes(w));
      if (unknown.length) throw new UsageError(`unknown part ${unknown.join(',')}; parts: ${PARTS.join(',')}`);
      args.only = new Set(wanted as Part[]);
      args.onlyGiven = true;
    } else if (a === '--help' || a === '-h') {
      throw new UsageError(`usage: npm run bench -- [--quick] [--profile] [--only ${PARTS.join(',')}]`);
    } else throw new UsageError(`unknown option ${a}`);
  }
  return args;
}

class UsageError extends Error {}


let scratch: string;
const profileDir = join(projectRoot, 'bench', 'profiles');
let args: Args;
const problems: string[] = [];

// Seconds per part: a line of the log that is not indented starts a part (its first word names it).
const partSeconds: Record<string, number> = {};
let part: { name: string; at: number } | undefined;
function endPart() {
  if (part) partSeconds[part.name] = round((partSeconds[part.name] ?? 0) + (performance.now() - part.at) / 1000, 1);
  part = undefined;
}

function log(text: string) {
  if (!text.startsWith(' ') && /:$/.test(text)) {
    endPart();
    part = { name: text.split(/[:(]/)[0].trim(), at: performance.now() };
  }
  process.stderr.write(`${text}\n`);
}

// ── child processes ──

let jobCounter = 0;

function runChild(job: JobSpec, timeoutMs: number): ChildResult | undefined {
  const id = ++jobCounter;
  const out = join(scratch, `result-${id}.json`);
  const jobFile = join(scratch, `job-${id}.json`);
  writeFileSync(jobFile, JSON.stringify({ ...job, out }));
  const flags = args.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${job.mode}-${job.tool}-${id}.cpuprofile`] : [];
  const started = performance.now();
  const r = spawnSync(process.execPath, [...flags, childPath, jobFile], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  const label = `${job.mode}/${job.tool}`;
  if (r.status !== 0 || !existsSync(out)) {
    const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    problems.push(`${label} failed (${why})`);
    log(`  ${label}: FAILED ${why}`);
    return undefined;
  }
  log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return JSON.parse(readFileSync(out, 'utf8')) as ChildResult;
}

interface Probe { maxRssKb: number; cpuMs: number; mammothLoaded: boolean }

let probeFile: string | undefined;
let seasonRecord: SeasonRecord | undefined;

/** Runs a command with the probe preloaded; returns wall time, exit code and the probe's figures. */
function runProbed(nodeArgs: string[], timeoutMs: number, withProbe = true): { ms: number; code: number | null; probe?: Probe; stdout: string; stderr: string } {
  const probeOut = join(scratch, `probe-${++jobCounter}.json`);
  if (withProbe && !probeFile) writeFileSync((probeFile = join(scratch, 'probe.cjs')), PROBE_SOURCE);
  const env = { ...process.env, BENCH_PROBE_OUT: probeOut, FORCE_COLOR: '0', NO_COLOR: '1' };
  const pre = withProbe ? ['--require', probeFile!] : [];
  const started = performance.now();
  const r = spawnSync(process.execPath, [...pre, ...nodeArgs], { env, timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  let probe: Probe | undefined;
  if (withProbe && existsSync(probeOut)) {
    const figures = JSON.parse(readFileSync(probeOut, 'utf8')) as Omit<Probe, 'mammothLoaded'>;
    probe = { ...figures, mammothLoaded: existsSync(`${probeOut}.mammoth`) };
  }
  return { ms, code: r.status, probe, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

// ── parts ──

interface DocxModeResult {
  tool: DocxMode;
  files: number;
  failed: number;
  crashed: number;
  summary: Summary;
  /** Sum of per-file process CPU time (all threads), seconds. */
  cpuTotal: number;
  peakRssMb: number;
  startRssMb: number;
  read?: number;
  tree?: number;
  rules?: number;
  slowestFiles?: { file: string; ms: number }[];
  slowestRules?: { id: string; ms: number }[];
  /** The (file, rule) pairs that took longest: where a rule is slow on one input. */
  slowestRuleRuns?: { file: string; rule: string; ms: number }[];
  crashes?: { file: string; error: string }[];
}

const mb = (kb: number) => round(kb / 1024, 1);
const rel = (file: string) => relative(join(projectRoot, '..'), file);

function docxMode(tool: DocxMode, files: string[], timeoutMs: number): DocxModeResult | undefined {
  const r = runChild({ mode: 'docx', tool, files }, timeoutMs);
  if (!r) return undefined;
  const t = r.timings;
  const sum = (pick: (x: FileTiming) => number | undefined) => round(t.reduce((a, x) => a + (pick(x) ?? 0), 0), 1);
  const crashes = t.filter((x) => x.crashed).map((x) => ({ file: rel(x.file), error: x.crashed! }));
  const result: DocxModeResult = {
    tool,
    files: t.length,
    failed: t.filter((x) => x.failed).length,
    crashed: crashes.length,
    summary: summarize(t.map((x) => x.ms)),
    cpuTotal: round(t.reduce((a, x) => a + (x.cpuMs ?? 0), 0) / 1000, 2),
    peakRssMb: mb(r.maxRssKb),
    startRssMb: mb(r.startRssKb),
    slowestFiles: [...t].sort((a, b) => b.ms - a.ms).slice(0, 5).map((x) => ({ file: rel(x.file), ms: round(x.ms, 1) })),
  };
  if (tool === 'reportlint') {
    Object.assign(result, { read: sum((x) => x.read), tree: sum((x) => x.tree), rules: sum((x) => x.rules), crashes: crashes.slice(0, 10) });
    result.slowestRuleRuns = t.filter((x) => x.slowestRule).sort((a, b) => b.slowestRule![1] - a.slowestRule![1]).slice(0, 5)
      .map((x) => ({ file: rel(x.file), rule: x.slowestRule![0], ms: round(x.slowestRule![1], 1) }));
    result.slowestRules = Object.entries(r.ruleTotals ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([id, ms]) => ({ id, ms: round(ms, 1) }));
  }
  return result;
}

function warm(tool: DocxMode, files: string[], quick: boolean) {
  const r = runChild({ mode: 'warm', tool, files, warmup: quick ? 5 : 10, iterations: quick ? 10 : 30 }, 120_000);
  if (!r) return undefined;
  return Object.fromEntries(files.map((f) => {
    const runs = r.timings.filter((x) => x.file === f);
    const times = runs.map((x) => x.ms);
    return [basename(f), {
      median: round(median(times), 2), p95: round(summarize(times).p95, 2), cpuMedian: round(median(runs.map((x) => x.cpuMs ?? NaN)), 2),
      failed: runs.find((x) => x.failed)?.failed,
    }];
  }));
}

function markdown(tool: MarkdownTool, texts: string[], quick: boolean, minRuns?: number) {
  const r = runChild({ mode: 'markdown', tool, texts, minMs: quick ? 200 : 1000, maxIterations: quick ? 20 : 100, minRuns: quick ? minRuns : undefined }, minRuns ? 900_000 : 240_000);
  return r?.texts;
}

function coldStarts(mdFile: string, docxFile: string, runs: number) {
  const commands: Record<string, string[]> = {
    node: ['-e', ''],
    // `node -e "require('mammoth')"`, resolved from the project so the working directory does not matter
    mammoth: ['-e', `require(${JSON.stringify(createRequire(import.meta.url).resolve('mammoth'))})`],
    markdown: [cliPath, '--format', 'json', mdFile],
    docx: [cliPath, '--format', 'json', docxFile],
  };
  const names = Object.keys(commands);
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const rss: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const loadsMammoth: Record<string, boolean> = {};
  const codes: Record<string, (number | null)[]> = Object.fromEntries(names.map((n) => [n, []]));
  // Interleaved so drift in machine load hits every command alike; the first round only warms the file cache.
  // Wall time is taken without the probe; CPU time, peak RSS and "was mammoth loaded" come from probed runs.
  for (let i = 0; i <= runs; i++) {
    for (const name of names) {
      const plain = runProbed(commands[name], 30_000, false);
      codes[name].push(plain.code);
      if (i === 0) continue;
      wall[name].push(plain.ms);
      if (i % 2 === 1) {
        const probed = runProbed(commands[name], 30_000);
        if (probed.probe) {
          cpu[name].push(probed.probe.cpuMs);
          rss[name].push(probed.probe.maxRssKb);
          loadsMammoth[name] = (loadsMammoth[name] ?? false) || probed.probe.mammothLoaded;
        }
      }
    }
  }
  const bad = Object.entries(codes).filter(([, c]) => c.some((x) => x === null || x > 1));
  for (const [name, c] of bad) problems.push(`cold start ${name}: exit codes ${[...new Set(c)].join(',')}`);
  const pick = (name: string) => ({
    wallMs: round(median(wall[name]), 1),
    cpuMs: cpu[name].length ? round(median(cpu[name]), 1) : undefined,
    peakRssMb: rss[name].length ? mb(median(rss[name])) : undefined,
    loadsMammoth: loadsMammoth[name],
  });
  return { runs, node: pick('node'), mammoth: pick('mammoth'), markdown: pick('markdown'), docx: pick('docx'), ok: bad.length === 0, split: coldSplit(mdFile, docxFile) };
}

/** The CLI's own TIMING=1 phase line (module loading, config, reading, rules, output, worker) for one spawn of each. */
function coldSplit(mdFile: string, docxFile: string) {
  const phases = (file: string) => {
    const r = spawnSync(process.execPath, [cliPath, '--locale', 'en', '--format', 'json', file],
      { env: { ...process.env, TIMING: '1', FORCE_COLOR: '0', NO_COLOR: '1' }, timeout: 30_000, encoding: 'utf8', maxBuffer: 1 << 26 });
    return (r.stderr ?? '').split('\n').find((line) => line.startsWith('Phases (ms):'))?.replace('Phases (ms): ', '');
  };
  return { markdown: phases(mdFile), docx: phases(docxFile) };
}

function batch(files: string[], workers: number) {
  const run = (concurrency: number) => {
    const r = runProbed([cliPath, '--format', 'json', '--concurrency', String(concurrency), ...files], 600_000);
    if (r.code === null || r.code > 1) problems.push(`batch --concurrency ${concurrency}: exit ${r.code} ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    return { ms: round(r.ms, 0), cpuMs: r.probe ? round(r.probe.cpuMs, 0) : undefined, peakRssMb: r.probe ? mb(r.probe.maxRssKb) : undefined, exit: r.code };
  };
  const one = run(1);
  const many = run(workers);
  return { files: files.length, workers, oneThread: one, pool: many };
}

/**
 * Peak RSS of one CLI batch (main thread and workers: one process) at `count` files and at a tenth of them, the
 * same reports copied over and over (the sample .docx and the Markdown fixtures in turn), so only the number of
 * files differs: whatever a batch keeps per file shows as growth. The tenth is at least 20 files, so both runs are past
 * the workers' warm-up (their young generation grows to its cap over the first few files).
 */
function batchGrowth(sources: string[], count: number, workers: number) {
  const dir = join(scratch, `growth-${count}`);
  mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: count }, (_, i) => {
    const source = sources[i % sources.length]!;
    const file = join(dir, `r${String(i).padStart(5, '0')}${source.slice(source.lastIndexOf('.'))}`);
    copyFileSync(source, file);
    return file;
  });
  const run = (list: string[]) => {
    const r = runProbed([cliPath, '--format', 'json', '--concurrency', String(workers), '--timeout', '300s', ...list], 1_200_000);
    if (r.code === null || r.code > 1) problems.push(`batch growth (${list.length} files): exit ${r.code} ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    return { files: list.length, ms: round(r.ms, 0), peakRssMb: r.probe ? mb(r.probe.maxRssKb) : undefined, exit: r.code };
  };
  const tenth = run(files.slice(0, Math.max(1, Math.round(count / 10))));
  const all = run(files);
  rmSync(dir, { recursive: true, force: true });
  return { workers, tenth, all };
}

// ── main ──

function machine() {
  const c = cpus();
  return {
    cpus: c.length,
    cpuModel: c[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    freeMemoryGb: round(freemem() / 2 ** 30, 1),
    node: process.version,
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
  };
}

function ratio(value: number | undefined, baseline: number | undefined) {
  return value !== undefined && baseline !== undefined && baseline > 0 && Number.isFinite(value) ? round(value / baseline, 2) : undefined;
}

async function main() {
  args = parseArgs(process.argv.slice(2));
  scratch = mkdtempSync(join(tmpdir(), 'reportlint-bench-'));
  // --quick stays well inside check-samples' budget on a busy machine: the limits have their own command
  // (`npm run bench:limits`) and are left out unless asked for with --only.
  const wants = (p: Part) => args.only.has(p) && (args.onlyGiven || !(args.quick && p === 'limits'));
  if (args.profile) mkdirSync(profileDir, { recursive: true });
  const started = performance.now();
  const corpusAll = listFiles(corpusDir, ['.docx']);
  const samples = listFiles(samplesDir, ['.docx']);
  const largest = corpusAll.find((f) => f.endsWith('bug65649.docx'));
  const corpus = args.quick ? spread(corpusAll, 50) : corpusAll;
  const docxFiles = [...samples, ...corpus];
  const typical = samples.filter((f) => /luquan/.test(basename(f)));
  const mdFixtures = listFiles(fixturesDir, ['.md']);
  log(`reportlint bench (${args.quick ? 'quick' : 'full'}): ${samples.length} samples + ${corpus.length}/${corpusAll.length} corpus files, ${mdFixtures.length} Markdown fixtures`);
  if (corpusAll.length === 0) problems.push(`no corpus at ${corpusDir}`);

  const results: Record<string, unknown> = { machine: machine(), mode: args.quick ? 'quick' : 'full' };
  const figures: Figure[] = [];

  if (wants('corpus') && docxFiles.length) {
    log('corpus (.docx), one child process per mode:');
    const timeout = args.quick ? 120_000 : 600_000;
    const modes = {
      reportlint: docxMode('reportlint', docxFiles, timeout),
      mammothModel: docxMode('mammoth-model', docxFiles, timeout),
      mammothHtml: docxMode('mammoth-html', docxFiles, timeout),
      floor: docxMode('floor', docxFiles, timeout),
    };
    results.corpus = { files: docxFiles.length, samples: samples.length, corpusFiles: corpus.length, ...modes };
    const rl = modes.reportlint, base = modes.mammothModel;
    const what = `${docxFiles.length} .docx`;
    const sec = (ms?: number) => (ms === undefined ? undefined : round(ms / 1000, 2));
    figures.push(
      figure('corpus-total', `whole corpus, total (${what})`, 's', sec(rl?.summary.total), 'mammoth reading alone', sec(base?.summary.total), { max: 1.2, text: '≤ 1.2× mammoth reading alone' }),
      figure('corpus-cpu', `whole corpus, CPU time (${what})`, 's', rl?.cpuTotal, 'mammoth reading alone', base?.cpuTotal, { max: 1.2, text: '≤ 1.2× mammoth reading alone' }),
      figure('corpus-vs-html', 'whole corpus vs mammoth convertToHtml', 's', sec(rl?.summary.total), 'mammoth convertToHtml', sec(modes.mammothHtml?.summary.total)),
      figure('corpus-vs-floor', 'whole corpus vs unzip + regex floor', 's', sec(rl?.summary.total), 'fflate unzip + regex', sec(modes.floor?.summary.total)),
      figure('corpus-median', 'per file, median', 'ms', round(rl?.summary.median ?? NaN, 2), 'mammoth reading alone', round(base?.summary.median ?? NaN, 2)),
      figure('corpus-p95', 'per file, p95', 'ms', round(rl?.summary.p95 ?? NaN, 1), 'mammoth reading alone', round(base?.summary.p95 ?? NaN, 1)),
      figure('corpus-max', 'per file, max', 'ms', round(rl?.summary.max ?? NaN, 0), 'mammoth reading alone', round(base?.summary.max ?? NaN, 0)),
    );
    if (rl) {
      const share = ((rl.tree ?? 0) + (rl.rules ?? 0)) / Math.max(1e-9, rl.summary.total);
      figures.push(figure('tree-rules-share', 'tree + rules share of reportlint time', '%', round(share * 100, 1), 'reading', round(((rl.read ?? 0) / rl.summary.total) * 100, 1), { absoluteMax: 20, text: '< 20 %' }));
    }
    figures.push(figure('corpus-rss', 'peak RSS, whole corpus', 'MB', rl?.peakRssMb, 'mammoth reading alone', base?.peakRssMb, { max: 1.0, text: '≤ mammoth alone' }));
  }

  if (wants('warm') && typical.length) {
    log('typical report, warm:');
    const rl = warm('reportlint', typical, args.quick);
    const base = warm('mammoth-model', typical, args.quick);
    results.warm = { reportlint: rl, mammothModel: base };
    for (const f of typical) {
      const name = basename(f);
      const isTarget = /styled/.test(name) || typical.length === 1;
      figures.push(figure(`warm-${name}`, `typical report warm: ${name}`, 'ms', rl?.[name]?.median, 'mammoth reading alone', base?.[name]?.median,
        isTarget ? { absoluteMax: 20, text: '< 20 ms' } : undefined));
      if (isTarget) {
        figures.push(figure(`warm-cpu-${name}`, `typical report warm, CPU time: ${name}`, 'ms', rl?.[name]?.cpuMedian, 'mammoth reading alone', base?.[name]?.cpuMedian,
          { absoluteMax: 20, text: '< 20 ms' }));
      }
    }
  }

  if (wants('markdown') && mdFixtures.length) {
    log('Markdown:');
    const seed = mdFixtures.find((f) => /luquan/.test(f)) ?? mdFixtures[0];
    const seedText = readFileSync(seed, 'utf8');
    // 1, 4 and 16 MB of the seed report repeated: time per MB must stay flat as the document grows (--quick: 1 and
    // 4 MB only, so the quick run stays short).
    const sizes = args.quick ? [1, 4] : [1, 4, 16];
    const bigs = sizes.map((n) => {
      const file = join(scratch, `luquan-${n}mb.md`);
      writeFileSync(file, seedText.repeat(Math.ceil((n << 20) / Buffer.byteLength(seedText))));
      return file;
    });
    const big = bigs[0];
    const texts = [...mdFixtures, big];
    const rl = markdown('reportlint', texts, args.quick);
    const ml = markdown('markdownlint', texts, args.quick);
    // The larger inputs: fewer repetitions (a 16 MB run takes seconds), one process per tool as above.
    const rlBig = markdown('reportlint', bigs.slice(1), args.quick, 1);
    const mlBig = markdown('markdownlint', bigs.slice(1), args.quick, 1);
    const all = (list: typeof rl, more: typeof rl) => [...(list ?? []), ...(more ?? [])];
    const rlAll = all(rl, rlBig), mlAll = all(ml, mlBig);
    const kbps = (list: typeof rl, pick: (file: string) => boolean, cpu = false) => {
      const chosen = (list ?? []).filter((t) => pick(t.file));
      const bytes = chosen.reduce((a, t) => a + t.bytes, 0), ms = chosen.reduce((a, t) => a + (cpu ? t.medianCpuMs : t.medianMs), 0);
      return chosen.length && ms > 0 ? round(bytes / 1024 / (ms / 1000), 0) : undefined;
    };
    const msPerMb = (list: typeof rl, file: string, cpu = false) => {
      const t = (list ?? []).find((x) => x.file === file);
      return t ? round((cpu ? t.medianCpuMs : t.medianMs) / (t.bytes / 2 ** 20), 1) : undefined;
    };
    const small = (f: string) => !bigs.includes(f);
    results.markdown = {
      texts: [...texts.map((t) => relative(projectRoot, t)), ...bigs.slice(1).map((t) => relative(projectRoot, t))]
        .map((t) => (/luquan-(\d+)mb\.md$/.test(t) ? `${/luquan-(\d+)mb/.exec(t)![1]} MB (luquan repeated)` : t)),
      reportlint: rlAll, markdownlint: mlAll,
      msPerMb: Object.fromEntries(sizes.map((n, i) => [`${n}MB`, { reportlint: msPerMb(rlAll, bigs[i]), markdownlint: msPerMb(mlAll, bigs[i]), reportlintCpu: msPerMb(rlAll, bigs[i], true) }])),
    };
    figures.push(
      figure('markdown-fixtures', `Markdown fixtures (${mdFixtures.length} files)`, 'KB/s', kbps(rl, small), 'markdownlint (default rules)', kbps(ml, small), { min: 1.0, text: '≥ markdownlint' }),
      figure('markdown-fixtures-cpu', 'Markdown fixtures, per CPU second', 'KB/s', kbps(rl, small, true), 'markdownlint (default rules)', kbps(ml, small, true), { min: 1.0, text: '≥ markdownlint' }),
    );
    sizes.forEach((n, i) => {
      const only = (f: string) => f === bigs[i];
      figures.push(
        figure(`markdown-${n}mb`, `Markdown, ${n} MB (${msPerMb(rlAll, bigs[i]!) ?? 'n/a'} ms/MB; markdownlint ${msPerMb(mlAll, bigs[i]!) ?? 'n/a'} ms/MB)`, 'KB/s', kbps(rlAll, only), 'markdownlint (default rules)', kbps(mlAll, only), { min: 1.0, text: '≥ markdownlint' }),
        figure(`markdown-${n}mb-cpu`, `Markdown, ${n} MB, per CPU second (${msPerMb(rlAll, bigs[i]!, true) ?? 'n/a'} CPU ms/MB; markdownlint ${msPerMb(mlAll, bigs[i]!, true) ?? 'n/a'})`, 'KB/s', kbps(rlAll, only, true), 'markdownlint (default rules)', kbps(mlAll, only, true), { min: 1.0, text: '≥ markdownlint' }),
      );
    });
    // Flat: reportlint's time per MB at the largest size against its own at 1 MB (markdownlint's same ratio is in
    // results.json).
    const largest = bigs.length - 1, top = sizes[largest]!;
    const flatTop = msPerMb(rlAll, bigs[largest]!), flat1 = msPerMb(rlAll, bigs[0]!);
    figures.push(figure('markdown-flat', `Markdown time per MB, ${top} MB vs 1 MB (markdownlint: ${ratio(msPerMb(mlAll, bigs[largest]!), msPerMb(mlAll, bigs[0]!)) ?? 'n/a'}×)`, 'ms/MB', flatTop, 'reportlint at 1 MB', flat1, { max: 1.25, text: '≤ 1.25× (flat)' }));
  }

  const smallDocx = [...samples].sort((a, b) => statSync(a).size - statSync(b).size)[0];
  const smallMd = mdFixtures.find((f) => /luquan/.test(f)) ?? mdFixtures[0];
  if (wants('cold') && existsSync(cliPath) && smallMd && smallDocx) {
    log('CLI cold start:');
    const c = coldStarts(smallMd, smallDocx, args.quick ? 4 : 10);
    results.coldStart = { markdownFile: relative(projectRoot, smallMd), docxFile: rel(smallDocx), ...c };
    const mammothNote = c.markdown.loadsMammoth === undefined ? 'mammoth loading not checked' : c.markdown.loadsMammoth ? 'mammoth was loaded' : undefined;
    figures.push(
      figure('cold-markdown', `CLI start-up, Markdown (${basename(smallMd)}), wall`, 'ms', c.markdown.wallMs, 'node -e ""', c.node.wallMs,
        { max: 2, text: '≤ 2× node -e "", mammoth not loaded', extra: c.markdown.loadsMammoth === false, extraNote: mammothNote }),
      figure('cold-markdown-cpu', 'CLI start-up, Markdown, CPU time', 'ms', c.markdown.cpuMs, 'node -e ""', c.node.cpuMs, { max: 2, text: '≤ 2× node -e ""' }),
      figure('cold-docx', `CLI start-up, .docx (${basename(smallDocx)}), wall`, 'ms', c.docx.wallMs, `node -e "require('mammoth')"`, c.mammoth.wallMs, { max: 2, text: `≤ 2× node -e "require('mammoth')"` }),
      figure('cold-docx-cpu', 'CLI start-up, .docx, CPU time', 'ms', c.docx.cpuMs, `node -e "require('mammoth')"`, c.mammoth.cpuMs, { max: 2, text: `≤ 2× node -e "require('mammoth')"` }),
    );
  } else if (wants('cold')) problems.push(`cold start not measured (no ${relative(projectRoot, cliPath)} or inputs)`);

  if (wants('batch') && existsSync(cliPath) && docxFiles.length) {
    log('batch via the CLI:');
    const workers = Math.max(2, cpus().length);
    const b = batch(docxFiles, workers);
    results.batch = b;
    figures.push(figure('batch', `batch, ${b.files} .docx, --concurrency ${workers} (wall)`, 's', round(b.pool.ms / 1000, 2), '--concurrency 1', round(b.oneThread.ms / 1000, 2)));
    figures.push(figure('batch-rss', `batch peak RSS, --concurrency ${workers}`, 'MB', b.pool.peakRssMb, '--concurrency 1', b.oneThread.peakRssMb));
    const sources = [...samples, ...mdFixtures];
    if (sources.length) {
      const g = batchGrowth(sources, args.quick ? 200 : 1000, workers);
      results.batchGrowth = g;
      figures.push(figure('batch-rss-growth', `batch peak RSS at ${g.all.files} files (copies of the samples and Markdown fixtures), --concurrency ${workers}`, 'MB',
        g.all.peakRssMb, `${g.tenth.files} files`, g.tenth.peakRssMb, { max: 1.1, text: 'does not grow (≤ 1.1× at a tenth of the files)' }));
    }
  } else if (wants('batch')) problems.push(`batch not measured (no ${relative(projectRoot, cliPath)})`);

  if (wants('serve') && existsSync(cliPath) && samples.length) {
    log('serve under load:');
    const s = await serveLoad(cliPath, [...samples, ...mdFixtures]);
    results.serve = s;
    if (!s) problems.push('serve not measured (the server did not start)');
    else {
      if (s.answered !== s.uploads || s.oversizeStatus !== 413 || !s.zipBombFatal) {
        problems.push(`serve: ${s.answered}/${s.uploads} answered, oversize ${s.oversizeStatus}, zip bomb fatal ${s.zipBombFatal}`);
      }
      figures.push(figure('serve-rss', `serve peak RSS, ${s.uploads} concurrent uploads + oversize + zip bomb (${round(s.wallMs / 1000, 1)} s)`, 'MB', s.peakRssMb, 'idle server', s.idleRssMb));
    }
  } else if (wants('serve')) problems.push(`serve not measured (no ${relative(projectRoot, cliPath)} or samples)`);

  if (wants('largest') && !args.quick && largest) {
    log(`largest file alone (${basename(largest)}):`);
    const rl = docxMode('reportlint', [largest], 300_000);
    const base = docxMode('mammoth-model', [largest], 300_000);
    const cliRun = (extra: string[]) => {
      const r = runProbed([cliPath, '--format', 'json', ...extra, largest], 300_000);
      let fatal: string | undefined;
      try {
        fatal = (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]?.messages.find((m) => m.ruleId === 'fatal')?.message;
      } catch {
        fatal = 'output was not JSON';
      }
      return { ms: round(r.ms, 0), peakRssMb: r.probe ? mb(r.probe.maxRssKb) : undefined, exit: r.code, fatal };
    };
    // With the default per-worker heap cap, and with a small one: does the cap bound the memory, and how?
    const cli = existsSync(cliPath) ? cliRun([]) : undefined;
    const cliCapped = existsSync(cliPath) ? cliRun(['--max-memory', '256']) : undefined;
    const xmlBytes = documentXmlSize(largest);
    results.largest = {
      file: rel(largest), bytes: statSync(largest).size, documentXmlBytes: xmlBytes,
      reportlint: rl && { ms: round(rl.summary.total, 0), peakRssMb: rl.peakRssMb, failed: rl.failed, startRssMb: rl.startRssMb },
      mammothModel: base && { ms: round(base.summary.total, 0), peakRssMb: base.peakRssMb, startRssMb: base.startRssMb },
      cli,
      cliMaxMemory256: cliCapped,
    };
    figures.push(figure('largest-rss', `largest file peak RSS (${round(xmlBytes / 2 ** 20, 1)} MB document.xml)`, 'MB', rl?.peakRssMb, 'mammoth reading alone', base?.peakRssMb));
    if (cli?.peakRssMb) figures.push(figure('largest-cli-rss', 'largest file peak RSS via the CLI (1 GB heap cap per worker)', 'MB', cli.peakRssMb, 'mammoth reading alone', base?.peakRssMb));
    if (cliCapped?.peakRssMb) figures.push(figure('largest-cli-capped-rss', 'same with --max-memory 256', 'MB', cliCapped.peakRssMb, 'mammoth reading alone', base?.peakRssMb));
  }

  if (wants('generated')) {
    const count = args.quick ? 100 : 1900;
    log(`generated reports (${count}, in-process):`);
    const g = await generatedBench(count, log);
    results.generated = { ...g.summary, seconds: g.seconds };
  }

  if (wants('limits')) {
    log('limits: the worst hostile inputs against their caps, each via the CLI:');
    const rows = benchLimits(scratch, log);
    results.limits = rows;
    // its own table (bench/LIMITS.md), written whenever the part runs
    writeFileSync(join(projectRoot, 'bench', 'LIMITS.md'), `### Limits (${new Date().toISOString().slice(0, 10)})\n\n${limitsTable(rows)}`);
  }

  if (wants('crosscheck')) {
    log('batch checks (duplicate-report, batch-year) on 200 generated reports:');
    const c = await benchCrossCheck(args.quick ? 7 : 15);
    results.crosscheck = c;
    figures.push(figure('crosscheck', `batch with its batch checks, ${c.files} generated reports, CPU time (comparison alone ${c.compare} ms)`, 'ms', c.withChecks,
      'same batch without duplicate-report and batch-year', c.without, { max: 1.1, text: 'adds < 10 %' }));
  }

  if (wants('linearity')) {
    log('linearity: mask, extractor and a long 其中 list at n and 4n:');
    const rows = await benchLinearity(args.quick);
    results.linearity = rows;
    for (const r of rows) {
      figures.push(figure(`linearity-${rows.indexOf(r)}`, `${r.input}: CPU ms per 1 000 at 4n (${r.large} ms) vs at n (${r.small} ms)`, 'ms', r.perUnitLarge,
        'same per 1 000 at n', r.perUnitSmall, { max: 1.5, text: 'linear (≤ 1.5×)' }));
    }
  }

  if (wants('season') && existsSync(cliPath)) {
    const count = args.quick ? 200 : 10_000;
    const cores = cpus().length;
    const workers = Math.max(2, cores);
    log(`season (${count} generated reports through the CLI, --concurrency ${workers}):`);
    const s = await seasonBench({ count, cliPath, workers, cores, timeoutMs: args.quick ? 300_000 : 4 * 3_600_000, run: runProbed, log, problems });
    results.season = s;
    const seasonFigs = seasonFigures(s);
    figures.push(...seasonFigs);
    // A full-size season is recorded on its own too, even by a partial run (see StoredResults).
    if (count === 10_000) {
      seasonRecord = { machine: results.machine as Record<string, unknown>, loadAverageAtEnd: loadavg().map((x) => round(x, 2)), season: s, figures: seasonFigs, problems: problems.filter((p) => /^season/.test(p)) };
    }
  } else if (wants('season')) problems.push(`season not measured (no ${relative(projectRoot, cliPath)})`);

  results.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
  results.figures = figures;
  results.problems = problems;
  endPart();
  results.partSeconds = partSeconds;
  results.elapsedSeconds = round((performance.now() - started) / 1000, 1);
  const table = renderMarkdown(results);
  process.stdout.write(`${table}\n`);
  if (problems.length) process.stdout.write(`\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
  // bench/results.json keeps the last complete run of each mode, so a --quick check never replaces the full run the
  // README shows (`npm run docs` renders the README's performance section from it); a partial run (--only) prints its
  // figures and leaves the file as it was, except that a full-size season is recorded whatever else ran.
  const file = join(projectRoot, 'bench', 'results.json');
  const whole = !args.onlyGiven;
  if (whole || seasonRecord) {
    let stored: StoredResults = {};
    try {
      stored = readStored(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    } catch { /* unreadable: start afresh */ }
    if (whole) stored[args.quick ? 'quick' : 'full'] = results;
    if (seasonRecord) stored.season = seasonRecord;
    writeFileSync(file, `${JSON.stringify({ full: stored.full, quick: stored.quick, season: stored.season }, null, 2)}\n`);
    log(`wrote ${whole ? `the ${results.mode} run` : 'the full-size season'} to bench/results.json in ${results.elapsedSeconds} s; \`npm run docs\` renders the README from it`);
  } else log(`partial run (--only): bench/results.json left as it was (${results.elapsedSeconds} s)`);
  rmSync(scratch, { recursive: true, force: true });
  const measuredNothing = figures.every((f) => f.value === undefined) && !results.generated;
  process.exitCode = measuredNothing ? 1 : 0;
}

function seasonFigures(s: SeasonResult): Figure[] {
  const what = `${s.count.toLocaleString('en-US')} generated reports (${s.md} .md + ${s.docx} .docx, ${s.megabytes} MB)`;
  const warmLabel = 'same run with --cache warm';
  const allLinted = (r: SeasonRun) => r.linted === r.files && r.exit !== null && r.exit <= 1;
  const min = (seconds: number | undefined) => (seconds === undefined ? undefined : round(seconds / 60, 1));
  const ms = (seconds: number | undefined) => (seconds === undefined ? undefined : round(seconds * 1000, 1));
  return [
    figure('season-rate', `season: ${what} through the CLI, --concurrency ${s.workers}, cold (empty --cache)`, 'reports/s', s.cold.reportsPerS,
      warmLabel, s.cacheWarm.reportsPerS, { text: `every report linted (${s.cold.linted ?? 0}/${s.cold.files}), warm run the same findings`, extra: allLinted(s.cold) && allLinted(s.cacheWarm) && s.warmSameFindings }),
    figure('season-cpu', 'season: CPU time per report (all threads)', 'ms', ms(s.cold.cpuSPerReport), warmLabel, ms(s.cacheWarm.cpuSPerReport)),
    figure('season-rss', `season: peak RSS, ${s.count.toLocaleString('en-US')} reports`, 'MB', s.cold.peakRssMb, `a tenth (${s.tenth.files} reports)`, s.tenth.peakRssMb,
      { max: 1.25, text: '≤ 1.25× a tenth of the files (batch RSS does not grow with the file count)' }),
    figure('season-rss-cache', 'season: peak RSS, --cache warm', 'MB', s.cacheWarm.peakRssMb, 'without cache', s.cold.peakRssMb),
    figure('season-projection', `season: projected time for a province season (10 000 reports) on one ${s.cores}-core machine, at the measured rate`, 'min',
      min(s.projectedSeasonS), `from CPU time, both cores for reportlint alone`, min(s.projectedIdleS)),
    figure('season-projection-warm', 'season: re-checking an unchanged season (10 000 reports) with --cache warm', 'min', min(s.projectedWarmS), 'from scratch', min(s.projectedSeasonS)),
  ];
}

interface TargetSpec { max?: number; min?: number; absoluteMax?: number; text: string; extra?: boolean; extraNote?: string }

function figure(id: string, label: string, unit: string, value: number | undefined, baselineLabel: string, baseline: number | undefined, target?: TargetSpec): Figure {
  const r = ratio(value, baseline);
  const clean = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? undefined : v);
  let met: boolean | undefined;
  if (target && clean(value) !== undefined) {
    met = true;
    if (target.max !== undefined) met = r !== undefined && r <= target.max;
    if (target.min !== undefined) met = r !== undefined && r >= target.min;
    if (target.absoluteMax !== undefined) met = met && value! <= target.absoluteMax;
    if (target.extra !== undefined) met = met && target.extra;
  }
  return {
    id, label, unit, value: clean(value), baseline: { label: baselineLabel, value: clean(baseline) }, ratio: r,
    ...(target ? { target: { text: target.text, met, ...(target.extraNote ? { note: target.extraNote } : {}) } } : {}),
  };
}

function documentXmlSize(file: string): number {
  // The uncompressed size from the central directory (only for the report; nothing is inflated here).
  const bytes = readFileSync(file);
  const name = Buffer.from('word/document.xml');
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes.readUInt32LE(i) !== 0x06054b50) continue;
    let p = bytes.readUInt32LE(i + 16);
    const count = bytes.readUInt16LE(i + 10);
    for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
      const nameLen = bytes.readUInt16LE(p + 28), extraLen = bytes.readUInt16LE(p + 30), commentLen = bytes.readUInt16LE(p + 32);
      if (bytes.subarray(p + 46, p + 46 + nameLen).equals(name)) return bytes.readUInt32LE(p + 24);
      p += 46 + nameLen + extraLen + commentLen;
    }
    break;
  }
  return 0;
}

main().catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench failed: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
