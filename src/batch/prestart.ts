// Starting the lint worker before the command line has parsed its options: the thread's start-up and the loading
// of the pipeline (readers, rules) then overlap the main thread's own (options, config, inputs). Kept apart from
// run.ts so that calling it loads nothing but the pool.
import { prestartWorker } from './pool.js';

export const LINT_TASK = new URL('./lint-task.js', import.meta.url).href;

/** `word`: a .docx is among the inputs, so the worker loads mammoth too (never for Markdown alone). */
export function prestartLintWorker(maxMemoryMb: number, word: boolean): void {
  prestartWorker(maxMemoryMb, { tasks: [LINT_TASK], warmWord: word });
}
