// Runs the BUILT command line (code from dist/; `npm test` builds first, when running vitest alone run
// `npx tsc -p tsconfig.json` before). `cli` and `lintJson` call its main() in this process with captured streams
// (fast); `spawnCli` and `cliAsync` start `node bin/reportlint.js` as a user would, for what only a real process
// shows: exit codes set by the process, standard input, signals, worker threads under load.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, vi } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/reportlint.js');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEED_MD = join(FIXTURES, 'luquan-2025.md');
export const PLAIN = join(FIXTURES, 'luquan-2025-plain.docx');
export const STYLED = join(FIXTURES, 'luquan-2025-styled.docx');
export const KEPU = join(FIXTURES, 'kepu-project-selfeval-table.docx');
/** Small crafted inputs the reader must reject (copies of the shared corpus's corpus/bad/, zip bombs excepted). */
export const BAD = join(FIXTURES, 'bad');

// A test runs the CLI several times; on a busy CI box (npm test runs every file in parallel) that takes a while.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) {
  throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` (npm test does it) before the CLI tests');
}

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  timeout?: number;
}

function environment(extra: Record<string, string | undefined> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TIMING: undefined, REPORTLINT_DEBUG: undefined, REPORTLINT_TEST_FAULTS: undefined, ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

/** The command line as a separate process (synchronous). */
export function spawnCli(args: string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: environment(options.env),
    timeout: options.timeout ?? 120_000,
    maxBuffer: 1 << 28,
  });
  const run = { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '' };
  expectNoStackTrace(run);
  return run;
}

type Main = typeof import('../../src/cli/main.js').main;
let loaded: Promise<Main> | undefined;
const loadMain = () => (loaded ??= import(pathToFileURL(join(ROOT, 'dist/src/cli/main.js')).href).then((m: { main: Main }) => m.main));

/** Runs one at a time: main() reads process.cwd() and process.env, which each run sets for itself. */
let queue: Promise<unknown> = Promise.resolve();

/** The command line in this process: main(argv, io) with captured output, the given cwd, environment and input. */
export function cli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const next = queue.then(() => inProcess(args, options));
  queue = next.catch(() => undefined);
  return next;
}

const CLEARED = ['NO_COLOR', 'FORCE_COLOR', 'TIMING', 'REPORTLINT_DEBUG', 'REPORTLINT_TEST_FAULTS'];

async function inProcess(args: string[], options: CliOptions): Promise<CliRun> {
  const main = await loadMain();
  let out = '';
  let err = '';
  const input = options.input;
  const io = {
    stdout: { isTTY: false, write: (s: string, done?: () => void) => { out += s; done?.(); return true; } },
    stderr: { isTTY: false, write: (s: string, done?: () => void) => { err += s; done?.(); return true; } },
    stdin: (async function* () { if (input !== undefined) yield typeof input === 'string' ? Buffer.from(input) : input; })(),
  };
  const changes: Record<string, string | undefined> = { ...Object.fromEntries(CLEARED.map((k) => [k, undefined])), ...options.env };
  const saved = Object.fromEntries(Object.keys(changes).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  };
  const cwd = process.cwd();
  setEnv(changes);
  process.chdir(options.cwd ?? ROOT);
  let code: number;
  try {
    code = await main([process.execPath, BIN, ...args], io);
  } finally {
    process.chdir(cwd);
    setEnv(saved);
  }
  const run = { code, out, err };
  expectNoStackTrace(run);
  return run;
}

/** The command line as a separate process, asynchronous: several can run at once. */
export function cliAsync(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: environment(options.env) });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    child.on('close', (code) => {
      const run = { code, out, err };
      expectNoStackTrace(run);
      done(run);
    });
  });
}

export function expectNoStackTrace(run: { out: string; err: string }) {
  expect(run.out).not.toMatch(/\n\s+at /);
  expect(run.err).not.toMatch(/\n\s+at /);
}

export interface JsonEntry {
  filePath: string;
  messages: {
    ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number;
    section: string[]; excerpt: string;
  }[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export async function lintJson(args: string[], options: CliOptions = {}): Promise<{ run: CliRun; entries: JsonEntry[] }> {
  const run = await cli(['--format', 'json', ...args], options);
  let entries: JsonEntry[];
  try {
    entries = JSON.parse(run.out) as JsonEntry[];
  } catch {
    throw new Error(`not JSON (exit ${run.code}): ${run.out.slice(0, 300)} ${run.err.slice(0, 300)}`);
  }
  return { run, entries };
}

/** A temporary folder with the given files (path → text or bytes); removed by the returned cleanup. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; path: (p: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
