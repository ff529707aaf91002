// Where the benchmark finds the project, the shared corpus and its own compiled files.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Compiled to dist/bench/, so the project root is two levels up. */
export const projectRoot = resolve(here, '..', '..');
export const benchDir = here;
export const sharedDir = process.env.REPORTLINT_SHARED ? resolve(process.env.REPORTLINT_SHARED) : resolve(projectRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus', 'docx');
export const samplesDir = join(sharedDir, 'samples');
export const fixturesDir = join(projectRoot, 'fixtures');
export const cliPath = join(projectRoot, 'bin', 'reportlint.js');
export const childPath = join(here, 'child.js');

/** Files under `dir` whose name ends with one of `extensions`, sorted so every mode sees the same order. */
export function listFiles(dir: string, extensions: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)))
    .sort()
    .map((name) => join(dir, name));
}

/** `count` files spread evenly over the sorted list (the same selection every run). */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}
