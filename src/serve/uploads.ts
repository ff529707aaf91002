// Reads one multipart upload into memory under the server's limits (file size, file count, total size) and lints it
// with the batch runner on the server's shared worker pool. Nothing is written anywhere; each request's files and
// results live only in that request.
import type { FastifyRequest } from 'fastify';
import type { FileResult } from '../engine/result.js';
import type { Locale, Rule } from '../engine/rule.js';
import type { EffectiveConfig } from '../config/schema.js';
import { SEVERITY_SETTINGS, type RuleEntries } from '../config/rule-settings.js';
import { formatSize } from '../config/units.js';
import { runBatch } from '../batch/run.js';
import type { WorkerPool } from '../batch/pool.js';
import { htmlMessage } from '../i18n/html.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export interface UploadLimits {
  maxFileSize: number;
  maxFiles: number;
  maxTotal: number;
}

/** A request the server refuses, with its status and a message for the user. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface ParsedUpload {
  files: Upload[];
  fields: Record<string, string>;
}

/** Only the base name of what the browser sent, without control characters. */
export function safeName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, 200) || 'upload';
}

export async function readUpload(request: FastifyRequest, limits: UploadLimits, locale: Locale): Promise<ParsedUpload> {
  if (!request.isMultipart()) throw new HttpError(400, htmlMessage('noUpload', locale));
  const files: Upload[] = [];
  const fields: Record<string, string> = {};
  let total = 0;
  let current = '';
  try {
    const parts = request.parts({
      limits: { fileSize: limits.maxFileSize, files: limits.maxFiles, fields: 20, fieldSize: 256 * 1024, parts: limits.maxFiles + 20 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      current = safeName(part.filename);
      const bytes = new Uint8Array(await part.toBuffer());
      total += bytes.byteLength;
      if (total > limits.maxTotal) throw new HttpError(413, htmlMessage('bodyTooLarge', locale, { limit: formatSize(limits.maxTotal) }));
      files.push({ name: current, bytes });
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new HttpError(413, htmlMessage('tooLarge', locale, { name: current, limit: formatSize(limits.maxFileSize) }));
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw new HttpError(413, htmlMessage('tooMany', locale, { max: limits.maxFiles }));
    if (code === 'FST_FIELDS_LIMIT') throw new HttpError(413, htmlMessage('bodyTooLarge', locale, { limit: formatSize(limits.maxTotal) }));
    throw new HttpError(400, htmlMessage('noUpload', locale));
  }
  if (files.length === 0) throw new HttpError(400, htmlMessage('noUpload', locale));
  return { files, fields };
}

/**
 * Severities chosen for this session in the page (`{"terms":"off","sum-total":"warning"}`), over the server's config;
 * a rule's options from the config are kept.
 */
export function sessionRules(raw: string | undefined, base: RuleEntries, known: readonly Rule[], locale: Locale): RuleEntries {
  if (!raw) return base;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpError(400, htmlMessage('badRules', locale, { detail: 'JSON' }));
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpError(400, htmlMessage('badRules', locale, { detail: 'JSON' }));
  const rules: RuleEntries = { ...base };
  for (const [id, value] of Object.entries(parsed)) {
    if (!known.some((r) => r.meta.id === id)) throw new HttpError(400, htmlMessage('badRules', locale, { detail: id }));
    if (!(SEVERITY_SETTINGS as readonly unknown[]).includes(value)) throw new HttpError(400, htmlMessage('badRules', locale, { detail: `${id}: ${String(value)}` }));
    const previous = base[id];
    const severity = value as (typeof SEVERITY_SETTINGS)[number];
    rules[id] = Array.isArray(previous) ? [severity, previous[1]] : severity;
  }
  return rules;
}

export interface LintUploadsOptions {
  config: EffectiveConfig;
  pool: WorkerPool;
  withView?: boolean;
}

/** Lint the uploads in order, .docx in the shared worker pool (heap cap, time limit), as the CLI does. */
export async function lintUploads(files: readonly Upload[], options: LintUploadsOptions): Promise<FileResult[]> {
  const jobs = files.map((f) => ({ filePath: f.name, bytes: f.bytes, config: options.config }));
  const { results } = await runBatch(jobs, {
    concurrency: 'off',
    maxMemoryMb: options.config.limits.maxMemoryMb,
    pool: options.pool,
    withView: options.withView,
  });
  return results;
}
