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

describe('English messages', () => {
  const en = async (id: string, text: string) => (await lintWithRule(id, { text, options: {} }, 'en')).map((m) => m.message);

  it('render comparators as signs, not Chinese words', async () => {
    const target = await en('target-actual', '绩效指标：举办培训班不少于10期。\n完成情况：举办培训班7期。');
    expect(target.join('\n')).toMatch(/≥10期/);
    const over = await en('over-completion', '一、绩效目标\n开展科普日系列活动不少于10场。\n\n二、绩效目标实现情况\n全年开展科普日系列活动24场。');
    expect(over.join('\n')).toMatch(/target ≥10场/);
    const reverse = await en('target-actual', '绩效指标：项目成本不超过12万元。\n完成情况：项目成本13.5万元。');
    expect(reverse.join('\n')).toMatch(/≤12万元/);
    for (const m of [...target, ...over, ...reverse]) expect(m).not.toMatch(/不少于|不超过|不低于/);
  });

  it('say what was expected as well as what was found', async () => {
    const scored = await en('zero-budget-scored', '项目支出0万元。\n老科协活动经费综合绩效评分为90分，优秀。');
    expect(scored).toHaveLength(1);
    expect(scored[0]).toMatch(/90.*should not be scored/);
    const nonNumeric = await en('achieved-nonnumeric', '绩效指标：群众满意度不低于90%。\n完成情况：已完成。');
    expect(nonNumeric[0]).toMatch(/≥90%.*measured value/);
  });
});
