// Batch rules across a season of generated reports, in-process through the library API: the planted copies and the
// planted wrong-year reports are found, and nothing else.
import { describe, expect, it } from 'vitest';
import { lintBatch, parseText } from '../../src/api.js';
import { jsonFormatter } from '../../src/format/json.js';
import { sarifFormatter } from '../../src/format/sarif.js';
import { generateBatch } from '../../bench/batch-reports.js';

const rules = { 'duplicate-report': 'error', 'batch-year': 'error' } as const;

describe('batch of 200 generated reports', () => {
  const batch = generateBatch({ count: 200, duplicates: 5, wrongYear: 3, year: 2025 });
  const run = lintBatch(batch.files.map((f) => parseText(f.text, f.name)), { rules, only: true, settings: { year: 2025 } });

  it('finds exactly the 5 planted copies, each naming the other file', async () => {
    const results = await run;
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'duplicate-report').map((m) => ({ file: r.filePath, m })));
    const want = batch.duplicates.flatMap(([a, b]) => [[a, b], [b, a]]);
    expect(found.map((f) => f.file).sort()).toEqual(want.map(([a]) => a).sort());
    for (const [file, other] of want) {
      const hit = found.find((f) => f.file === file)!;
      expect(hit.m.message).toContain(other);
      expect(hit.m.related?.[0]?.filePath).toBe(other);
    }
  });

  it('finds exactly the 3 wrong-year reports', async () => {
    const results = await run;
    const files = results.filter((r) => r.messages.some((m) => m.ruleId === 'batch-year')).map((r) => r.filePath);
    expect(files.sort()).toEqual([...batch.wrongYear].sort());
  });

  it('JSON carries related, SARIF relatedLocations', async () => {
    const results = await run;
    const context = { locale: 'zh-CN' as const, rules: [], cwd: process.cwd(), color: false, toolVersion: '0.0.0' };
    const json = JSON.parse(jsonFormatter(results, context)) as { messages: { ruleId: string; related?: { filePath: string }[] }[] }[];
    const dup = json.flatMap((e) => e.messages).find((m) => m.ruleId === 'duplicate-report');
    expect(dup?.related?.[0]?.filePath).toMatch(/report-\d+\.md/);
    const sarif = JSON.parse(sarifFormatter(results, context)) as { runs: { results: { ruleId: string; relatedLocations?: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'duplicate-report')?.relatedLocations?.length).toBeGreaterThan(0);
  });
});

describe('duplicate-report on small batches', () => {
  const lint = (files: { name: string; text: string }[]) =>
    lintBatch(files.map((f) => parseText(f.text, f.name)), { rules: { 'duplicate-report': 'error' }, only: true });
  const { files } = generateBatch({ count: 12, duplicates: 1, wrongYear: 0 });

  it('two reports of one unit (draft and final) are not copying', async () => {
    const results = await lint([files[0]!, { name: 'final.md', text: files[0]!.text }]);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it('a report and its copy under another unit, alone in a batch', async () => {
    const copy = files[0]!.text.replaceAll('西岭县', '南屏县');
    const results = await lint([files[0]!, { name: 'copy.md', text: copy }]);
    expect(results.map((r) => r.messages.length)).toEqual([1, 1]);
  });

  it('a single file: nothing to compare', async () => {
    expect((await lint([files[0]!]))[0]!.messages).toEqual([]);
  });
});

describe('duplicate-report and suppression comments', () => {
  it('reportlint-disable-file duplicate-report in one copy silences its finding only', async () => {
    const { files } = generateBatch({ count: 3, duplicates: 0, wrongYear: 0 });
    const copy = `${files[0]!.text.replaceAll('西岭县', '南屏县')}<!-- reportlint-disable-file duplicate-report -- 两县联合报告 -->\n`;
    const results = await lintBatch([parseText(files[0]!.text, 'a.md'), parseText(copy, 'b.md')], { rules: { 'duplicate-report': 'error' }, only: true });
    const count = (rule: string) => results.map((r) => r.messages.filter((m) => m.ruleId === rule).length);
    expect(count('duplicate-report')).toEqual([1, 0]);
    // the directive itself is listed (as info) so a reviewer sees what the sender switched off
    expect(count('inline-config')).toEqual([0, 1]);
  });
});
