// One file, bytes in, FileResult out: the library pipeline the command line's worker threads run. Read (format from
// the bytes), section tree, rules, facts for summaries (CSV) and timings. The rules are loaded only once the file has
// been read, so a file the reader refuses (a zip bomb, an old .doc) never pays for loading them.
import { readReport, type ReadLimits } from './parse/read.js';
import { ReadError } from './parse/errors.js';
import { isWordBytes } from './parse/sniff.js';
import { sectionize } from './tree/sectionize.js';
import { LintDocument } from './model/document.js';
import { docInfo } from './model/doc-info.js';
import { mainSelfScore } from './quantity/self-score.js';
import { runRules } from './engine/lint.js';
import { fatalResult, makeResult, type FileResult, type ReportFacts } from './engine/result.js';
import { enableFromPlan, type RulePlan } from './config/rule-settings.js';
import type { Rule, SharedSettings } from './engine/rule.js';
import type { Locale } from './i18n/locale.js';
import { coreMessage } from './i18n/messages.js';
import { limitMessage } from './i18n/limits.js';

export interface LintReportOptions {
  locale: Locale;
  settings?: SharedSettings;
  /** Rules as the caller resolved them (options already parsed); rules not named run at their defaults. */
  plan?: RulePlan;
  /** The rules to run (default: every registered rule, loaded once the file has been read). */
  registry?: readonly Rule[] | (() => Promise<readonly Rule[]>);
  limits?: ReadLimits;
  inlineConfig?: boolean;
  /** Also return the document view (FileResult.view) for formats that show the document (html, serve). */
  withView?: boolean;
  /** Told "read" before reading, each rule id before the rule starts and "facts" at the end. */
  onPhase?: (phase: string) => void;
}

/**
 * One file, bytes in, FileResult out: read (format from the bytes), section tree, rules, facts for summaries (CSV)
 * and timings. A file that cannot be read is one `fatal` message. Limits on time and memory are the caller's (the
 * command line runs this in a worker thread with a heap cap and a wall clock).
 */
export async function lintReport(bytes: Uint8Array, filePath: string, options: LintReportOptions): Promise<FileResult> {
  const { locale } = options;
  options.onPhase?.('read');
  const parseStart = performance.now();
  let doc: LintDocument;
  try {
    doc = new LintDocument(sectionize(await readReport(bytes, filePath, options.limits)), filePath);
  } catch (error) {
    if (process.env.REPORTLINT_DEBUG) debugReadFailure(filePath, error);
    return fatalResult(filePath, readFailureText(error, bytes, locale));
  }
  const parse = performance.now() - parseStart;
  const registry = typeof options.registry === 'function' ? await options.registry() : options.registry ?? (await import('../rules/index.js')).allRules;
  const enabled = enableFromPlan(registry, options.plan);
  const { messages, timing, batch } = await runRules(doc, enabled, {
    locale, settings: options.settings, onRuleStart: options.onPhase, inlineConfig: options.inlineConfig,
  });
  options.onPhase?.('facts');
  return makeResult(filePath, messages, {
    facts: collectFacts(doc),
    timing: { parse, rules: timing },
    ...(batch ? { batch } : {}),
    ...(options.withView ? { view: (await import('./tree/view.js')).documentView(doc) } : {}),
  });
}

/** What to tell the user when reading failed: the reader's own cause, or an internal error with advice for the format. */
export function readFailureText(error: unknown, bytes: Uint8Array, locale: Locale): string {
  if (error instanceof ReadError) return error.text[locale];
  const advice = limitMessage(isWordBytes(bytes) ? 'adviceDocx' : 'adviceText', locale);
  return coreMessage('readerFailed', locale, { advice });
}

function debugReadFailure(filePath: string, error: unknown) {
  const cause = (error as { cause?: unknown })?.cause;
  const describe = (e: unknown) => (e instanceof Error ? e.stack ?? e.message : String(e));
  process.stderr.write(`reportlint debug: cannot read ${filePath}: ${describe(error)}${cause ? `\n  cause: ${describe(cause)}` : ''}\n`);
}

function collectFacts(doc: LintDocument): ReportFacts {
  const facts: ReportFacts = {};
  if (doc.title) facts.title = doc.title.trim();
  try {
    const info = docInfo(doc);
    if (info.year !== undefined) facts.year = info.year;
    if (info.unit) facts.unit = info.unit;
    if (info.kind !== 'unknown') facts.kind = info.kind;
  } catch {
    // facts are a convenience for summaries; a failure here never affects findings
  }
  try {
    const score = mainSelfScore(doc);
    if (score) {
      const value = Number(score.value.toString());
      if (Number.isFinite(value)) facts.selfScore = value;
      if (score.grade) facts.grade = score.grade;
    }
  } catch {
    // as above
  }
  return facts;
}

