// Messages between the batch runner and its worker threads. A task names the module that does the work (its
// `runTask` export): linting (lint-task.js) or, for `print` and `tree`, a module the command line supplies, so that
// every file is read under the same heap cap and clock whatever is done with it.
export interface WorkerTask {
  id: number;
  /** URL of an ES module exporting `runTask: TaskModule['runTask']`. */
  module: string;
  filePath: string;
  bytes: Uint8Array;
  options: unknown;
}

export interface TaskModule {
  /** Settles when the module has loaded what its tasks need (awaited before "ready"). */
  loaded?: Promise<unknown>;
  /** Loads ahead what a Word file will need (mammoth), for a worker started before its first .docx arrives. */
  warmWord?(): Promise<unknown>;
  runTask(bytes: Uint8Array, filePath: string, options: unknown, onPhase: (phase: string) => void): Promise<unknown>;
}

export type WorkerReply =
  | { type: 'phase'; id: number; phase: string; /** With a worker's first "ready": ms from the thread's start until its task module was loaded. */ loadedMs?: number }
  /** `heapBytes`: the worker's heap (V8 total_heap_size) once the task is done, for the pool's recycling. */
  | { type: 'result'; id: number; result: unknown; heapBytes?: number }
  | { type: 'failed'; id: number; reason: string };
