#!/usr/bin/env node
// reportlint command line. The code lives in the build output (dist/, made by `npm run build` / prepare), loaded in
// the fastest form that is at least as new as the TypeScript output (dist/src/, e.g. after a bare `tsc`):
// 1. dist/bundle/cli.cjs, the whole command line in one script, with V8's code cache (see src/parse/code-cache.ts);
// 2. dist/bundle/cli.js, the same as ES modules;
// 3. dist/src/cli/main.js itself.
import { statSync } from 'node:fs';

const mtime = (relative) => {
  try {
    return statSync(new URL(relative, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const built = mtime('../dist/src/cli/main.js');
const fresh = (relative) => {
  const time = mtime(relative);
  return time >= 0 && time >= built;
};
let main;
try {
  const cached = fresh('../dist/bundle/cli.cjs') && fresh('../dist/bundle/code-cache.js');
  const inBundle = cached || fresh('../dist/bundle/cli.js');
  // The lint worker first, so that its start-up overlaps the loading of the rest (see src/cli/early-start.ts).
  (await import(inBundle ? '../dist/bundle/early-start.js' : '../dist/src/cli/early-start.js')).startLintWorkerEarly(process.argv);
  if (cached) {
    const { loadCachedBundle } = await import('../dist/bundle/code-cache.js');
    ({ main } = loadCachedBundle(new URL('../dist/bundle/cli.cjs', import.meta.url)).exports);
  } else {
    ({ main } = await import(inBundle ? '../dist/bundle/cli.js' : '../dist/src/cli/main.js'));
  }
} catch (error) {
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli/main.js');
  process.stderr.write(missing
    ? 'reportlint: 尚未构建，请先运行 npm run build / not built yet: run npm run build first\n'
    : `reportlint: 无法启动 / cannot start: ${error && error.message ? String(error.message).split('\n')[0] : String(error)}\n`);
  process.exit(2);
}
process.exitCode = await main(process.argv);
