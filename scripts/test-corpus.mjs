#!/usr/bin/env node
// `npm run test:corpus`: the tests in tests/corpus/, which read the shared corpus beside the checkout (../shared, or
// REPORTLINT_SHARED). Without it they are skipped with one line and exit 0, so a fresh clone is not a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.REPORTLINT_SHARED ? resolve(process.env.REPORTLINT_SHARED) : resolve(root, '../shared');
const needed = ['samples', 'corpus/docx', 'corpus/bad'].map((p) => join(shared, p));
const missing = needed.filter((p) => !existsSync(p));
if (missing.length) {
  console.log(`test:corpus skipped: the shared corpus is not there (${missing.join(', ')}); put shared/ beside the checkout or set REPORTLINT_SHARED`);
  process.exit(0);
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.corpus.config.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
