// Runs the BUILT command line (`node bin/reportlint.js`, code from dist/) as a user would. `npm test` builds first;
// when running vitest alone, run `npx tsc -p tsconfig.json` before.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, vi } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/reportlint.js');
export const SHARED = resolve(ROOT, '../shared');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEED_MD = join(FIXTURES, 'luquan-2025.md');
export const PLAIN = join(FIXTURES, 'luquan-2025-plain.docx');
export const STYLED = join(FIXTURES, 'luquan-2025-styled.docx');
export const KEPU = join(FIXTURES, 'kepu-project-selfeval-table.docx');
export const BAD = join(SHARED, 'corpus/bad');

// Each test spawns the CLI several times; on a busy CI box (npm test runs every file in parallel) that takes a while.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) {
  throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` (npm test does it) before the CLI tests');
}

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
  ms: number;
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

export function cli(args: string[], options: CliOptions = {}): CliRun {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: environment(options.env),
    timeout: options.timeout ?? 120_000,
    maxBuffer: 1 << 28,
  });
  const run = { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '', ms: Date.now() - started };
  expectNoStackTrace(run);
  return run;
}

/** Async variant, so several runs can go at once (vitest's per-test timeout keeps working). */
export function cliAsync(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: environment(options.env) });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    child.on('close', (code) => {
      const run = { code, out, err, ms: Date.now() - started };
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

export function lintJson(args: string[], options: CliOptions = {}): { run: CliRun; entries: JsonEntry[] } {
  const run = cli(['--format', 'json', ...args], options);
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
