// ESLint's RuleTester, on vitest: valid texts must give no finding of the rule, invalid ones the listed findings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lintBatch, lintDocument, lintText, parseReport, parseText } from '../../src/api.js';
import { findRule } from '../../rules/index.js';
import type { LintMessage } from '../../src/engine/result.js';
import type { SeveritySetting, SharedSettings } from '../../src/engine/rule.js';
import type { Locale } from '../../src/i18n/locale.js';

export interface ValidCase {
  name?: string;
  text: string;
  options?: unknown;
  settings?: SharedSettings;
}

export interface ExpectedFinding {
  /** Text that must occur in the message or the excerpt (string: substring; RegExp: match). */
  match?: string | RegExp;
  severity?: 'error' | 'warning' | 'info';
  excerpt?: string;
  line?: number;
  section?: string[];
}

export interface InvalidCase extends ValidCase {
  /** The findings expected, in order (each matched against the finding at the same index), or just their number. */
  errors: ExpectedFinding[] | number;
}

/** The rule alone, at its default severity (a rule that is off by default runs as a warning). */
function onlyRule(ruleId: string, options: unknown): Record<string, [SeveritySetting, unknown]> {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  return { [ruleId]: [severity, options ?? {}] };
}

export async function lintWithRule(ruleId: string, c: ValidCase, locale: Locale = 'zh-CN'): Promise<LintMessage[]> {
  const result = await lintText(c.text, { rules: onlyRule(ruleId, c.options), only: true, settings: c.settings, locale });
  const internal = result.messages.filter((m) => m.ruleId === 'internal-error');
  if (internal.length) throw new Error(internal[0]!.message);
  return result.messages.filter((m) => m.ruleId === ruleId);
}

/** A batch of texts (name → text) linted together with the rule alone: its findings on every file. */
export async function lintBatchWithRule(ruleId: string, files: { name: string; text: string }[], options?: unknown): Promise<(LintMessage & { file: string })[]> {
  const results = await lintBatch(files.map((f) => parseText(f.text, f.name)), { rules: onlyRule(ruleId, options), only: true });
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === ruleId).map((m) => ({ ...m, file: r.filePath })));
}

/** A `report-batch` doc example: files separated by lines "=== name.md ===". */
export function batchFiles(body: string): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (const line of body.split('\n')) {
    const head = /^===\s*(.+?)\s*===$/.exec(line);
    if (head) files.push({ name: head[1]!, text: '' });
    else if (files.length) files.at(-1)!.text += `${line}\n`;
  }
  return files;
}

/** The same for a .docx file (path from the repository root). */
export async function lintDocxWithRule(ruleId: string, path: string, options?: unknown): Promise<LintMessage[]> {
  const doc = await parseReport(readFileSync(new URL(`../../${path}`, import.meta.url)), path);
  const result = await lintDocument(doc, { rules: onlyRule(ruleId, options), only: true });
  return result.messages.filter((m) => m.ruleId === ruleId);
}

const describeText = (c: ValidCase) => c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 60);

export function ruleTester(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }) {
  describe(`${ruleId}`, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(describeText(c), async () => {
          const found = await lintWithRule(ruleId, c);
          expect(found.map((m) => `${m.message} «${m.excerpt}»`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(describeText(c), async () => {
          const found = await lintWithRule(ruleId, c);
          if (typeof c.errors === 'number') {
            expect(found.length, found.map((m) => m.message).join('\n')).toBe(c.errors);
            return;
          }
          expect(found.length, found.map((m) => `${m.message} «${m.excerpt}»`).join('\n')).toBe(c.errors.length);
          c.errors.forEach((want, i) => {
            const got = found[i]!;
            if (want.match !== undefined) {
              const hay = `${got.message}\n${got.excerpt}`;
              if (typeof want.match === 'string') expect(hay).toContain(want.match);
              else expect(hay).toMatch(want.match);
            }
            if (want.severity) expect(got.severity).toBe(want.severity);
            if (want.excerpt !== undefined) expect(got.excerpt).toBe(want.excerpt);
            if (want.line !== undefined) expect(got.line).toBe(want.line);
            if (want.section) expect(got.section).toEqual(want.section);
          });
        });
      }
    });
  });
}
