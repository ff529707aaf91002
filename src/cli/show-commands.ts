// `reportlint print FILE`, `reportlint tree FILE [--format json]`, `reportlint rules`.
import { dirname, resolve } from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { ConfigLoader } from '../config/load.js';
import { ConfigResolver } from '../config/effective.js';
import { readInputFile } from '../batch/read-input.js';
import { runInWorker } from '../batch/run.js';
import { allRules } from '../../rules/index.js';
import { ruleDocPath } from '../format/types.js';
import { terminalSafe } from '../format/terminal.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { cliIo } from './io.js';
import type { ShowTaskOptions, ShowTaskResult } from './show-task.js';
import { parseLocale, parseMemory, parseSizeOption, parseTimeout } from './usage.js';

interface ShowOptions {
  locale?: string;
  maxFileSize?: string;
  timeout?: string;
  maxMemory?: string;
  format?: string;
}

const SHOW_TASK = new URL('./show-task.js', import.meta.url).href;

/**
 * Read and render one file in a worker thread under the same limits as linting (size, heap, one clock for the
 * whole file). Prints the text, or the cause on stderr and exit 2.
 */
async function show(file: string, o: ShowOptions, ui: Locale, view: ShowTaskOptions['view']): Promise<number> {
  const locale = parseLocale(o.locale, ui) ?? ui;
  const path = resolve(file);
  const config = await new ConfigResolver(new ConfigLoader(), {
    locale,
    maxFileSize: parseSizeOption(o.maxFileSize, locale),
    timeoutMs: parseTimeout(o.timeout, locale),
    maxMemoryMb: parseMemory(o.maxMemory, locale),
  }).resolve(dirname(path));
  const fail = (reason: string) => {
    cliIo().stderr.write(`reportlint: ${terminalSafe(cliMessage('readFailedCommand', locale, { path: file, reason }))}\n`);
    return 2;
  };
  const read = readInputFile(path, config.limits.maxFileSize);
  if ('error' in read) return fail(read.error[locale]);
  const options: ShowTaskOptions = { view, locale, maxFileSize: config.limits.maxFileSize };
  const outcome = await runInWorker({ module: SHOW_TASK, filePath: path, bytes: read.bytes, options }, config);
  if ('error' in outcome) return fail(outcome.error[locale]);
  const result = outcome.value as ShowTaskResult;
  if ('error' in result) return fail(result.error);
  // JSON escapes control characters itself; the text views are for a terminal
  cliIo().stdout.write(view === 'tree-json' ? result.text : terminalSafe(result.text));
  return 0;
}

export function printCommand(file: string, o: ShowOptions, ui: Locale): Promise<number> {
  return show(file, o, ui, 'print');
}

export function treeCommand(file: string, o: ShowOptions, ui: Locale): Promise<number> {
  return show(file, o, ui, o.format === 'json' ? 'tree-json' : 'tree-text');
}

export async function rulesCommand(o: ShowOptions, ui: Locale): Promise<number> {
  const locale = parseLocale(o.locale, ui) ?? ui;
  const rows = allRules.map((r) => ({
    id: r.meta.id,
    defaultSeverity: r.meta.defaultSeverity,
    description: r.meta.description[locale],
    doc: ruleDocPath(r.meta.id),
    tags: r.meta.tags ?? [],
  }));
  if (o.format === 'json') {
    cliIo().stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(0, ...rows.map((r) => r.id.length));
  const sevWidth = Math.max(7, ...rows.map((r) => r.defaultSeverity.length));
  const lines = rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.description}  (${r.doc})`);
  cliIo().stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
