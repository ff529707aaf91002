// Starts the review server in this process (built code from dist/, so .docx go to the real worker threads) on
// 127.0.0.1 with a free port. `npm test` builds first; when running vitest alone, run `npx tsc -p tsconfig.json`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
if (!existsSync(join(ROOT, 'dist/src/serve/app.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` before the server tests');

type AppModule = typeof import('../../src/serve/app.js');
type ReviewDocsModule = typeof import('../../src/serve/review-docs.js');

export interface Server {
  base: string;
  close: () => Promise<void>;
}

export interface StartOptions {
  maxFileSize?: number;
  maxFiles?: number;
  locale?: 'zh-CN' | 'en';
  reviewDocs?: Awaited<ReturnType<ReviewDocsModule['loadReviewDocs']>>;
}

export async function startServer(o: StartOptions = {}): Promise<Server> {
  const { buildApp } = (await import(join(ROOT, 'dist/src/serve/app.js'))) as AppModule;
  const { WorkerPool } = (await import(join(ROOT, 'dist/src/batch/pool.js'))) as typeof import('../../src/batch/pool.js');
  const { allRules } = (await import(join(ROOT, 'dist/rules/index.js'))) as typeof import('../../rules/index.js');
  const { loadReviewDocs } = (await import(join(ROOT, 'dist/src/serve/review-docs.js'))) as ReviewDocsModule;
  const maxFileSize = o.maxFileSize ?? 50 * 1024 * 1024;
  const config = {
    locale: o.locale ?? 'zh-CN',
    settings: {},
    rules: {},
    ignorePatterns: [],
    limits: { maxFileSize, timeoutMs: 30_000, maxMemoryMb: 512 },
    noInlineConfig: true,
  } as const;
  const pool = new WorkerPool({ size: 2, maxMemoryMb: 512 });
  const app = buildApp({
    config: { ...config, ignorePatterns: [] },
    rules: allRules,
    pool,
    limits: { maxFileSize, maxFiles: o.maxFiles ?? 20, maxTotal: 2 * maxFileSize },
    reviewDocs: o.reviewDocs ?? (await loadReviewDocs()),
    toolVersion: 'test',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await pool.close();
    },
  };
}

export function form(files: { name: string; bytes: Uint8Array | string }[], fields: Record<string, string> = {}): FormData {
  const fd = new FormData();
  for (const f of files) fd.append('files', new Blob([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)]), f.name);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
