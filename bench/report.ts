// The benchmark's Markdown: one table of figures (each with its baseline, the ratio and the target), then the
// per-mode details a reader needs to judge them.
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

const show = (v: number | undefined, unit: string) => (v === undefined ? 'n/a' : `${v.toLocaleString('en-US')} ${unit}`);

function targetCell(f: Figure) {
  if (!f.target) return '';
  const verdict = f.target.met === undefined ? 'not measured' : f.target.met ? '**met**' : '**missed**';
  return `${f.target.text}: ${verdict}${f.target.note ? ` (${f.target.note})` : ''}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export function renderMarkdown(figures: Figure[], results: Record<string, Json>): string {
  const m = results.machine;
  const busy = m.loadAverageAtStart?.[0] > m.cpus * 0.5 || results.loadAverageAtEnd?.[0] > m.cpus * 0.5;
  const lines = [
    `### Benchmark (${results.mode} run, ${m.date.slice(0, 10)})`,
    '',
    `${m.cpus} × ${m.cpuModel.trim()}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}. \`npm run bench\`${results.mode === 'quick' ? ' -- --quick' : ''}; every figure is measured next to its baseline in the same run.`,
    ...(busy ? ['', `**The machine was busy** (load average ${m.loadAverageAtStart?.[0]} at start, ${results.loadAverageAtEnd?.[0]} at end, on ${m.cpus} CPUs): wall times are inflated; the CPU-time rows are the steadier comparison.`] : []),
    '',
    '| measure | reportlint | baseline | ratio | target |',
    '|---|---:|---|---:|---|',
    ...figures.map((f) => `| ${f.label} | ${show(f.value, f.unit)} | ${f.baseline.label}: ${show(f.baseline.value, f.unit)} | ${f.ratio === undefined ? '' : `${f.ratio}×`} | ${targetCell(f)} |`),
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
    const run = (label: string, r: Json) => `${label}: ${r.files} files in ${r.wallS} s wall, ${r.cpuS} s CPU, ${r.reportsPerS} reports/s, ${r.cpuSPerReport} CPU s/report, peak RSS ${r.peakRssMb} MB`;
    lines.push('', `Season: ${s.count} reports from the report generator (tests/generator, ${s.md} .md + ${s.docx} .docx, ${s.megabytes} MB, generated in ${s.generateS} s), ` +
      `linted through bin/reportlint.js with --concurrency ${s.workers} and --format json to a file. ${run('First run (empty --cache)', s.cold)}; ` +
      `${run('same run with the cache warm', s.cacheWarm)}; ${run('a tenth of the files', s.tenth)}. ` +
      `**Projected province season (10 000 reports) on one ${results.machine.cpus}-core machine: ${Math.round(s.projectedSeasonS / 60)} min` +
      ` (${round(s.projectedSeasonS / 3600, 2)} h) from scratch; ${round(10_000 / s.cacheWarm.reportsPerS / 60, 1)} min to re-check an unchanged season with --cache.**`);
  }
  if (results.problems?.length) lines.push('', `Problems: ${results.problems.join('; ')}`);
  lines.push('', 'How it is measured: reportlint through its library API (read → section tree → all rules at default settings); ' +
    '"mammoth reading alone" is mammoth.convertToHtml with a transformDocument that empties the document and images skipped, so only ' +
    'mammoth\'s unzip, XML and model building are timed; the floor inflates word/document.xml with fflate and runs one regex over it. ' +
    'Each mode runs in a fresh child process over the same files in the same order; wall time per file with performance.now(), CPU time ' +
    'with process.cpuUsage() (all threads), peak RSS with process.resourceUsage().maxRSS. Markdown throughput is the median of repeated ' +
    'runs after a warm-up; markdownlint runs with its default configuration. Cold start and batch spawn bin/reportlint.js; a --require ' +
    'preload reports CPU time, peak RSS and whether any thread loaded mammoth.');
  return lines.join('\n');
}
