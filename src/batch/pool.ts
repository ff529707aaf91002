// A small pool of worker threads with a heap cap and a per-file wall-clock limit. Every file is read and checked in
// a worker, whatever the pool size: one clock per file for all its phases together (reading, every rule, facts),
// started once the worker has loaded its modules. A worker that runs out of time or memory, or dies, is discarded
// and replaced on the next task; the task gets an outcome saying what happened and in which phase. A worker is also
// recycled (replaced the same way) after RECYCLE_AFTER_TASKS files or once its heap has grown RECYCLE_HEAP_GROWTH past
// its size after its first file: V8 gives memory back slowly, so a worker that read one very large report, or has
// drifted over hundreds, would otherwise keep that RSS for the rest of the batch.
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './protocol.js';

export type TaskOutcome =
  | { kind: 'result'; result: unknown }
  | { kind: 'timeout'; phase: string; phases: PhaseTime[] }
  | { kind: 'out-of-memory'; phase: string }
  | { kind: 'crashed'; reason: string; phase: string };

/** A phase the task went through and how long it ran (ms). */
export interface PhaseTime {
  phase: string;
  ms: number;
}

/** Longest a fresh worker may take to load its modules before its first file starts. */
const STARTUP_MS = 60_000;
const RECYCLE_AFTER_TASKS = 100;
const RECYCLE_HEAP_GROWTH = 48 * 2 ** 20;
/** Young generation per worker: V8 grows it up to this under allocation (64 MB cost two workers +100 MB RSS). */
const YOUNG_GENERATION_MB = 32;

export interface TaskRequest {
  /** URL (href) of the task module. */
  module: string;
  filePath: string;
  bytes: Uint8Array;
  options: unknown;
}

interface Pending {
  task: WorkerTask;
  timeoutMs: number;
  resolve: (outcome: TaskOutcome) => void;
}

interface Slot {
  worker?: Worker;
  /** Tasks the current worker finished, and its heap after the first. */
  tasks?: number;
  firstHeap?: number;
  /** A discarded worker still shutting down: its replacement waits, so two isolates never hold memory at once. */
  retiring?: Promise<unknown>;
  current?: Pending & { phase: string; timer: NodeJS.Timeout; phases: { phase: string; at: number }[] };
}

export interface PoolOptions {
  size: number;
  maxMemoryMb: number;
  workerUrl?: URL;
}

function startWorker(maxMemoryMb: number, url = new URL('./worker.js', import.meta.url), preload: Preload = {}): Worker {
  const worker = new Worker(url, {
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false,
    workerData: { preload: preload.tasks ?? [], warmWord: preload.warmWord ?? false },
  });
  worker.unref();
  return worker;
}

/**
 * A worker started before the command line knows it needs one (see prestartWorker), waiting for the first pool
 * with the same heap cap to adopt it. Until then it loads its modules while the main thread parses the options.
 */
interface Spare { worker: Worker; maxMemoryMb: number; alive: boolean }
// Kept on the global object, not in this module: bin/reportlint.js starts the spare from the small ES module bundle
// and then runs the command line from its CommonJS bundle, two copies of this module in one thread.
const SPARE = Symbol.for('reportlint.spareWorker');
const holder = globalThis as { [SPARE]?: Spare };

/**
 * Starts a worker now, with this heap cap, loading the modules `preload` names, for the next pool to adopt:
 * the start-up of the thread overlaps the main thread's own. A pool with another cap does not take it; an unused
 * spare never holds the process open (it is unref'd) and is ended with the process.
 */
export interface Preload {
  /** Task modules (URLs) to load at once. */
  tasks?: string[];
  /** The first task will likely read a Word file: the task modules load what that needs too (their warmWord). */
  warmWord?: boolean;
}

export function prestartWorker(maxMemoryMb: number, preload: Preload): void {
  if (holder[SPARE]) return;
  const entry = { worker: startWorker(maxMemoryMb, undefined, preload), maxMemoryMb, alive: true };
  entry.worker.once('exit', () => { entry.alive = false; });
  entry.worker.once('error', () => { entry.alive = false; });
  holder[SPARE] = entry;
}

function takeSpare(maxMemoryMb: number): Worker | undefined {
  const entry = holder[SPARE];
  if (!entry) return undefined;
  holder[SPARE] = undefined;
  if (entry.alive && entry.maxMemoryMb === maxMemoryMb) return entry.worker;
  void entry.worker.terminate();
  return undefined;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** Workers started over the pool's life (replacements included). */
  started = 0;
  /** For each worker that ran a task: ms from its start until its task module was loaded (TIMING=1). */
  readonly loadTimes: number[] = [];

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({}));
  }

  run(request: TaskRequest, timeoutMs: number): Promise<TaskOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, ...request }, timeoutMs, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map(async (slot) => {
      const worker = slot.worker;
      slot.worker = undefined;
      if (worker) await worker.terminate();
      await slot.retiring;
    }));
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.current || slot.retiring) continue;
      const pending = this.queue.shift()!;
      const worker = slot.worker ?? this.spawn(slot);
      // Until the worker says "ready" it is loading modules: that gets its own, generous limit.
      const timer = this.arm(slot, Math.max(STARTUP_MS, pending.timeoutMs));
      slot.current = { ...pending, phase: 'start', timer, phases: [] };
      // The bytes are copied (not transferred): the caller may still need them (cache key, a second pool).
      worker.postMessage(pending.task);
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = (!this.options.workerUrl && takeSpare(this.options.maxMemoryMb)) || startWorker(this.options.maxMemoryMb, this.options.workerUrl);
    this.started++;
    slot.tasks = 0;
    slot.firstHeap = undefined;
    worker.on('message', (reply: WorkerReply) => {
      const current = slot.current;
      if (!current || slot.worker !== worker || reply.id !== current.task.id) return;
      if (reply.type === 'phase') {
        if (reply.phase === 'ready') {
          if (reply.loadedMs !== undefined) this.loadTimes.push(reply.loadedMs);
          // One clock for the whole file, all phases together.
          clearTimeout(current.timer);
          current.timer = this.arm(slot, current.timeoutMs);
        } else current.phases.push({ phase: reply.phase, at: performance.now() });
        current.phase = reply.phase;
      } else if (reply.type === 'result') this.finish(slot, { kind: 'result', result: reply.result }, this.spent(slot, reply.heapBytes));
      else this.finish(slot, { kind: 'crashed', reason: reply.reason, phase: current.phase }, false);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const phase = slot.current?.phase ?? 'start';
      const outcome: TaskOutcome = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { kind: 'out-of-memory', phase }
        : { kind: 'crashed', reason: error.message.split('\n')[0]!, phase };
      this.finish(slot, outcome, true);
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      this.finish(slot, { kind: 'crashed', reason: `exit code ${code}`, phase: slot.current?.phase ?? 'start' }, true);
    });
    slot.worker = worker;
    return worker;
  }

  /** Whether the slot's worker should be replaced after this task (see the top of this file). */
  private spent(slot: Slot, heapBytes: number | undefined): boolean {
    const tasks = (slot.tasks = (slot.tasks ?? 0) + 1);
    if (heapBytes === undefined) return tasks >= RECYCLE_AFTER_TASKS;
    slot.firstHeap ??= heapBytes;
    return tasks >= RECYCLE_AFTER_TASKS || heapBytes > slot.firstHeap + RECYCLE_HEAP_GROWTH;
  }

  private arm(slot: Slot, ms: number): NodeJS.Timeout {
    return setTimeout(() => {
      const current = slot.current;
      const now = performance.now();
      const phases = (current?.phases ?? []).map((p, i, all) => ({ phase: p.phase, ms: (all[i + 1]?.at ?? now) - p.at }));
      this.finish(slot, { kind: 'timeout', phase: current?.phase ?? 'start', phases }, true);
    }, ms);
  }

  /** Settle the slot's task; `discard` terminates the worker (it is replaced when the next task comes). */
  private finish(slot: Slot, outcome: TaskOutcome, discard: boolean) {
    const current = slot.current;
    if (discard) {
      const worker = slot.worker;
      slot.worker = undefined;
      if (worker) {
        const retiring = worker.terminate().catch(() => undefined).finally(() => {
          if (slot.retiring === retiring) slot.retiring = undefined;
          this.dispatch();
        });
        slot.retiring = retiring;
      }
    }
    if (!current) return;
    clearTimeout(current.timer);
    slot.current = undefined;
    current.resolve(outcome);
    this.dispatch();
  }
}
