// `reportlint annotate FILE…` (a commented copy of each report) and `reportlint letter FILE…` (a 审核意见 letter per
// report): lint as the default command does, then write one file per report beside it or into --out-dir. The
// originals are only read.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../engine/rule.js';
import { ReadError } from '../parse/errors.js';
import { reviewText } from '../i18n/review.js';
import { lintInputs, writeFile } from './lint-command.js';
import { cliIo } from './io.js';

interface ReviewOptions {
  outDir?: string;
  suffix?: string;
  includeInfo?: boolean;
  locale?: string;
}

/** `<stem><suffix><ext>` beside the input, or in `outDir`. */
export function outputPath(filePath: string, suffix: string, ext: string, outDir: string | undefined, cwd: string): string {
  const name = `${basename(filePath, extname(filePath))}${suffix}${ext}`;
  return outDir ? resolve(cwd, outDir, name) : join(dirname(resolve(cwd, filePath)), name);
}

export async function annotateCommand(files: string[], raw: Record<string, unknown>, ui: Locale): Promise<number> {
  const o = raw as ReviewOptions;
  const run = await lintInputs(files, raw, ui);
  if (typeof run === 'number') return run;
  const { results, cwd, locale } = run;
  const suffix = `.${o.suffix ?? reviewText('annotateSuffix', locale)}`;
  let failed = 0;
  for (const result of results) {
    const written = await annotateOne(result, suffix, o.outDir, cwd, locale);
    if (!written) failed++;
  }
  return failed === 0 ? 0 : failed === results.length ? 2 : 1;
}

async function annotateOne(result: FileResult, suffix: string, outDir: string | undefined, cwd: string, locale: Locale): Promise<boolean> {
  const path = resolve(cwd, result.filePath);
  const shown = result.filePath;
  const fatal = result.messages.find((m) => m.ruleId === 'fatal');
  if (result.fatal || fatal) {
    cliIo().stderr.write(`reportlint: ${reviewText('annotateUnreadable', locale, { path: shown, reason: fatal?.message ?? '' })}\n`);
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    cliIo().stderr.write(`reportlint: ${reviewText('annotateUnreadable', locale, { path: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
    return false;
  }
  try {
    const { annotateReport } = await import('../format/annotate/index.js');
    const annotated = await annotateReport(bytes, result, { locale, date: new Date() });
    const out = annotated.bytes;
    const ext = annotated.extension === '.docx' ? '.docx' : extname(path) || '.md';
    const target = outputPath(path, suffix, ext, outDir, cwd);
    writeFile(target, out, locale);
    cliIo().stderr.write(`${reviewText('annotateWritten', locale, { path: target, count: result.messages.length })}\n`);
    return true;
  } catch (error) {
    const reason = error instanceof ReadError ? error.text[locale] : error instanceof Error ? error.message.split('\n')[0]! : String(error);
    cliIo().stderr.write(`reportlint: ${reviewText('annotateUnreadable', locale, { path: shown, reason })}\n`);
    return false;
  }
}

export async function letterCommand(files: string[], raw: Record<string, unknown>, ui: Locale): Promise<number> {
  const o = raw as ReviewOptions;
  const run = await lintInputs(files, raw, ui);
  if (typeof run === 'number') return run;
  const { results, cwd, locale } = run;
  const { reviewLetter } = await import('../format/letter.js');
  const suffix = `.${o.suffix ?? reviewText('letterSuffix', locale)}`;
  for (const result of results) {
    const target = outputPath(result.filePath, suffix, '.docx', o.outDir, cwd);
    writeFile(target, await reviewLetter([result], { locale, includeInfo: o.includeInfo }), locale);
    cliIo().stderr.write(`${reviewText('letterWritten', locale, { path: target })}\n`);
  }
  return results.length > 0 && results.every((r) => r.fatal) ? 2 : 0;
}
