// Worker thread: runs one task at a time (see protocol.ts) and reports each phase (read, every rule id, facts) before
// it starts, so the parent can name what ran out of time or memory when it has to stop this thread.
import { parentPort, workerData } from 'node:worker_threads';
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
    modules.set(url, (module = (import(url) as Promise<TaskModule>).then((m) => {
      loadedMs ??= performance.now();
      return m;
    })));
  }
  return module;
}

// Load the readers before the first task so module loading never counts against a file's time limit. Messages that
// arrive meanwhile wait in the port. (The .docx reader and mammoth load on the first Word file.)
await import('../parse/read.js');
// A worker started ahead of its first task (prestartWorker) also loads that task's modules now; a failure there
// is reported by the task that needs the module.
const ahead = (workerData ?? {}) as { preload?: string[]; warm?: string[] };
for (const url of ahead.preload ?? []) load(url).catch(() => undefined);
for (const name of ahead.warm ?? []) import(name).catch(() => undefined);
let reportedLoad = false;

port.on('message', async (task: WorkerTask) => {
  try {
    const { runTask } = await load(task.module);
    // "ready": the task's modules are loaded; the file's own clock starts with its first phase.
    send({ type: 'phase', id: task.id, phase: 'ready', ...(reportedLoad ? {} : { loadedMs }) });
    reportedLoad = true;
    const result = await runTask(task.bytes, task.filePath, task.options, (phase) => send({ type: 'phase', id: task.id, phase }));
    send({ type: 'result', id: task.id, result });
  } catch (error) {
    send({ type: 'failed', id: task.id, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
  }
});
