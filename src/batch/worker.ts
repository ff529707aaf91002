// Worker thread: runs one task at a time (see protocol.ts) and reports each phase (read, every rule id, facts) before
// it starts, so the parent can name what ran out of time or memory when it has to stop this thread.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { hasCommonJsTwin, loadCommonJsTwin } from '../parse/code-cache.js';
import type { TaskModule, WorkerReply, WorkerTask } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

const send = (reply: WorkerReply) => port.postMessage(reply);
const modules = new Map<string, Promise<TaskModule>>();
/** When (ms since this thread started) the first task module finished loading; reported once, with "ready". */
let loadedMs: number | undefined;

function load(url: string): Promise<TaskModule> {
  let module = modules.get(url);
  if (!module) {
    modules.set(url, (module = importTask(url).then(async (m) => {
      await m.loaded;
      loadedMs ??= performance.now();
      return m;
    })));
  }
  return module;
}

/** The bundled task's CommonJS twin with its code cache when the build made one (see code-cache.ts), else the module. */
async function importTask(url: string): Promise<TaskModule> {
  const twin = loadCommonJsTwin(url);
  return twin ? (twin.exports as unknown as TaskModule) : (import(url) as Promise<TaskModule>);
}

// A worker started ahead of its first task (prestartWorker) loads that task's modules now; a failure there is
// reported by the task that needs the module. Any other worker loads the readers before its first task; in the
// bundle, the lint task's cached CommonJS twin instead (it holds the readers, and loading both would load them twice).
// Messages that arrive meanwhile wait in the port. (The .docx reader and mammoth load on the first Word file.)
const ahead = (workerData ?? {}) as { preload?: string[]; warmWord?: boolean };
const lintTask = new URL('./lint-task.js', import.meta.url).href;
const early = ahead.preload?.length ? ahead.preload : hasCommonJsTwin(lintTask) ? [lintTask] : [];
if (early.length === 0) await import('../parse/read.js');
for (const url of early) load(url).then((m) => (ahead.warmWord ? m.warmWord?.() : undefined)).catch(() => undefined);
let reportedLoad = false;

port.on('message', async (task: WorkerTask) => {
  try {
    const { runTask } = await load(task.module);
    // "ready": the task's modules are loaded; the file's own clock starts with its first phase.
    send({ type: 'phase', id: task.id, phase: 'ready', ...(reportedLoad ? {} : { loadedMs }) });
    reportedLoad = true;
    const result = await runTask(task.bytes, task.filePath, task.options, (phase) => send({ type: 'phase', id: task.id, phase }));
    send({ type: 'result', id: task.id, result, heapBytes: getHeapStatistics().total_heap_size });
  } catch (error) {
    send({ type: 'failed', id: task.id, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
  }
});
