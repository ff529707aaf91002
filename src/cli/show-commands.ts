// `reportlint print FILE`, `reportlint tree FILE [--format json]`, `reportlint rules`.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../i18n/locale.js';
import { LintDocument } from '../model/document.js';
import { ReadError } from '../parse/errors.js';
import { DEFAULT_LIMITS } from '../config/effective.js';
import { formatSize } from '../config/units.js';
import { allRules } from '../../rules/index.js';
import { ruleDocPath } from '../format/types.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { cliIo } from './io.js';
import { parseLocale, parseSizeOption } from './usage.js';

interface ShowOptions {
  locale?: string;
  maxFileSize?: string;
  format?: string;
}

/** Read and parse one file for display; prints the reason and returns undefined when it cannot be read. */
async function open(file: string, o: ShowOptions, locale: Locale): Promise<LintDocument | undefined> {
  const path = resolve(file);
  const limit = parseSizeOption(o.maxFileSize, locale) ?? DEFAULT_LIMITS.maxFileSize;
  const fail = (reason: string) => {
    cliIo().stderr.write(`reportlint: ${cliMessage('readFailedCommand', locale, { path: file, reason })}\n`);
    return undefined;
  };
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > limit) return fail(cliMessage('tooLarge', locale, { size: formatSize(size), limit: formatSize(limit) }));
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? cliMessage('notFound', locale, { path: file }) : cliMessage('ioError', locale, { reason: code ?? 'error' }));
  }
  try {
    const [{ readReport }, { sectionize }] = await Promise.all([import('../parse/read.js'), import('../tree/sectionize.js')]);
    return new LintDocument(sectionize(await readReport(bytes, path, { maxFileSize: limit })), path);
  } catch (error) {
    if (error instanceof ReadError) return fail(error.text[locale]);
    if (process.env.REPORTLINT_DEBUG) cliIo().stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return fail(cliMessage('readerFailed', locale));
  }
}

export async function printCommand(file: string, o: ShowOptions, ui: Locale): Promise<number> {
  const locale = parseLocale(o.locale, ui) ?? ui;
  const doc = await open(file, o, locale);
  if (!doc) return 2;
  const { renderPrint } = await import('./views/tree.js');
  cliIo().stdout.write(renderPrint(doc));
  return 0;
}

export async function treeCommand(file: string, o: ShowOptions, ui: Locale): Promise<number> {
  const locale = parseLocale(o.locale, ui) ?? ui;
  const doc = await open(file, o, locale);
  if (!doc) return 2;
  const [{ renderTree, treeToJson }, tables] = await Promise.all([import('./views/tree.js'), import('./views/scoring-tables.js')]);
  if (o.format === 'json') {
    cliIo().stdout.write(`${JSON.stringify({ ...treeToJson(doc), scoringTables: tables.scoringTablesJson(doc) }, null, 2)}\n`);
  } else {
    const scoring = tables.renderScoringTables(doc);
    cliIo().stdout.write(renderTree(doc, { locale }) + (scoring ? `\n${scoring}` : ''));
  }
  return 0;
}

export async function rulesCommand(o: ShowOptions, ui: Locale): Promise<number> {
  const locale = parseLocale(o.locale, ui) ?? ui;
  const rows = allRules.map((r) => ({
    id: r.meta.id,
    defaultSeverity: r.meta.defaultSeverity,
    description: r.meta.description[locale],
    doc: ruleDocPath(r.meta.id),
    tags: r.meta.tags ?? [],
  }));
  if (o.format === 'json') {
    cliIo().stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(0, ...rows.map((r) => r.id.length));
  const sevWidth = Math.max(7, ...rows.map((r) => r.defaultSeverity.length));
  const lines = rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.description}  (${r.doc})`);
  cliIo().stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
