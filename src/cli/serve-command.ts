// `reportlint serve`: start the local review app (src/serve) with the config of the working folder, the CLI's file
// limits and a shared worker pool, bound to 127.0.0.1 unless told otherwise.
import { availableParallelism } from 'node:os';
import type { Locale } from '../engine/rule.js';
import { ConfigLoader } from '../config/load.js';
import { ConfigResolver, validateRules, type CliOverrides } from '../config/effective.js';
import { WorkerPool } from '../batch/pool.js';
import { registeredRules } from '../batch/registry.js';
import { htmlMessage } from '../i18n/html.js';
import { buildApp } from '../serve/app.js';
import { loadReviewDocs } from '../serve/review-docs.js';
import { UsageError, commonOverrides, parseLocale } from './usage.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { toolVersion } from './version.js';

interface ServeCliOptions {
  port?: string;
  host?: string;
  locale?: string;
  config?: string;
  profile?: string;
  rule: string[];
  maxFiles?: string;
  maxFileSize?: string;
  timeout?: string;
  maxMemory?: string;
}

export async function serveCommand(raw: Record<string, unknown>, ui: Locale): Promise<number> {
  const o = raw as unknown as ServeCliOptions;
  const cwd = process.cwd();
  const locale = parseLocale(o.locale, ui);
  ui = locale ?? ui;
  const port = o.port === undefined ? 8030 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(cliMessage('badOption', ui, { option: '--port', value: String(o.port), allowed: '0–65535' }));
  }
  const maxFiles = o.maxFiles === undefined ? 20 : Number(o.maxFiles);
  if (!Number.isInteger(maxFiles) || maxFiles < 1) {
    throw new UsageError(cliMessage('badOption', ui, { option: '--max-files', value: String(o.maxFiles), allowed: '≥ 1' }));
  }
  const host = o.host ?? '127.0.0.1';
  const overrides: CliOverrides = {
    ...commonOverrides(o, cwd, locale, ui),
    // A reviewer's page: a sender's report cannot switch its own checks off (directives are still listed as infos).
    noInlineConfig: true,
  };
  const config = await new ConfigResolver(new ConfigLoader(), overrides).resolve(cwd);
  const rules = await registeredRules();
  validateRules(config, overrides, rules);
  const pool = new WorkerPool({ size: Math.max(1, Math.min(availableParallelism(), 4)), maxMemoryMb: config.limits.maxMemoryMb });
  const app = buildApp({
    config,
    rules,
    pool,
    limits: { maxFileSize: config.limits.maxFileSize, maxFiles, maxTotal: 2 * config.limits.maxFileSize },
    reviewDocs: await loadReviewDocs(),
    toolVersion: toolVersion(),
  });
  try {
    await app.listen({ port, host });
  } catch (error) {
    await pool.close();
    throw new UsageError(htmlMessage('portInUse', config.locale, { host, port, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  process.stdout.write(`${htmlMessage('listening', config.locale, { url: `http://${shown}:${actual}/` })}\n`);
  if (!/^(127\.|localhost$|::1$)/.test(host)) process.stderr.write(`reportlint: ${htmlMessage('notLocal', config.locale, { host })}\n`);
  await new Promise<void>((done) => {
    const stop = () => void app.close().then(() => pool.close()).then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
