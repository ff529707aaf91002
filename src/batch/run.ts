// Lints a list of files and returns results in input order, whatever ran in parallel. Every file is read and
// checked in a worker thread (a pool of one with --concurrency off), so the heap cap and the per-file clock hold in
// every path; the main thread only reads bytes (size-checked) and hashes them for the cache.
import { availableParallelism } from 'node:os';
import { fatalResult, type FileResult } from '../engine/result.js';
import type { Locale, Localized } from '../i18n/locale.js';
import { configHash } from '../config/effective.js';
import { planRules, type RulePlan } from '../config/rule-settings.js';
import type { EffectiveConfig } from '../config/schema.js';
import { formatDuration, limitLocalized, limitMessage } from '../i18n/limits.js';
import { isWordBytes } from '../parse/sniff.js';
import { crossCheck } from '../engine/cross-check.js';
import { displayPath } from '../format/paths.js';
import { ResultCache } from './cache.js';
import { WorkerPool, type TaskOutcome, type TaskRequest } from './pool.js';
import { readInputFile, tooLarge } from './read-input.js';
import { registeredRules } from './registry.js';
import { LINT_TASK } from './prestart.js';
import type { LintTaskOptions } from './lint-task.js';

export interface Job {
  /** The path shown in results. */
  filePath: string;
  /** What to open when it differs from filePath (a name in a legacy encoding, kept as the bytes the OS gave). */
  openPath?: string | Buffer;
  /** Given for standard input; files are read here, after the size check. */
  bytes?: Uint8Array;
  /** Known before linting: this input gets one fatal with this cause (a missing file, an unreadable folder). */
  error?: Localized;
  config: EffectiveConfig;
}

export type Concurrency = 'auto' | 'off' | number;

export interface BatchOptions {
  concurrency: Concurrency;
  maxMemoryMb: number;
  cache?: ResultCache;
  /** A long-lived pool to run in (the server's, shared by its requests); left open. Default: a pool for this batch. */
  pool?: WorkerPool;
  /** Carry each file's document view in its result (html, serve). */
  withView?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchStats {
  files: number;
  parsed: number;
  cacheHits: number;
  poolSize: number;
  workersStarted: number;
  /** The longest any worker took from its start to having its modules loaded (ms); 0 when none ran. */
  workerLoadMs: number;
}

export { batchSummary, type BatchSummary } from '../engine/summary.js';

/** ESLint-like `auto`: threads only when there are enough files to pay for starting them. */
export function poolSize(concurrency: Concurrency, fileCount: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (typeof concurrency === 'number') return Math.max(1, Math.floor(concurrency));
  return fileCount >= 8 ? Math.max(1, Math.min(cores, fileCount)) : 1;
}


export async function runBatch(jobs: readonly Job[], options: BatchOptions): Promise<{ results: FileResult[]; stats: BatchStats }> {
  const size = poolSize(options.concurrency, jobs.length);
  let pool: WorkerPool | undefined;
  const getPool = () => options.pool ?? (pool ??= new WorkerPool({ size, maxMemoryMb: options.maxMemoryMb }));
  const stats: BatchStats = { files: jobs.length, parsed: 0, cacheHits: 0, poolSize: size, workersStarted: 0, workerLoadMs: 0 };
  const results: FileResult[] = new Array(jobs.length);
  const plans = new Map<EffectiveConfig, Promise<RulePlan>>();
  let done = 0;

  const lintOne = async (job: Job): Promise<FileResult> => {
    const { config } = job;
    const locale = config.locale;
    if (job.error) return fatalResult(job.filePath, job.error[locale]);
    const loaded = job.bytes
      ? job.bytes.byteLength > config.limits.maxFileSize ? { error: tooLarge(job.bytes.byteLength, config.limits.maxFileSize) } : { bytes: job.bytes }
      : readInputFile(job.openPath ?? job.filePath, config.limits.maxFileSize);
    if ('error' in loaded) return fatalResult(job.filePath, loaded.error[locale]);
    const bytes = loaded.bytes;
    const key = options.cache ? ResultCache.key(bytes, configHash(config) + (options.withView ? ':view' : '')) : '';
    const cached = options.cache?.get(job.filePath, key);
    if (cached) {
      stats.cacheHits++;
      return cached;
    }
    stats.parsed++;
    let plan = plans.get(config);
    if (!plan) plans.set(config, (plan = planFor(config)));
    const taskOptions: LintTaskOptions = {
      locale, settings: config.settings, plan: await plan, limits: { maxFileSize: config.limits.maxFileSize }, inlineConfig: !config.noInlineConfig,
      ...(options.withView ? { withView: true } : {}),
    };
    const outcome = await getPool().run({ module: LINT_TASK, filePath: job.filePath, bytes, options: taskOptions }, config.limits.timeoutMs);
    if (outcome.kind === 'result') {
      const result = outcome.result as FileResult;
      if (options.cache && !result.messages.some((m) => m.ruleId === 'internal-error')) options.cache.set(job.filePath, key, result);
      return result;
    }
    // Outcomes that depend on the machine (time, memory, crashes) are shown, never cached.
    return fatalResult(job.filePath, outcomeText(outcome, bytes, config)[locale]);
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
    stats.workerLoadMs = Math.max(0, ...(pool?.loadTimes ?? []));
    await pool?.close();
  }
  // Batch rules (duplicate-report) compare the files' summaries once every file is done; a lone file has nothing to
  // be compared with, so a one-file run never loads the rules here.
  if (results.filter((r) => r.batch).length >= 2) {
    const checked = crossCheck(results, await registeredRules(), { localeOf: (i) => jobs[i]!.config.locale, displayPath: (p) => displayPath(p, process.cwd()) });
    return { results: checked, stats };
  }
  return { results, stats };
}

/** The config's rules with options parsed once here (the command line has usually done it already). */
async function planFor(config: EffectiveConfig): Promise<RulePlan> {
  if (config.plan) return config.plan;
  if (Object.keys(config.rules).length === 0) return {};
  return planRules(await registeredRules(), config.rules, config.configFile ?? 'config');
}

/**
 * One task in a worker of its own under the file's limits (print, tree): the task's value, or why there is none.
 */
export async function runInWorker(request: TaskRequest, config: EffectiveConfig): Promise<{ value: unknown } | { error: Localized }> {
  const pool = new WorkerPool({ size: 1, maxMemoryMb: config.limits.maxMemoryMb });
  try {
    const outcome = await pool.run(request, config.limits.timeoutMs);
    return outcome.kind === 'result' ? { value: outcome.result } : { error: outcomeText(outcome, request.bytes, config) };
  } finally {
    await pool.close();
  }
}

const NOT_RULES = new Set(['start', 'ready', 'read', 'facts', 'render']);

/** Why a task has no result, naming the phase (and rule) that ran out of time or memory. */
export function outcomeText(outcome: Exclude<TaskOutcome, { kind: 'result' }>, bytes: Uint8Array, config: EffectiveConfig): Localized {
  const { timeoutMs, maxMemoryMb } = config.limits;
  const adviceId = isWordBytes(bytes) ? 'adviceDocx' : 'adviceText';
  const advice = (locale: Locale) => limitMessage(adviceId, locale);
  const phaseName = (phase: string, locale: Locale) =>
    phase === 'facts' ? (locale === 'en' ? 'the report summary' : '（报告信息汇总）') : phase;
  if (outcome.kind === 'out-of-memory') {
    return limitLocalized('outOfMemory', (locale) => ({
      mb: maxMemoryMb,
      advice: advice(locale),
      phase: NOT_RULES.has(outcome.phase)
        ? limitMessage(outcome.phase === 'render' ? 'phaseRender' : 'phaseRead', locale)
        : limitMessage('phaseRule', locale, { rule: outcome.phase }),
    }));
  }
  if (outcome.kind === 'crashed') return limitLocalized('workerCrashed', (locale) => ({ reason: outcome.reason, advice: advice(locale) }));
  const spent = (phase: string) => outcome.phases.filter((p) => p.phase === phase).reduce((n, p) => n + p.ms, 0);
  if (outcome.phase === 'start' || outcome.phase === 'ready' && outcome.phases.length === 0) {
    return limitLocalized('timeoutStart', (locale) => ({ limit: formatDuration(Math.max(60_000, timeoutMs), locale) }));
  }
  if (outcome.phase === 'read' || outcome.phase === 'ready') {
    return limitLocalized('timeoutRead', (locale) => ({ elapsed: formatDuration(spent('read'), locale), limit: formatDuration(timeoutMs, locale), advice: advice(locale) }));
  }
  return limitLocalized('timeoutRule', (locale) => ({
    limit: formatDuration(timeoutMs, locale),
    read: formatDuration(spent('read'), locale),
    rule: phaseName(outcome.phase, locale),
    elapsed: formatDuration(spent(outcome.phase), locale),
  }));
}
