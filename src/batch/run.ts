// Lints a list of files and returns results in input order, whatever ran in parallel. .docx (zip / OLE bytes) always
// goes to a worker thread (heap cap, timeout); text goes to workers when a pool of several is in use, else runs here.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { internalError, sortAndDedupe } from '../engine/lint.js';
import { makeResult, type FileResult, type LintMessage } from '../engine/result.js';
import { configHash } from '../config/effective.js';
import type { EffectiveConfig } from '../config/schema.js';
import { formatSize } from '../config/units.js';
import { cliLocalized, cliMessage } from '../i18n/cli-messages.js';
import { fatalResult, lintFile, registeredRules, seconds as toSeconds, type LintFileOptions, type RunResult } from '../lint-file.js';
import { crossCheck } from '../engine/cross-check.js';
import { displayPath } from '../format/paths.js';
import { ResultCache } from './cache.js';
import { WorkerPool } from './pool.js';

export interface Job {
  filePath: string;
  /** Given for standard input; files are read here, after the size check. */
  bytes?: Uint8Array;
  config: EffectiveConfig;
}

export type Concurrency = 'auto' | 'off' | number;

export interface BatchOptions {
  concurrency: Concurrency;
  maxMemoryMb: number;
  cache?: ResultCache;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchStats {
  files: number;
  parsed: number;
  cacheHits: number;
  poolSize: number;
  workersStarted: number;
}

export { batchSummary, type BatchSummary } from '../engine/summary.js';

/** ESLint-like `auto`: threads only when there are enough files to pay for starting them. */
export function poolSize(concurrency: Concurrency, fileCount: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (typeof concurrency === 'number') return Math.max(1, Math.floor(concurrency));
  return fileCount >= 8 ? Math.max(1, Math.min(cores, fileCount)) : 1;
}

/** Zip (PK\3\4) or OLE compound file (D0 CF 11 E0): the .docx reader's business, run isolated. */
export function needsIsolation(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

export async function runBatch(jobs: readonly Job[], options: BatchOptions): Promise<{ results: FileResult[]; stats: BatchStats }> {
  const size = poolSize(options.concurrency, jobs.length);
  let pool: WorkerPool | undefined;
  const getPool = () => (pool ??= new WorkerPool({ size, maxMemoryMb: options.maxMemoryMb }));
  const stats: BatchStats = { files: jobs.length, parsed: 0, cacheHits: 0, poolSize: size, workersStarted: 0 };
  const results: FileResult[] = new Array(jobs.length);
  let done = 0;

  const lintOne = async (job: Job): Promise<FileResult> => {
    const { config } = job;
    const locale = config.locale;
    const loaded = load(job);
    if ('fatal' in loaded) return loaded.fatal;
    const bytes = loaded.bytes;
    const key = options.cache ? ResultCache.key(bytes, configHash(config)) : '';
    const cached = options.cache?.get(job.filePath, key);
    if (cached) {
      stats.cacheHits++;
      return cached;
    }
    stats.parsed++;
    const lintOptions: LintFileOptions = { locale, settings: config.settings, rules: config.rules, limits: { maxFileSize: config.limits.maxFileSize } };
    const result: RunResult = needsIsolation(bytes) || size > 1
      ? await lintIsolated(getPool(), job, bytes, lintOptions)
      : await lintFile(bytes, job.filePath, { ...lintOptions, timeoutMs: config.limits.timeoutMs }).catch(() => markTransient(fatalResult(job.filePath, cliLocalized('readerFailed'), locale)));
    if (options.cache && !isTransient(result)) options.cache.set(job.filePath, key, result);
    const { transient: _transient, ...plain } = result;
    return plain;
  };

  // Bounded in-flight work: enough to keep every worker busy without holding every file's bytes at once.
  const limit = size * 2 + 1;
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await lintOne(jobs[index]!);
      options.onProgress?.(++done, jobs.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  } finally {
    stats.workersStarted = pool?.started ?? 0;
    await pool?.close();
  }
  // Batch rules (duplicate-report) compare the files' summaries once every file is done.
  if (results.some((r) => r.batch)) {
    const checked = crossCheck(results, await registeredRules(), { localeOf: (i) => jobs[i]!.config.locale, displayPath: (p) => displayPath(p, process.cwd()) });
    return { results: checked, stats };
  }
  return { results, stats };
}

function load(job: Job): { bytes: Uint8Array } | { fatal: FileResult } {
  const { maxFileSize } = job.config.limits;
  const locale = job.config.locale;
  const tooLarge = (size: number) => ({
    fatal: fatalResult(job.filePath, cliLocalized('tooLarge', { size: formatSize(size), limit: formatSize(maxFileSize) }), locale),
  });
  if (job.bytes) return job.bytes.byteLength > maxFileSize ? tooLarge(job.bytes.byteLength) : { bytes: job.bytes };
  try {
    const size = statSync(job.filePath).size;
    if (size > maxFileSize) return tooLarge(size);
    return { bytes: readFileSync(job.filePath) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { fatal: fatalResult(job.filePath, cliLocalized('ioError', { reason: code }), locale) };
  }
}

/** Run in a worker; a rule that hangs is named, skipped and the file linted again without it (up to 3 times). */
async function lintIsolated(pool: WorkerPool, job: Job, bytes: Uint8Array, options: LintFileOptions): Promise<RunResult> {
  const { locale } = options;
  const { timeoutMs, maxMemoryMb } = job.config.limits;
  const seconds = toSeconds(timeoutMs);
  const skipRules: string[] = [];
  const hung: LintMessage[] = [];
  for (;;) {
    const outcome = await pool.run(job.filePath, bytes, { ...options, skipRules }, timeoutMs);
    if (outcome.kind === 'result') return hung.length ? withMessages(outcome.result, hung) : outcome.result;
    if (outcome.kind === 'out-of-memory') return markTransient(fatalResult(job.filePath, cliLocalized('outOfMemory', { mb: maxMemoryMb }), locale));
    if (outcome.kind === 'crashed') return markTransient(fatalResult(job.filePath, cliLocalized('workerCrashed', { reason: outcome.reason }), locale));
    const phase = outcome.phase;
    if (phase === 'start') return markTransient(fatalResult(job.filePath, cliLocalized('workerCrashed', { reason: 'worker start-up timed out' }), locale));
    const isRule = phase !== 'parse' && phase !== 'start' && phase !== 'facts';
    if (!isRule || skipRules.length >= 3) return markTransient(fatalResult(job.filePath, cliLocalized('timeout', { seconds }), locale));
    skipRules.push(phase);
    hung.push(internalError(phase, new Error(cliMessage('ruleTimeout', locale, { seconds })), locale));
  }
}

function withMessages(result: FileResult, extra: LintMessage[]): FileResult {
  const { filePath, messages, errorCount: _e, warningCount: _w, infoCount: _i, ...rest } = result;
  return makeResult(filePath, sortAndDedupe([...extra, ...messages]), rest);
}

/** Outcomes that depend on the machine (time, memory, crashes) are not cached. */
function markTransient(result: FileResult): RunResult {
  return { ...result, transient: true };
}
function isTransient(result: RunResult): boolean {
  return result.transient === true || result.messages.some((m) => m.ruleId === 'internal-error');
}
