// One file, bytes in, FileResult out: read (format decided from the bytes), build the section tree, run the enabled
// rules, collect facts for summaries (CSV) and timings. A file that cannot be read becomes one `fatal` message.
// The reader is imported on first use so that linting Markdown never loads the .docx stack.
import type { ReadLimits } from './parse/read.js';
import { ReadError } from './parse/errors.js';
import { sectionize } from './tree/sectionize.js';
import { LintDocument } from './model/document.js';
import { runRules, type EnabledRule } from './engine/lint.js';
import { fileLevelError, makeResult, type FileResult, type ReportFacts } from './engine/result.js';
import type { Rule, SharedSettings } from './engine/rule.js';
import type { Locale, Localized } from './i18n/locale.js';
import { enableRules, type RuleEntries } from './config/rule-settings.js';
import { stableStringify } from './config/effective.js';
import { cliLocalized, cliMessage } from './i18n/cli-messages.js';
import { GuardTimeout, guarded, isGuardTimeout } from './engine/guard.js';

export interface LintFileOptions {
  locale: Locale;
  settings: SharedSettings;
  rules: RuleEntries;
  limits?: ReadLimits;
  /** Rules not to run (a rule that hung on this file in an earlier attempt). */
  skipRules?: readonly string[];
  /** Told "parse" before reading and each rule id before the rule starts, so a supervisor can name what hung. */
  onPhase?: (phase: string) => void;
  /**
   * Limit for parsing and for each rule (synchronous work) in this thread; a rule over it becomes an internal-error.
   * Workers leave it unset: their supervisor's clock does the job without the per-call cost of a vm watchdog.
   */
  timeoutMs?: number;
}

/** A result that depends on this run (timeouts, crashes): shown, never cached. */
export type RunResult = FileResult & { transient?: boolean };

let registry: Promise<Rule[]> | undefined;

/**
 * The registry plus any test-only fault rules (REPORTLINT_TEST_FAULTS). Loaded on first use, so a file the reader
 * refuses (a zip bomb, an old .doc) never pays for loading the rules.
 */
export function registeredRules(): Promise<Rule[]> {
  registry ??= import('../rules/index.js').then(async ({ allRules }) => {
    if (!process.env.REPORTLINT_TEST_FAULTS) return allRules;
    const { faultRules } = await import('./engine/fault-rules.js');
    return [...allRules, ...faultRules()];
  });
  return registry;
}

const enabledCache = new Map<string, EnabledRule[]>();

async function enabledFor(rules: RuleEntries, skip: readonly string[] = []): Promise<EnabledRule[]> {
  const key = stableStringify({ rules, skip });
  let enabled = enabledCache.get(key);
  if (!enabled) {
    enabled = enableRules(await registeredRules(), rules).filter((e) => !skip.includes(e.rule.meta.id));
    enabledCache.set(key, enabled);
  }
  return enabled;
}

export async function lintFile(bytes: Uint8Array, filePath: string, options: LintFileOptions): Promise<RunResult> {
  const { timeoutMs } = options;
  const { readReport } = await import('./parse/read.js');
  options.onPhase?.('parse');
  let doc: LintDocument;
  const parseStart = performance.now();
  try {
    const flat = await guarded(() => readReport(bytes, filePath, options.limits), timeoutMs);
    doc = new LintDocument(guarded(() => sectionize(flat), timeoutMs), filePath);
  } catch (error) {
    if (process.env.REPORTLINT_DEBUG) debugReadFailure(filePath, error);
    if (isGuardTimeout(error)) {
      return { ...fatalResult(filePath, cliLocalized('timeout', { seconds: seconds(timeoutMs!) }), options.locale), transient: true };
    }
    if (error instanceof ReadError) return fatalResult(filePath, error.text, options.locale);
    return fatalResult(filePath, cliLocalized('readerFailed'), options.locale);
  }
  const parse = performance.now() - parseStart;
  const enabled = await enabledFor(options.rules, options.skipRules);
  const run = timeoutMs ? enabled.map((e) => ({ ...e, rule: guardRule(e.rule, timeoutMs, options.locale) })) : enabled;
  const { messages, timing, batch } = await runRules(doc, run, {
    locale: options.locale,
    settings: options.settings,
    onRuleStart: options.onPhase,
  });
  options.onPhase?.('facts');
  return makeResult(filePath, messages, {
    facts: await collectFacts(doc),
    timing: { parse, rules: timing },
    ...(batch ? { batch } : {}),
  });
}

export const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The rule with its synchronous check under the time limit; running over reads "did not finish within N s". */
function guardRule(rule: Rule, timeoutMs: number, locale: Locale): Rule {
  return {
    meta: rule.meta,
    ...(rule.batch ? { batch: rule.batch } : {}),
    check(context) {
      try {
        return guarded(() => rule.check(context), timeoutMs);
      } catch (error) {
        if (error instanceof GuardTimeout) throw new Error(cliMessage('ruleTimeout', locale, { seconds: seconds(timeoutMs) }));
        throw error;
      }
    },
  };
}

function debugReadFailure(filePath: string, error: unknown) {
  const cause = (error as { cause?: unknown })?.cause;
  const describe = (e: unknown) => (e instanceof Error ? e.stack ?? e.message : String(e));
  process.stderr.write(`reportlint debug: cannot read ${filePath}: ${describe(error)}${cause ? `\n  cause: ${describe(cause)}` : ''}\n`);
}

/** The result for a file that could not be read: one `fatal` message with the cause in the user's language. */
export function fatalResult(filePath: string, text: Localized, locale: Locale): FileResult {
  return makeResult(filePath, [fileLevelError('fatal', text[locale])], { fatal: true });
}

async function collectFacts(doc: LintDocument): Promise<ReportFacts> {
  const facts: ReportFacts = {};
  if (doc.title) facts.title = doc.title.trim();
  try {
    const { docInfo } = await import('./model/doc-info.js');
    const info = docInfo(doc);
    if (info.year !== undefined) facts.year = info.year;
    if (info.unit) facts.unit = info.unit;
    if (info.kind !== 'unknown') facts.kind = info.kind;
  } catch {
    // facts are a convenience for summaries; a failure here never affects findings
  }
  try {
    const { mainSelfScore } = await import('./quantity/self-score.js');
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
