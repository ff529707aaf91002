// Each rule's doc page is part of its tests (as in remark-lint): every example under "不通过" must give at least
// one finding of that rule, every example under "通过" none. Metadata must be complete.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { batchFiles, lintBatchWithRule, lintDocxWithRule, lintWithRule } from './helpers/rule-tester.js';

interface DocExample { kind: 'fail' | 'pass'; text: string; options: unknown; docx?: boolean; batch?: boolean }

/**
 * Fenced blocks with info string `report` (optionally followed by JSON options) under 不通过 / 通过 headings.
 * A `report-docx` fence holds the path of a .docx fixture (from the repository root) instead of text; a
 * `report-batch` fence holds several reports linted as one batch, each after a line "=== name.md ===".
 */
export function docExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  let kind: DocExample['kind'] | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^#{2,4}\s+(.*)$/.exec(line);
    if (heading) {
      kind = /不通过|Failing/i.test(heading[1]!) ? 'fail' : /通过|Passing/i.test(heading[1]!) ? 'pass' : undefined;
      continue;
    }
    const fence = /^```report(-docx|-batch)?\s*(.*)$/.exec(line);
    if (fence && kind) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      examples.push({ kind, text: body.join('\n'), options: fence[2] ? JSON.parse(fence[2]) : {}, docx: fence[1] === '-docx', batch: fence[1] === '-batch' });
    }
  }
  return examples;
}

describe('rule metadata and doc pages', () => {
  it('has rules', () => expect(allRules.length).toBeGreaterThan(0));
  for (const rule of allRules) {
    const { id } = rule.meta;
    describe(id, () => {
      const docPath = new URL(`../rules/${id}.md`, import.meta.url);
      it('has complete metadata', () => {
        expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(rule.meta.description['zh-CN']).toBeTruthy();
        expect(rule.meta.description.en).toBeTruthy();
        expect(rule.meta.options.safeParse({}).success).toBe(true);
        for (const [messageId, text] of Object.entries(rule.meta.messages)) {
          expect(text['zh-CN'], messageId).toBeTruthy();
          expect(text.en, messageId).toBeTruthy();
        }
        expect(existsSync(docPath)).toBe(true);
      });
      const examples = existsSync(docPath) ? docExamples(readFileSync(docPath, 'utf8')) : [];
      it('doc page has failing and passing examples', () => {
        expect(examples.some((e) => e.kind === 'fail')).toBe(true);
        expect(examples.some((e) => e.kind === 'pass')).toBe(true);
      });
      examples.forEach((example, n) => {
        it(`doc example ${n + 1} (${example.kind === 'fail' ? '不通过' : '通过'})`, async () => {
          const found = example.docx
            ? await lintDocxWithRule(id, example.text.trim(), example.options)
            : example.batch
              ? await lintBatchWithRule(id, batchFiles(example.text), example.options)
              : await lintWithRule(id, { text: example.text, options: example.options });
          if (example.kind === 'fail') expect(found.length).toBeGreaterThan(0);
          else expect(found.map((m) => m.message)).toEqual([]);
        });
      });
    });
  }
});
