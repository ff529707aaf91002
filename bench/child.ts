// One measured mode, run in a process of its own so its peak RSS and JIT state are its own:
//   node dist/bench/child.js <job.json>
// The job names the mode and its inputs; the result (per-item timings, errors, peak RSS) goes to job.out as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export type DocxMode = 'reportlint' | 'mammoth-model' | 'mammoth-html' | 'floor';
export type MarkdownTool = 'reportlint' | 'markdownlint';

export type JobSpec =
  | { mode: 'docx'; tool: DocxMode; files: string[] }
  | { mode: 'warm'; tool: DocxMode; files: string[]; warmup: number; iterations: number }
  | { mode: 'markdown'; tool: MarkdownTool; texts: string[]; minMs: number; maxIterations: number; minRuns?: number };
/** What the child reads: the spec and where to write its result. */
export type Job = JobSpec & { out: string };

export interface FileTiming {
  file: string;
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds of the whole process (all threads) over the same span: steadier than wall time on a busy machine. */
  cpuMs?: number;
  /** reportlint only: reading (unzip, XML, mammoth), building the tree, running the rules. */
  read?: number;
  tree?: number;
  rules?: number;
  /** reportlint only: the slowest rule on this file and its milliseconds. */
  slowestRule?: [string, number];
  /** Why the file was rejected (a ReadError code or a baseline's exception), if it was. */
  failed?: string;
  /** A non-ReadError exception from reportlint: a bug. */
  crashed?: string;
}

export interface ChildResult {
  mode: string;
  tool: string;
  timings: FileTiming[];
  ruleTotals?: Record<string, number>;
  /** For markdown mode: bytes and median milliseconds per text. */
  texts?: { file: string; bytes: number; medianMs: number; medianCpuMs: number; iterations: number; findings: number }[];
  /** RSS after the tool's modules were loaded, before any input (the fixed cost). */
  startRssKb: number;
  maxRssKb: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

type Runner = (bytes: Uint8Array, file: string) => Promise<Omit<FileTiming, 'file' | 'ms'> | void>;

async function docxRunner(tool: DocxMode, ruleTotals: Record<string, number>): Promise<Runner> {
  if (tool === 'reportlint') {
    const { readReport } = await import('../src/parse/read.js');
    const { sectionize } = await import('../src/tree/sectionize.js');
    const { LintDocument, lintDocument } = await import('../src/api.js');
    return async (bytes, file) => {
      const t0 = performance.now();
      let flat;
      try {
        flat = await readReport(bytes, file);
      } catch (error) {
        const e = error as { name?: string; code?: string; message?: string };
        const read = performance.now() - t0;
        if (e?.name === 'ReadError') return { read, failed: e.code ?? 'read-error' };
        return { read, crashed: String(e?.message ?? error).split('\n')[0] };
      }
      const t1 = performance.now();
      const doc = new LintDocument(sectionize(flat), file);
      const t2 = performance.now();
      const result = await lintDocument(doc);
      const t3 = performance.now();
      let slowestRule: [string, number] | undefined;
      for (const [id, ms] of Object.entries(result.timing?.rules ?? {})) {
        ruleTotals[id] = (ruleTotals[id] ?? 0) + ms;
        if (!slowestRule || ms > slowestRule[1]) slowestRule = [id, ms];
      }
      const internal = result.messages.find((m) => m.ruleId === 'internal-error');
      return { read: t1 - t0, tree: t2 - t1, rules: t3 - t2, slowestRule, ...(internal ? { crashed: internal.message } : {}) };
    };
  }
  if (tool === 'floor') {
    const { unzipSync, strFromU8 } = await import('fflate');
    return async (bytes) => {
      // The physical limit: inflate word/document.xml and pull the text out with one regex pass.
      const xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
      if (!xml) throw new Error('no word/document.xml');
      const text = strFromU8(xml);
      let chars = 0;
      for (const m of text.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)) chars += (m[1]?.length ?? 0) + 1;
      if (chars < 0) throw new Error('unreachable');
    };
  }
  const mammoth = (await import('mammoth')).default;
  const noImages = mammoth.images.imgElement(async () => ({ src: '' }));
  if (tool === 'mammoth-model') {
    // mammoth's own document reading alone: the model is built, then dropped before any HTML is written.
    const empty = (doc: { children: unknown[] }) => ({ ...doc, children: [], comments: [] });
    return async (bytes) => {
      await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: empty, convertImage: noImages });
    };
  }
  return async (bytes) => {
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  };
}

async function runDocx(job: Extract<Job, { mode: 'docx' }>, result: ChildResult) {
  const ruleTotals: Record<string, number> = {};
  const run = await docxRunner(job.tool, ruleTotals);
  result.startRssKb = process.resourceUsage().maxRSS;
  for (const file of job.files) {
    const bytes = readFileSync(file);
    const cpu = process.cpuUsage();
    const started = performance.now();
    let extra: Omit<FileTiming, 'file' | 'ms'> = {};
    try {
      extra = (await run(bytes, file)) ?? {};
    } catch (error) {
      extra = { failed: String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120) };
    }
    const ms = performance.now() - started;
    result.timings.push({ file, ms, cpuMs: cpuMs(cpu), ...extra });
  }
  if (job.tool === 'reportlint') result.ruleTotals = ruleTotals;
}

async function runWarm(job: Extract<Job, { mode: 'warm' }>, result: ChildResult) {
  const run = await docxRunner(job.tool, {});
  result.startRssKb = process.resourceUsage().maxRSS;
  // Warm every file up first, then measure them in turn, so the first file does not pay for the JIT.
  const inputs = job.files.map((file) => ({ file, bytes: readFileSync(file) }));
  for (let i = 0; i < job.warmup; i++) for (const { file, bytes } of inputs) await run(bytes, file);
  for (const { file, bytes } of inputs) {
    for (let i = 0; i < job.iterations; i++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const extra = (await run(bytes, file)) ?? {};
      const ms = performance.now() - started;
      result.timings.push({ file, ms, cpuMs: cpuMs(cpu), ...extra });
    }
  }
}

async function markdownRunner(tool: MarkdownTool): Promise<(text: string, name: string) => Promise<number>> {
  if (tool === 'reportlint') {
    const { lintText } = await import('../src/api.js');
    return async (text, name) => (await lintText(text, { filePath: name })).messages.length;
  }
  const { lint } = await import('markdownlint/sync');
  // markdownlint's default configuration: every built-in rule on.
  return async (text, name) => (lint({ strings: { [name]: text } })[name] ?? []).length;
}

async function runMarkdown(job: Extract<Job, { mode: 'markdown' }>, result: ChildResult) {
  const run = await markdownRunner(job.tool);
  result.startRssKb = process.resourceUsage().maxRSS;
  result.texts = [];
  for (const file of job.texts) {
    const text = readFileSync(file, 'utf8');
    // Warm up (JIT) for minMs/2 or one run, whichever is longer, then measure: at least 3 runs and minMs of wall time.
    let findings = 0;
    const warmUntil = performance.now() + job.minMs / 2;
    // (--quick's large inputs, minRuns 1: a run of several MB is its own warm-up)
    if (job.minRuns !== 1) for (let i = 0; i < 1 || (performance.now() < warmUntil && i < job.maxIterations); i++) findings = await run(text, file);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const deadline = performance.now() + job.minMs;
    while (times.length < job.maxIterations && (times.length < (job.minRuns ?? 3) || performance.now() < deadline)) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      findings = await run(text, file);
      times.push(performance.now() - started);
      cpuTimes.push(cpuMs(cpu));
    }
    const middle = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1];
    result.texts.push({ file, bytes: Buffer.byteLength(text), medianMs: middle(times), medianCpuMs: middle(cpuTimes), iterations: times.length, findings });
    result.timings.push(...times.map((ms, i) => ({ file, ms, cpuMs: cpuTimes[i] })));
  }
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Job;
  const result: ChildResult = { mode: job.mode, tool: job.tool, timings: [], startRssKb: 0, maxRssKb: 0 };
  if (job.mode === 'docx') await runDocx(job, result);
  else if (job.mode === 'warm') await runWarm(job, result);
  else await runMarkdown(job, result);
  result.maxRssKb = process.resourceUsage().maxRSS;
  writeFileSync(job.out, JSON.stringify(result));
}

main().catch((error) => {
  process.stderr.write(`bench child failed: ${(error as Error)?.stack ?? error}\n`);
  process.exit(2);
});
