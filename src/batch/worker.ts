// Worker thread: lints one file per task and reports each phase (parse, then every rule id) before it starts, so the
// parent can name what hung when it has to terminate this thread.
import { parentPort } from 'node:worker_threads';
import { lintFile } from '../lint-file.js';
import type { WorkerReply, WorkerTask } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

const send = (reply: WorkerReply) => port.postMessage(reply);

// Load the readers before the first task so module loading never counts against a file's time limit. Messages that
// arrive meanwhile wait in the port.
await import('../parse/read.js');
// (the .docx reader and mammoth load on the first Word file: a refused upload never pays for them)

port.on('message', async (task: WorkerTask) => {
  try {
    const result = await lintFile(task.bytes, task.filePath, {
      ...task.options,
      onPhase: (phase) => send({ type: 'phase', id: task.id, phase }),
    });
    send({ type: 'result', id: task.id, result });
  } catch (error) {
    send({ type: 'failed', id: task.id, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
  }
});
