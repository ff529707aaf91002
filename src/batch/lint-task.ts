// The lint task run in worker threads: the library pipeline (lintReport) with the rules as the main thread planned
// them, plus the test-only fault rules when REPORTLINT_TEST_FAULTS asks for them.
import { lintReport } from '../lint-report.js';
import type { RulePlan } from '../config/rule-settings.js';
import type { FileResult } from '../engine/result.js';
import type { SharedSettings } from '../engine/rule.js';
import type { Locale } from '../i18n/locale.js';
import type { ReadLimits } from '../parse/read.js';
import { registeredRules } from './registry.js';

// The rules load with this module, and the worker awaits `loaded` before it says "ready": module loading never
// counts against a file's time limit, and a worker started ahead (prestartWorker) has them loaded before its first
// file arrives. (A promise, not a top-level await: the cached CommonJS build of this module cannot await.)
export const loaded: Promise<unknown> = registeredRules();

/** Loaded lazily like the .docx reader itself: a Markdown run loads nothing of the Word stack. */
export const warmWord = async (): Promise<unknown> => (await import('../parse/docx/load-mammoth.js')).loadMammoth();

export interface LintTaskOptions {
  locale: Locale;
  settings: SharedSettings;
  plan: RulePlan;
  limits: ReadLimits;
  inlineConfig: boolean;
  withView?: boolean;
}

export function runTask(bytes: Uint8Array, filePath: string, options: LintTaskOptions, onPhase: (phase: string) => void): Promise<FileResult> {
  return lintReport(bytes, filePath, { ...options, registry: registeredRules, onPhase });
}
