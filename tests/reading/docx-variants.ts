// The .docx variant of a rule-tester case: the same lines as Word paragraphs must give the same findings as the text.
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport } from '../../src/api.js';
import { findRule } from '../../rules/index.js';
import { makeDocx } from '../helpers/make-docx.js';
import { lintWithRule, type ValidCase } from '../helpers/rule-tester.js';

export async function lintDocxText(ruleId: string, c: ValidCase) {
  const rule = findRule(ruleId)!;
  const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  const doc = await parseReport(makeDocx({ blocks: c.text.split('\n').filter((l) => l.trim()) }), 'case.docx');
  const result = await lintDocument(doc, { rules: { [ruleId]: [severity, c.options ?? {}] }, only: true, settings: c.settings });
  return result.messages.filter((m) => m.ruleId === ruleId);
}

/** Each case, written as a .docx, gets the findings (message and line) it gets as text. */
export function sameOnDocx(ruleId: string, cases: ValidCase[]) {
  describe(`${ruleId} (.docx)`, () => {
    for (const c of cases) {
      it(c.name ?? c.text.slice(0, 40), async () => {
        const md = (await lintWithRule(ruleId, c)).map((m) => `${m.line} ${m.message}`);
        const docx = (await lintDocxText(ruleId, c)).map((m) => `${m.line} ${m.message}`);
        expect(docx).toEqual(md);
      });
    }
  });
}
