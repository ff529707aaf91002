// The clean reports written as users would write them (fixtures/clean-*) must give no finding at all, from any rule
// at its default settings: false alarms cost reviewers as much as misses.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport } from '../src/api.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const clean = readdirSync(FIXTURES).filter((f) => /^clean-.*\.(md|docx)$/.test(f));

describe('clean reports', () => {
  it('exist in both formats', () => {
    expect(clean.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(2);
    expect(clean.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(1);
  });
  for (const file of clean) {
    it(`${file}: no findings from any rule`, async () => {
      const doc = await parseReport(readFileSync(new URL(file, FIXTURES)), file);
      const { messages } = await lintDocument(doc);
      expect(messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)).toEqual([]);
    });
  }
});
