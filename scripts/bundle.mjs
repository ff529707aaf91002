// Bundles the command line for start-up speed (run by `prepare` and `build` after tsc): one ES module per entry
// (the CLI, the worker thread, the task modules it loads) plus shared chunks, all in dist/bundle/ side by side, so
// the relative URLs the code computes from import.meta.url (./worker.js, ./lint-task.js, ./show-task.js) hold.
// Packages loaded through require (mammoth, the writers, the server) stay outside, loaded from node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
const external = ['mammoth', 'exceljs', 'docx', 'fastify', '@fastify/*', '@e965/xlsx', 'cfb', 'yaml'];
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/main.ts',
    'early-start': 'src/cli/early-start.ts',
    'code-cache': 'src/parse/code-cache.ts',
    worker: 'src/batch/worker.ts',
    'lint-task': 'src/batch/lint-task.ts',
    'show-task': 'src/cli/show-task.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external,
  // CommonJS packages inside the bundle (commander, saxes) call require for Node's own modules
  banner: { js: "import { createRequire as __reportlintRequire } from 'node:module'; const require = __reportlintRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});

// The lint task and the command line once more, each as one CommonJS file (lint-task.cjs, cli.cjs) that the worker
// and bin/reportlint.js run through vm.Script with V8's code cache (src/parse/code-cache.ts): a script can carry a
// code cache, an ES module cannot; and one file spares the main thread the resolving and linking of some 35 modules.
// Lazy imports become requires (so no dynamic-import hook is needed); import.meta.url becomes the file's own URL.
const commonJs = {
  absWorkingDir: root,
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Names kept (stack traces still read); a third less text to read and decode at every start (about 8 ms).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};
await build({
  ...commonJs,
  entryPoints: { 'lint-task': 'src/batch/lint-task.ts', cli: 'src/cli/main.ts' },
  supported: { 'dynamic-import': false },
  external,
  define: { 'import.meta.url': '__reportlintUrl' },
  banner: { js: "const __reportlintUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
});
// mammoth as one CommonJS file (mammoth.cjs) with a code cache too: the .docx reader loads it through vm.Script
// (src/parse/docx/load-mammoth.ts) in about a third of the time its own modules take from node_modules.
await build({ ...commonJs, entryPoints: { mammoth: 'mammoth' }, legalComments: 'eof' });

// Their code caches, each made by a warm-up (a lint, a command line, a conversion) in a fresh process (see
// scripts/code-cache.mjs). Without one the code still runs (it compiles as usual), so a failure here is reported but
// does not fail the build.
for (const name of ['lint-task.cjs', 'cli.cjs', 'mammoth.cjs']) {
  const cache = spawnSync(process.execPath, [`${root}scripts/code-cache.mjs`, `${outdir}/${name}`], { encoding: 'utf8' });
  if (cache.status !== 0) {
    process.stderr.write(`bundle: no code cache for ${name} (start-up is slower, nothing else changes): ${(cache.stderr || cache.error?.message || '').trim().split('\n')[0]}\n`);
  }
}
