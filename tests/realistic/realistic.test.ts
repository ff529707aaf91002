// The guard against false alarms and misses on realistic reports written as users write them (not the 鹿泉 sample):
// every fixtures/realistic/*.md is linted with all rules. A file without <name>.expected.json must give no finding
// at all; a file with one must give each expected finding and nothing else, except findings on its allow-list.
//
// <name>.expected.json is either an array of expected findings or
//   { "expected": [...], "allow": [...] }
// where each entry is { ruleId, excerpt, severity?, todo?, reason? }. `excerpt` is a substring of the finding's
// excerpt or message ("" matches any). An expected entry with `todo` is a known miss and an allow entry with `todo`
// a known false alarm, both in code whose owner is still at work: they show up as it.todo, so the suite stays green
// and the gap stays visible. An allow entry without `todo` carries a `reason` (a judgement call, not a bug).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport } from '../../src/api.js';
import type { LintMessage } from '../../src/engine/result.js';
import { makeDocx, type BlockSpec } from '../helpers/make-docx.js';

const DIR = new URL('../../fixtures/realistic/', import.meta.url);

interface Entry {
  ruleId: string;
  excerpt: string;
  severity?: LintMessage['severity'];
  todo?: string;
  reason?: string;
}

interface Expectation {
  expected: Entry[];
  allow: Entry[];
}

function loadExpectation(name: string): Expectation {
  const url = new URL(`${name}.expected.json`, DIR);
  if (!existsSync(url)) return { expected: [], allow: [] };
  const raw: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (Array.isArray(raw)) return { expected: raw as Entry[], allow: [] };
  const obj = raw as Partial<Expectation>;
  return { expected: obj.expected ?? [], allow: obj.allow ?? [] };
}

const matches = (entry: Entry, m: LintMessage) =>
  m.ruleId === entry.ruleId
  && (m.excerpt.includes(entry.excerpt) || m.message.includes(entry.excerpt))
  && (!entry.severity || m.severity === entry.severity);

const show = (m: LintMessage) => `${m.ruleId} ${m.line}:${m.column} [${m.excerpt}] ${m.message}`;

/**
 * The report as a user's plain Word file: one paragraph per line (typed numbers, no heading styles, Markdown '#'
 * removed) and the GFM tables as real tables. Merged cells stay empty cells, as in a table typed without merging.
 */
function plainDocx(markdown: string): Uint8Array {
  const blocks: BlockSpec[] = [];
  let table: string[][] | undefined;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      if (/^\|[\s|:-]+\|$/.test(line)) continue;
      if (!table) { table = []; blocks.push({ table }); }
      table.push(line.slice(1, -1).split('|').map((c) => c.trim()));
      continue;
    }
    table = undefined;
    if (line) blocks.push(raw.replace(/^#+\s*/, ''));
  }
  return makeDocx({ blocks });
}

/** What a finding is about, independent of line numbers (which differ between the .md and the .docx rendering). */
const key = (m: LintMessage) => `${m.ruleId} [${m.excerpt}] ${m.message.replace(/第 ?\d+ ?行/g, '第 N 行')}`;

const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

describe('fixtures/realistic', () => {
  it('has at least six reports, at least two of them with planted defects', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const planted = files.filter((f) => loadExpectation(f.replace(/\.md$/, '')).expected.some((e) => !e.todo));
    expect(planted.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of files) {
    const name = file.replace(/\.md$/, '');
    const { expected, allow } = loadExpectation(name);
    const active = expected.filter((e) => !e.todo);

    describe(name, () => {
      const lint = async () => {
        const bytes = new Uint8Array(readFileSync(new URL(file, DIR)));
        return lintDocument(await parseReport(bytes, file));
      };

      if (active.length) {
        it('gives every planted finding', async () => {
          const { messages } = await lint();
          const missing = active.filter((e) => !messages.some((m) => matches(e, m)));
          expect(missing, messages.map(show).join('\n')).toEqual([]);
        });
      }

      it(active.length ? 'gives nothing beyond the planted findings and the allow-list' : 'gives no finding', async () => {
        const { messages } = await lint();
        const extra = messages.filter((m) => !expected.some((e) => matches(e, m)) && !allow.some((a) => matches(a, m)));
        expect(extra.map(show)).toEqual([]);
      });

      it('gives the same findings when the report is a plain .docx', async () => {
        const md = await lint();
        const docx = await lintDocument(await parseReport(plainDocx(readFileSync(new URL(file, DIR), 'utf8')), `${name}.docx`));
        expect(docx.messages.map(key).sort()).toEqual(md.messages.map(key).sort());
      });

      for (const e of expected.filter((x) => x.todo)) it.todo(`should report ${e.ruleId} on 「${e.excerpt}」 — ${e.todo}`);
      for (const a of allow.filter((x) => x.todo)) it.todo(`should not report ${a.ruleId} 「${a.excerpt}」 — ${a.todo}`);
    });
  }
});
