// `reportlint serve`: a local web app for reviewers. Stateless: every request carries its files, which are linted in
// memory on the shared worker pool and forgotten when the answer is sent, so concurrent users never meet.
//   GET  /               the page (drop files, session severities, report, downloads)
//   POST /api/lint       multipart "files" (+ "rules" JSON) → the JSON contract
//   POST /api/report     same input → the HTML report body shown by the page
//   POST /api/annotate   one report → annotated copy (.docx: Word comments; .md: HTML comments);  /api/xlsx → workbook;  /api/letter → one letter
//   GET  /rules/:id      a rule's documentation (Markdown text)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import type { Locale, Rule } from '../engine/rule.js';
import type { EffectiveConfig } from '../config/schema.js';
import { contractEntry } from '../format/json.js';
import { renderReports } from '../format/html/render.js';
import { htmlMessage } from '../i18n/html.js';
import { ruleDocPath } from '../format/types.js';
import type { WorkerPool } from '../batch/pool.js';
import { appPage } from './page.js';
import { type Download, type ReviewDocs } from './review-docs.js';
import { HttpError, lintUploads, readUpload, sessionRules, type UploadLimits } from './uploads.js';

export interface AppOptions {
  config: EffectiveConfig;
  rules: readonly Rule[];
  pool: WorkerPool;
  limits: UploadLimits;
  reviewDocs: ReviewDocs;
  toolVersion: string;
}

export function buildApp(options: AppOptions): FastifyInstance {
  const { config, rules, pool, limits, reviewDocs } = options;
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  void app.register(multipart);
  const pageLocale = config.locale;
  const page = appPage({ locale: pageLocale, rules, config, limits, toolVersion: options.toolVersion });

  const localeOf = (fields: Record<string, string>): Locale => (fields.locale === 'en' ? 'en' : fields.locale === 'zh-CN' ? 'zh-CN' : pageLocale);

  /** Read, check the session rules, lint. */
  async function lintRequest(request: Parameters<typeof readUpload>[0], withView: boolean) {
    const upload = await readUpload(request, limits, pageLocale);
    const locale = localeOf(upload.fields);
    const runConfig = { ...config, locale, rules: sessionRules(upload.fields.rules, config.rules, rules, locale) };
    const results = await lintUploads(upload.files, { config: runConfig, pool, withView });
    return { upload, locale, results };
  }

  const send = (reply: FastifyReply, download: Download) => reply
    .header('content-type', download.contentType)
    .header('content-disposition', `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`)
    .send(Buffer.from(download.bytes));

  const notAvailable = (what: string) => new HttpError(501, htmlMessage('notAvailable', pageLocale, { what }));

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HttpError) return reply.status(error.status).send({ error: error.message });
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) return reply.status(413).send({ error: htmlMessage('bodyTooLarge', pageLocale, { limit: '1MB' }) });
    return reply.status(status && status >= 400 && status < 500 ? status : 500).send({ error: error instanceof Error ? error.message : String(error) });
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: htmlMessage('notFoundPage', pageLocale) }));

  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));

  app.get<{ Params: { id: string } }>('/rules/:id', async (request, reply) => {
    const id = request.params.id.replace(/\.md$/, '');
    if (!rules.some((r) => r.meta.id === id)) throw new HttpError(404, htmlMessage('notFoundPage', pageLocale));
    return reply.type('text/markdown; charset=utf-8').send(readRuleDoc(id));
  });

  app.post('/api/lint', async (request) => {
    const { results } = await lintRequest(request, false);
    return results.map(contractEntry);
  });

  app.post('/api/report', async (request, reply) => {
    const { results, locale } = await lintRequest(request, true);
    const html = renderReports(results, { locale, rules, cwd: '/', docHref: (id) => `/rules/${id}` });
    return reply.type('text/html; charset=utf-8').send(html);
  });

  app.post('/api/annotate', async (request, reply) => {
    if (!reviewDocs.annotate) throw notAvailable('annotate');
    const { upload, results, locale } = await lintRequest(request, false);
    const [file, result] = [upload.files[0]!, results[0]!];
    const fatal = result.messages.find((m) => m.ruleId === 'fatal');
    if (result.fatal || fatal) throw new HttpError(422, fatal?.message ?? htmlMessage('unreadable', locale));
    return send(reply, await reviewDocs.annotate(file.bytes, result, locale));
  });

  app.post('/api/xlsx', async (request, reply) => {
    if (!reviewDocs.xlsx) throw notAvailable('xlsx');
    const { results, locale } = await lintRequest(request, false);
    return send(reply, await reviewDocs.xlsx(results, locale));
  });

  app.post('/api/letter', async (request, reply) => {
    if (!reviewDocs.letter) throw notAvailable('letter');
    const { results, locale } = await lintRequest(request, false);
    return send(reply, await reviewDocs.letter(results[0]!, locale));
  });

  return app;
}

function readRuleDoc(id: string): string {
  for (const up of ['../../../', '../../']) {
    try {
      return readFileSync(fileURLToPath(new URL(`${up}${ruleDocPath(id)}`, import.meta.url)), 'utf8');
    } catch {
      // try the next layout (dist/src/serve or src/serve)
    }
  }
  return id;
}

