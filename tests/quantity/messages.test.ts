// Every finding of the numbers rules, in both locales, fills all its placeholders and names figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/rule-tester.js';

/** The failing examples of a rule doc page (```report blocks under a 不通过 heading), with their JSON options. */
function failingExamples(markdown: string): { text: string; options: unknown }[] {
  const out: { text: string; options: unknown }[] = [];
  let failing = false;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{2,4}\s+(.*)$/.exec(lines[i]!);
    if (heading) { failing = /不通过/.test(heading[1]!); continue; }
    const fence = /^```report\s*(.*)$/.exec(lines[i]!);
    if (!fence || !failing) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    out.push({ text: body.join('\n'), options: fence[1] ? JSON.parse(fence[1]) : {} });
  }
  return out;
}

const RULES = ['sum-total', 'percent-sum', 'percent-ratio', 'metric-consistency', 'target-actual', 'deviation-explained', 'score-grade', 'zero-budget-scored', 'over-completion'];

describe.each(RULES)('%s messages', (id) => {
  const examples = failingExamples(readFileSync(new URL(`../../rules/${id}.md`, import.meta.url), 'utf8'));
  it.each(['zh-CN', 'en'] as const)('%s: placeholders filled, a figure named', async (locale) => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const found = await lintWithRule(id, { text: example.text, options: example.options }, locale);
      expect(found.length).toBeGreaterThan(0);
      for (const m of found) {
        expect(m.message).not.toMatch(/\{\w+\}/);
        expect(m.message).toMatch(/\d|[一二三四五六七八九十]/);
        expect(m.excerpt.length).toBeGreaterThan(0);
      }
    }
  });
});
