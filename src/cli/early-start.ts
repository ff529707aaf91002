// Starting the lint worker as the very first thing the command line does: bin/reportlint.js calls this before it
// loads the rest of the CLI, so the thread's own start-up (about 50 ms of Node's bootstrap, then the pipeline and
// the rules) overlaps the loading of the CLI, the option parsing and the config search. This module loads nothing
// but the worker pool. main() calls it too (a second call does nothing), for the in-process and unbundled paths.
import { prestartLintWorker } from '../batch/prestart.js';
import { DEFAULT_LIMITS, MAX_MEMORY_MB } from '../config/units.js';

const SUBCOMMANDS = new Set(['print', 'tree', 'rules', 'serve', 'annotate', 'letter', 'help']);
const NO_LINT = new Set(['-h', '--help', '-v', '--version', '--print-config', '--cache']);

export function startLintWorkerEarly(argv: readonly string[]): void {
  if (lintsAtOnce(argv)) prestartLintWorker(memoryOption(argv) ?? DEFAULT_LIMITS.maxMemoryMb, argv.some((a) => /\.docx$/i.test(a)));
}

/**
 * Whether this command line will most likely lint files at once (the default command, not served from the cache):
 * then its worker is started before the options are parsed. A wrong guess costs only an idle thread.
 */
function lintsAtOnce(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  if (args.length === 0 || SUBCOMMANDS.has(args[0]!)) return false;
  return !args.some((a) => NO_LINT.has(a.split('=')[0]!));
}

function memoryOption(argv: readonly string[]): number | undefined {
  const i = argv.findIndex((a) => a === '--max-memory' || a.startsWith('--max-memory='));
  if (i < 0) return undefined;
  const value = Number(argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]);
  return Number.isInteger(value) && value >= 64 && value <= MAX_MEMORY_MB ? value : undefined;
}
