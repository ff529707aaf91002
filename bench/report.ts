// The benchmark's Markdown: the issue-17 targets in the issue's order (each measured against its baseline, or said to
// be not measured), then every other figure, then the per-mode details a reader needs to judge them. The README's
// performance section is this text, rendered from bench/results.json by `npm run docs`.
import { renderSummary, type GeneratedSummary } from '../tests/generator/summary.js';
import { round } from './stats.js';

export interface Figure {
  id: string;
  label: string;
  unit: string;
  value?: number;
  baseline: { label: string; value?: number };
  /** value / baseline. */
  ratio?: number;
  target?: { text: string; met?: boolean; note?: string };
}

/**
 * The targets of issue 17, in its order. `ids`: the figures that can fill the row, the first present wins; the rest
 * describes the row when the run did not measure it (a --quick run leaves out the 16 MB Markdown input).
 */
export const TARGET_ROWS: { ids: string[]; label: string; baseline: string; target?: string }[] = [
  { ids: ['cold-markdown'], label: 'CLI start-up, Markdown, wall', baseline: 'node -e ""', target: '≤ 2× node -e ""' },
  { ids: ['cold-markdown-cpu'], label: 'CLI start-up, Markdown, CPU time', baseline: 'node -e ""', target: '≤ 2× node -e ""' },
  { ids: ['cold-docx'], label: 'CLI start-up, .docx, wall', baseline: `node -e "require('mammoth')"`, target: `≤ 2× node -e "require('mammoth')"` },
  { ids: ['cold-docx-cpu'], label: 'CLI start-up, .docx, CPU time', baseline: `node -e "require('mammoth')"`, target: `≤ 2× node -e "require('mammoth')"` },
  { ids: ['markdown-fixtures'], label: 'Markdown fixtures', baseline: 'markdownlint (default rules)', target: '≥ markdownlint' },
  { ids: ['markdown-fixtures-cpu'], label: 'Markdown fixtures, per CPU second', baseline: 'markdownlint (default rules)', target: '≥ markdownlint' },
  ...[1, 4, 16].flatMap((n) => [
    { ids: [`markdown-${n}mb`], label: `Markdown, ${n} MB`, baseline: 'markdownlint (default rules)', target: '≥ markdownlint' },
    { ids: [`markdown-${n}mb-cpu`], label: `Markdown, ${n} MB, per CPU second`, baseline: 'markdownlint (default rules)', target: '≥ markdownlint' },
  ]),
  { ids: ['markdown-flat'], label: 'Markdown time per MB, largest input vs 1 MB', baseline: 'reportlint at 1 MB', target: '≤ 1.25× (flat)' },
  { ids: ['corpus-rss'], label: 'peak RSS, whole corpus', baseline: 'mammoth reading alone', target: '≤ mammoth alone' },
  { ids: ['batch-rss-growth', 'season-rss'], label: 'batch peak RSS against the number of files', baseline: 'a tenth of the files', target: 'does not grow with the file count' },
  { ids: ['season-rate'], label: 'season of generated reports through the CLI with workers', baseline: 'same run with --cache warm', target: 'every report linted' },
  { ids: ['season-cpu'], label: 'season: CPU time per report', baseline: 'same run with --cache warm' },
  { ids: ['season-rss-cache'], label: 'season: peak RSS, --cache warm', baseline: 'without cache' },
  { ids: ['season-projection'], label: 'season: projected time for a province season (10 000 reports) on one 2-core machine', baseline: 'from CPU time' },
  { ids: ['season-projection-warm'], label: 'season: re-checking an unchanged season with --cache warm', baseline: 'from scratch' },
];

const show = (v: number | undefined, unit: string) => (v === undefined ? 'n/a' : `${v.toLocaleString('en-US')} ${unit}`);

function targetCell(f: Figure) {
  if (!f.target) return '';
  const verdict = f.target.met === undefined ? 'not measured' : f.target.met ? '**met**' : '**missed**';
  return `${f.target.text}: ${verdict}${f.target.note ? ` (${f.target.note})` : ''}`;
}

const figureRow = (f: Figure) =>
  `| ${f.label} | ${show(f.value, f.unit)} | ${f.baseline.label}: ${show(f.baseline.value, f.unit)} | ${f.ratio === undefined ? '' : `${f.ratio}×`} | ${targetCell(f)} |`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * bench/results.json holds the last complete run of each mode, and the last season run at full size (10 000
 * reports), which `npm run bench -- --only season` also records: a full bench is long on a shared machine.
 */
export interface StoredResults { full?: Record<string, Json>; quick?: Record<string, Json>; season?: SeasonRecord }

/** A full-size season run on its own: when, on what, and its figures. */
export interface SeasonRecord { machine: Record<string, Json>; loadAverageAtEnd?: number[]; season: Json; figures: Figure[]; problems: string[] }

export function readStored(json: string | undefined): StoredResults {
  if (!json) return {};
  const data = JSON.parse(json) as Json;
  // the earlier layout: one run at the top level
  if (data && typeof data.mode === 'string') return { [data.mode]: data };
  return { full: data?.full, quick: data?.quick, season: data?.season };
}

/**
 * The run the README shows: the full run, else the quick one; when the stored full-size season is larger than the
 * run's own, or as large and newer, its season figures replace the run's (and the text says they come from a run of
 * their own).
 */
export function publishedRun(stored: StoredResults): Record<string, Json> | undefined {
  const run = stored.full ?? stored.quick;
  const big = stored.season;
  // The separate season stands in for the run's own when it is larger, or as large and newer (a re-run after a change).
  const own = run?.season?.count ?? 0;
  const newer = String(big?.machine?.date ?? '') > String(run?.machine?.date ?? '');
  if (!run || !big || own > big.season.count || (own === big.season.count && !newer)) return run;
  return {
    ...run,
    season: { ...big.season, separate: { date: big.machine.date, loadAverageAtStart: big.machine.loadAverageAtStart, loadAverageAtEnd: big.loadAverageAtEnd } },
    figures: [...(run.figures as Figure[]).filter((f) => !f.id.startsWith('season-')), ...big.figures],
    problems: [...(run.problems ?? []).filter((p: string) => !/^season/.test(p)), ...big.problems],
  };
}

/** The figures that fill a target row (the first present of each row's ids). */
function shownAsTarget(figures: Figure[]): Set<Figure> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return new Set(TARGET_ROWS.map((row) => row.ids.map((id) => byId.get(id)).find(Boolean)).filter((f): f is Figure => f !== undefined));
}

function targetTable(figures: Figure[], mode: string): string[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const rows = TARGET_ROWS.map((row) => {
    const f = row.ids.map((id) => byId.get(id)).find(Boolean);
    if (f) return figureRow(f);
    const why = mode === 'quick' && /16 MB/.test(row.label) ? 'not measured (--quick leaves the 16 MB input out)' : 'not measured in this run';
    return `| ${row.label} | ${why} | ${row.baseline} | | ${row.target ? `${row.target}: not measured` : ''} |`;
  });
  return ['Issue 17 targets, in its order (ratio = reportlint / baseline, measured in this run):', '',
    '| measure | reportlint | baseline | ratio | target |', '|---|---:|---|---:|---|', ...rows];
}

export function renderMarkdown(results: Record<string, Json>): string {
  const figures: Figure[] = results.figures ?? [];
  const m = results.machine;
  const busy = m.loadAverageAtStart?.[0] > m.cpus * 0.5 || results.loadAverageAtEnd?.[0] > m.cpus * 0.5;
  const lines = [
    `### Benchmark (${results.mode} run, ${m.date.slice(0, 10)})`,
    '',
    `${m.cpus} × ${m.cpuModel.trim()}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}. \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\`; every figure is measured next to its baseline in the same run.`,
    ...(busy ? ['', `**The machine was busy** (load average ${m.loadAverageAtStart?.[0]} at start, ${results.loadAverageAtEnd?.[0]} at end, on ${m.cpus} CPUs): wall times are inflated; the CPU-time rows are the steadier comparison.`] : []),
    '',
    ...targetTable(figures, results.mode),
    '',
    'Every other figure:',
    '',
    '| measure | reportlint | baseline | ratio | target |',
    '|---|---:|---|---:|---|',
    ...figures.filter((f) => !shownAsTarget(figures).has(f)).map(figureRow),
  ];
  const c = results.corpus;
  if (c) {
    lines.push('', `Per mode on ${c.files} .docx files (${c.samples} samples + ${c.corpusFiles} corpus), each mode in its own process:`, '',
      '| mode | total s | CPU s | median ms | p95 ms | max ms | rejected | peak RSS MB |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    const names: Record<string, string> = { reportlint: 'reportlint (read + tree + rules)', mammothModel: 'mammoth reading alone', mammothHtml: 'mammoth convertToHtml', floor: 'fflate unzip + regex' };
    for (const [key, name] of Object.entries(names)) {
      const r = c[key];
      if (!r) { lines.push(`| ${name} | failed | | | | | | |`); continue; }
      lines.push(`| ${name} | ${round(r.summary.total / 1000, 2)} | ${r.cpuTotal} | ${round(r.summary.median, 2)} | ${round(r.summary.p95, 1)} | ${round(r.summary.max, 0)} | ${r.failed}${r.crashed ? ` (+${r.crashed} crashed)` : ''} | ${r.peakRssMb} |`);
    }
    const rl = c.reportlint;
    if (rl) {
      lines.push('', `reportlint time split: read ${round(rl.read / 1000, 2)} s, tree ${round(rl.tree / 1000, 2)} s, rules ${round(rl.rules / 1000, 2)} s.` +
        (rl.slowestRules?.length ? ` Slowest rules (total ms): ${rl.slowestRules.map((x: Json) => `${x.id} ${x.ms}`).join(', ')}.` : '') +
        (rl.slowestRuleRuns?.length ? ` Slowest rule runs: ${rl.slowestRuleRuns.slice(0, 3).map((x: Json) => `${x.rule} on ${x.file.split('/').pop()} ${x.ms} ms`).join(', ')}.` : '') +
        (rl.slowestFiles?.length ? ` Slowest files: ${rl.slowestFiles.slice(0, 3).map((x: Json) => `${x.file.split('/').pop()} ${x.ms} ms`).join(', ')}.` : ''));
    }
  }
  const b = results.batch;
  if (b) {
    lines.push('', `Batch via the CLI (${b.files} files): --concurrency 1 ${round(b.oneThread.ms / 1000, 2)} s wall, ${round((b.oneThread.cpuMs ?? NaN) / 1000, 2)} s CPU; ` +
      `--concurrency ${b.workers} ${round(b.pool.ms / 1000, 2)} s wall, ${round((b.pool.cpuMs ?? NaN) / 1000, 2)} s CPU.`);
  }
  const cs = results.coldStart;
  if (cs) {
    const yesNo = (v: boolean | undefined) => (v === undefined ? 'unknown' : v ? 'yes' : 'no');
    lines.push('', `Cold start: wall time is the median of ${cs.runs} spawns each (interleaved); CPU time and peak RSS from probed runs: ` +
      `Markdown ${cs.markdown.cpuMs} ms CPU, ${cs.markdown.peakRssMb} MB; .docx ${cs.docx.cpuMs} ms CPU, ${cs.docx.peakRssMb} MB; ` +
      `bare node ${cs.node.cpuMs} ms CPU, ${cs.node.peakRssMb} MB` +
      (cs.mammoth ? `; node -e "require('mammoth')" ${cs.mammoth.wallMs} ms wall, ${cs.mammoth.cpuMs} ms CPU, ${cs.mammoth.peakRssMb} MB` : '') + `. mammoth loaded for Markdown: ${yesNo(cs.markdown.loadsMammoth)}, for .docx: ${yesNo(cs.docx.loadsMammoth)}.`);
    if (cs.split?.markdown || cs.split?.docx) {
      lines.push('', `Cold-start split (TIMING=1, one spawn each, wall ms): Markdown: ${cs.split.markdown ?? 'n/a'}; .docx: ${cs.split.docx ?? 'n/a'}.`);
    }
  }
  const l = results.largest;
  if (l) {
    lines.push('', `Largest file ${l.file} (${round(l.bytes / 2 ** 20, 2)} MB, document.xml ${round(l.documentXmlBytes / 2 ** 20, 1)} MB): ` +
      `reportlint ${l.reportlint ? `${l.reportlint.ms} ms, ${l.reportlint.peakRssMb} MB${l.reportlint.failed ? ' (rejected)' : ''}` : 'failed'}; ` +
      `mammoth alone ${l.mammothModel ? `${l.mammothModel.ms} ms, ${l.mammothModel.peakRssMb} MB` : 'failed'}` +
      (l.cli ? `; CLI ${l.cli.ms} ms, ${l.cli.peakRssMb} MB, ${l.cli.fatal ? `fatal: ${l.cli.fatal.slice(0, 40)}…` : 'read'}` : '') +
      (l.cliMaxMemory256 ? `; CLI with --max-memory 256: ${l.cliMaxMemory256.ms} ms, ${l.cliMaxMemory256.peakRssMb} MB, ${l.cliMaxMemory256.fatal ? `fatal: ${l.cliMaxMemory256.fatal.slice(0, 40)}…` : 'read'}` : '') + '.');
  }
  const md = results.markdown?.msPerMb;
  if (md) {
    lines.push('', `Markdown time per MB (wall ms/MB; the seed report repeated): ${Object.entries(md).map(([size, v]: [string, Json]) =>
      `${size.replace('MB', ' MB')} reportlint ${v.reportlint ?? 'n/a'} (CPU ${v.reportlintCpu ?? 'n/a'}), markdownlint ${v.markdownlint ?? 'n/a'}`).join('; ')}.`);
  }
  const s = results.season;
  if (s) {
    const run = (label: string, r: Json) => `${label}: ${r.files} files in ${r.wallS} s wall, ${r.cpuS} s CPU, ${r.reportsPerS} reports/s, ` +
      `${r.cpuSPerReport === undefined ? '?' : round(r.cpuSPerReport * 1000, 1)} CPU ms/report, peak RSS ${r.peakRssMb} MB, ${r.findings ?? '?'} findings`;
    const min = (sec?: number) => (sec === undefined ? 'n/a' : `${round(sec / 60, 1)} min`);
    const sep = s.separate;
    lines.push('', `${sep ? `Season (a run of its own, \`npm run bench -- --only season\`, ${sep.date.slice(0, 10)}, load average ${sep.loadAverageAtStart?.[0]} at start, ` +
      `${sep.loadAverageAtEnd?.[0]} at end): ` : 'Season: '}${s.count} distinct reports from the report generator (tests/generator, ${s.md} .md of ${s.averageKb?.md ?? '?'} KB + ` +
      `${s.docx} .docx of ${s.averageKb?.docx ?? '?'} KB on average, ${s.megabytes} MB), generated in ${s.generateS} s (${s.generateCpuS} s CPU, ` +
      `${s.generateThreads} threads${s.skippedSeeds ? `; ${s.skippedSeeds} seeds skipped, their defect could not be planted` : ''}) into a temporary folder, linted through bin/reportlint.js with --concurrency ${s.workers} and --format json ` +
      `to a file; peak RSS is the CLI process's, its worker threads included. ${run('First run (empty --cache)', s.cold)}; ` +
      `${run('same run with the cache warm', s.cacheWarm)}; ${run('a tenth of the files', s.tenth)}.`);
    lines.push('', `**Projected province season (10 000 reports) on one ${s.cores}-core machine: ${min(s.projectedSeasonS)} at the rate measured here` +
      `${busy ? ' (on the busy machine)' : ''}, ${min(s.projectedIdleS)} from the CPU time per report with both cores for reportlint alone; ` +
      `${min(s.projectedWarmS)} to re-check an unchanged season with --cache.**`);
  }
  if (results.partSeconds) {
    lines.push('', `Seconds per part: ${Object.entries(results.partSeconds).map(([k, v]) => `${k} ${v}`).join(', ')}; ${results.elapsedSeconds} s in all.`);
  }
  if (results.problems?.length) lines.push('', `Problems: ${results.problems.join('; ')}`);
  lines.push('', 'How it is measured: reportlint through its library API (read → section tree → all rules at default settings); ' +
    '"mammoth reading alone" is mammoth.convertToHtml with a transformDocument that empties the document and images skipped, so only ' +
    'mammoth\'s unzip, XML and model building are timed; the floor inflates word/document.xml with fflate and runs one regex over it. ' +
    'Each mode runs in a fresh child process over the same files in the same order; wall time per file with performance.now(), CPU time ' +
    'with process.cpuUsage() (all threads), peak RSS with process.resourceUsage().maxRSS. Markdown throughput is the median of repeated ' +
    'runs after a warm-up; markdownlint runs with its default configuration. Cold start and batch spawn bin/reportlint.js; a --require ' +
    'preload reports CPU time, peak RSS and whether any thread loaded mammoth.');
  if (results.generated) lines.push('', renderSummary(results.generated as GeneratedSummary));
  return lines.join('\n');
}
