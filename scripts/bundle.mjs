// Bundles the command line for start-up speed (run by `prepare` and `build` after tsc): one ES module per entry
// (the CLI, the worker thread, the task modules it loads) plus shared chunks, all in dist/bundle/ side by side, so
// the relative URLs the code computes from import.meta.url (./worker.js, ./lint-task.js, ./show-task.js) hold.
// Packages loaded through require (mammoth, the writers, the server) stay outside, loaded from node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/main.ts',
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
  external: ['mammoth', 'exceljs', 'docx', 'fastify', '@fastify/*', '@e965/xlsx', 'cfb', 'yaml'],
  // CommonJS packages inside the bundle (commander, saxes) call require for Node's own modules
  banner: { js: "import { createRequire as __reportlintRequire } from 'node:module'; const require = __reportlintRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
