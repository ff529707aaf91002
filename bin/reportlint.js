#!/usr/bin/env node
// reportlint command line. The code lives in the build output (dist/, made by `npm run build` / prepare): the
// bundle (dist/bundle/, a few files that load fast) when it is at least as new as the TypeScript output, else that
// output itself (dist/src/, e.g. after a bare `tsc`).
import { statSync } from 'node:fs';

const mtime = (relative) => {
  try {
    return statSync(new URL(relative, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundled = mtime('../dist/bundle/cli.js');
const entry = bundled >= 0 && bundled >= mtime('../dist/src/cli/main.js') ? '../dist/bundle/cli.js' : '../dist/src/cli/main.js';
let main;
try {
  ({ main } = await import(entry));
} catch (error) {
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli/main.js');
  process.stderr.write(missing
    ? 'reportlint: 尚未构建，请先运行 npm run build / not built yet: run npm run build first\n'
    : `reportlint: 无法启动 / cannot start: ${error && error.message ? String(error.message).split('\n')[0] : String(error)}\n`);
  process.exit(2);
}
process.exitCode = await main(process.argv);
