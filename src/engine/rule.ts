// The rule plugin API. A rule is one file in rules/ exporting `defineRule({...})`: metadata (ESLint-style meta,
// message catalogue in zh-CN and en, zod options) and a check function that reports through a context.
import type { z } from 'zod';
import type { LintDocument } from '../model/document.js';
import type { TextNode, AnyNode } from '../model/types.js';
import type { MessagePlace, RelatedLocation } from './result.js';
import type { Locale, Localized } from '../i18n/locale.js';
import type { CustomTemplate } from '../profiles/custom.js';

// The rule API speaks of languages too: rules import Locale / Localized from here.
export type { Locale, Localized };

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface RuleMeta<Schema extends z.ZodType = z.ZodType> {
  /** kebab-case, stable once released. */
  id: string;
  description: Localized;
  defaultSeverity: SeveritySetting;
  /** Options schema; every field must have a default so `schema.parse(undefined ?? {})` gives the defaults. */
  options: Schema;
  /**
   * Message catalogue: messageId → text with {placeholders}. Each text says what was found and what was expected
   * ("…为 {found}，应为 {expected}").
   */
  messages: Record<string, Localized>;
  /** Keywords for `reportlint rules` and docs (e.g. "numbers", "structure", "table"). */
  tags?: string[];
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The node the finding is about: its text span gives the location and the excerpt. */
  node: AnyNode;
  /** Offsets [start, end) into `node.text` (for text nodes). Default: the whole text (headings: whole line). */
  span?: [number, number];
  /** Override the rule's configured severity for this finding (e.g. a last-digit rounding slip is a warning). */
  severity?: Severity;
  /** Other places in this document where the same defect is stated (one defect, one finding: a missed target written
   * in the text and again in its scoring-table row). */
  related?: { node: AnyNode; span?: [number, number] }[];
}

/** Settings shared by all rules (ESLint's `settings`): from the config file and the command line. */
export interface SharedSettings {
  /** Report template profile, e.g. "部门整体" or "项目支出"; undefined = chosen from the title. */
  profile?: string;
  /** Report templates from the config file (top-level `templates`), by name; every rule that uses a profile sees them. */
  templates?: Record<string, CustomTemplate>;
  [key: string]: unknown;
}

export interface RuleContext<Options> {
  doc: LintDocument;
  options: Options;
  settings: SharedSettings;
  locale: Locale;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Schema extends z.ZodType = z.ZodType> {
  meta: RuleMeta<Schema>;
  check(context: RuleContext<z.output<Schema>>): void | Promise<void>;
  /** A rule across the files of a batch (duplicate-report): see BatchHooks. */
  batch?: BatchHooks<z.output<Schema>>;
}

/**
 * A batch rule works in two steps so that worker threads and the main thread give identical results at a cost
 * linear in the batch: `summarize` runs per file where the file is linted (worker or not; the summary travels with
 * the result and is cached with it), then `check` runs once on the main thread over every file's summary.
 */
export interface BatchHooks<Options> {
  /** A small structured-clone/JSON-safe summary of the file; undefined = nothing to compare. */
  summarize(context: Omit<RuleContext<Options>, 'report'>): unknown;
  check(context: BatchContext<Options>): void;
}

export interface BatchEntry<Options> {
  /** Index of the file in the batch (input order). */
  index: number;
  filePath: string;
  /** The path as shown to the user (relative to the working folder where possible). */
  displayPath: string;
  options: Options;
  summary: unknown;
}

export interface BatchContext<Options> {
  entries: readonly BatchEntry<Options>[];
  /** The locale of the file `entry` (messages are formatted per file). */
  report(finding: { entry: number; messageId: string; data?: Record<string, string | number>; place: MessagePlace; related?: RelatedLocation[]; severity?: Severity }): void;
}

export function defineRule<Schema extends z.ZodType>(rule: Rule<Schema>): Rule<Schema> {
  return rule;
}

export type { TextNode };
