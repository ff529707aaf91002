// Messages between the batch runner and its worker threads.
import type { FileResult } from '../engine/result.js';
import type { LintFileOptions } from '../lint-file.js';

export interface WorkerTask {
  id: number;
  filePath: string;
  bytes: Uint8Array;
  options: Omit<LintFileOptions, 'onPhase'>;
}

export type WorkerReply =
  | { type: 'phase'; id: number; phase: string }
  | { type: 'result'; id: number; result: FileResult }
  | { type: 'failed'; id: number; reason: string };
