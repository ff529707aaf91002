// CommonJS bundles compiled with V8's code cache (both written by `npm run build`, see scripts/code-cache.mjs): the
// lint task, which the worker loads without parsing and compiling the pipeline and the rules (most of its start-up);
// the command line, which bin/reportlint.js loads the same way; and mammoth, which the .docx reader loads. Here, at
// the lowest layer that loads such a bundle (the .docx reader). Nothing here writes a file. A missing or rejected
// cache (another Node, other V8 flags) only costs the compile; a missing or older CommonJS twin means the ES module is
// loaded as before.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export interface CompiledBundle {
  exports: Record<string, unknown>;
  script: Script;
  /** true: V8 refused the cache; undefined: there was none. */
  cacheRejected: boolean | undefined;
}

/** Where the code cache of a CommonJS bundle lives. */
export const codeCachePath = (file: string): string => `${file}.v8cache`;

/** Runs a CommonJS bundle as Node's loader would, but through vm.Script so that a code cache can be given. */
export function runCommonJsBundle(file: string, cachedData?: Buffer): CompiledBundle {
  const source = readFileSync(file, 'utf8');
  // The same wrapper for the build and the run: the cache holds for this exact source text only.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}

/**
 * The CommonJS twin (name.cjs) of a bundled task module (name.js) with its code cache when the twin is there and not
 * older than the module; undefined otherwise (then the module is imported as it is).
 */
export function loadCommonJsTwin(url: string): CompiledBundle | undefined {
  const twin = commonJsTwin(url);
  return twin ? runWithItsCache(twin) : undefined;
}

/** A CommonJS bundle beside this code (`url`) with its code cache, or undefined when the build made none. */
export function loadCachedBundle(url: URL): CompiledBundle | undefined {
  let file: string;
  try {
    file = fileURLToPath(url);
    statSync(file);
  } catch {
    return undefined;
  }
  return runWithItsCache(file);
}

/** Runs a CommonJS bundle with the code cache beside it, or without one when there is none. */
function runWithItsCache(file: string): CompiledBundle {
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(codeCachePath(file));
  } catch {
    cache = undefined;
  }
  return runCommonJsBundle(file, cache);
}

export const hasCommonJsTwin = (url: string): boolean => commonJsTwin(url) !== undefined;

function commonJsTwin(url: string): string | undefined {
  if (!url.startsWith('file:') || !url.endsWith('.js')) return undefined;
  const file = fileURLToPath(url);
  const twin = `${file.slice(0, -3)}.cjs`;
  try {
    return statSync(twin).mtimeMs >= statSync(file).mtimeMs ? twin : undefined;
  } catch {
    return undefined;
  }
}
