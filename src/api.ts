// The library API: parse a report once, run the rules, get the JSON-contract result. The command line builds on it:
// its worker threads call lintReport, the one pipeline from bytes to a FileResult.
import { readReport, type ReadLimits } from './parse/read.js';
import { readMarkdown } from './parse/markdown.js';
import { sectionize } from './tree/sectionize.js';
import { LintDocument } from './model/document.js';
import { runRules, type EnabledRule } from './engine/lint.js';
import { makeResult, type FileResult } from './engine/result.js';
import { enableRules, type RuleEntries } from './config/rule-settings.js';
import type { SharedSettings } from './engine/rule.js';
import type { Locale } from './i18n/locale.js';
import { allRules } from '../rules/index.js';
import { crossCheck } from './engine/cross-check.js';

export interface LintOptions {
  /** Per-rule settings; rules not named keep their defaults (or are off with `only`). */
  rules?: RuleEntries;
  /** Run only the rules named in `rules` (rule tests). */
  only?: boolean;
  locale?: Locale;
  settings?: SharedSettings;
  limits?: ReadLimits;
  /** Honour the report's own disable directives (default true; false = --no-inline-config). */
  inlineConfig?: boolean;
}

/** Read .docx or text bytes (format decided from the bytes) into the section tree. Throws ReadError. */
export async function parseReport(bytes: Uint8Array, filePath: string, limits?: ReadLimits): Promise<LintDocument> {
  const flat = await readReport(bytes, filePath, limits);
  return new LintDocument(sectionize(flat), filePath);
}

/** Parse Markdown / plain text already in memory. */
export function parseText(text: string, filePath = 'input.md'): LintDocument {
  return new LintDocument(sectionize(readMarkdown(text)), filePath);
}

/** The rules at their defaults, options validated once: parsing every rule's options per report costs more than
 * linting a short report. */
let defaultRules: EnabledRule[] | undefined;

export async function lintDocument(doc: LintDocument, options: LintOptions = {}): Promise<FileResult> {
  const enabled = options.rules === undefined && !options.only
    ? (defaultRules ??= enableRules(allRules, undefined, 'options', false))
    : enableRules(allRules, options.rules, 'options', options.only);
  const { messages, timing, batch } = await runRules(doc, enabled, { locale: options.locale ?? 'zh-CN', settings: options.settings, inlineConfig: options.inlineConfig });
  return makeResult(doc.filePath, messages, { timing: { parse: 0, rules: timing }, ...(batch ? { batch } : {}) });
}

/**
 * Lint several reports as one batch: each file as lintDocument does, then the batch rules (duplicate-report) across
 * them. Results in input order.
 */
export async function lintBatch(docs: readonly LintDocument[], options: LintOptions & { displayPath?: (filePath: string) => string } = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const doc of docs) results.push(await lintDocument(doc, options));
  return crossCheck(results, allRules, { localeOf: () => options.locale ?? 'zh-CN', displayPath: options.displayPath });
}

export async function lintText(text: string, options: LintOptions & { filePath?: string } = {}): Promise<FileResult> {
  return lintDocument(parseText(text, options.filePath), options);
}

export { lintReport, readFailureText, type LintReportOptions } from './lint-report.js';

export { LintDocument } from './model/document.js';
export { defineRule } from './engine/rule.js';
export type * from './model/types.js';
export type { Rule, RuleMeta, RuleContext, Severity } from './engine/rule.js';
export type { FileResult, LintMessage, RelatedLocation } from './engine/result.js';
export type { RulePlan } from './config/rule-settings.js';
export { crossCheck } from './engine/cross-check.js';
export { batchSummary, type BatchSummary } from './engine/summary.js';
export { allRules } from '../rules/index.js';
