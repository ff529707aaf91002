// The batch rules through the command line: the same findings with and without worker threads, --year and the
// config's year, related locations in JSON.
import { afterAll, describe, expect, it } from 'vitest';
import { cli, cliAsync, tempTree } from './run-cli.js';
import { generateBatch } from '../../bench/batch-reports.js';

const batch = generateBatch({ count: 12, duplicates: 1, wrongYear: 1, year: 2025 });
const t = tempTree(Object.fromEntries(batch.files.map((f) => [`reports/${f.name}`, f.text])));
afterAll(() => t.cleanup());

type Entry = { filePath: string; messages: { ruleId: string; message: string; related?: { filePath: string }[] }[] };
const ofRule = (entries: Entry[], id: string) =>
  entries.flatMap((e) => e.messages.filter((m) => m.ruleId === id).map((m) => ({ file: e.filePath.split('/').pop()!, m })));

describe('batch rules via the CLI', () => {
  it('workers and the main thread give identical output; copies and the wrong year are found', async () => {
    const args = ['--format', 'json', '--year', '2025', t.path('reports')];
    const [off, two] = await Promise.all([cliAsync([...args, '--concurrency', 'off']), cliAsync([...args, '--concurrency', '2'])]);
    expect(two.out).toBe(off.out);
    const entries = JSON.parse(off.out) as Entry[];
    const dups = ofRule(entries, 'duplicate-report');
    expect(dups.map((d) => d.file).sort()).toEqual([...batch.duplicates[0]!].sort());
    for (const d of dups) expect(d.m.related?.[0]?.filePath).toMatch(/report-\d+\.md$/);
    expect(batch.wrongYear).toHaveLength(1);
    expect(ofRule(entries, 'batch-year').map((d) => d.file)).toEqual(batch.wrongYear);
  });

  it('year from the config file; a bad --year is a usage error', async () => {
    const c = tempTree({ '.reportlintrc.json': JSON.stringify({ year: 2025 }), [batch.wrongYear[0]!]: batch.files.find((f) => f.name === batch.wrongYear[0])!.text });
    try {
      const r = await cli(['--format', 'json', c.path(batch.wrongYear[0]!)], { cwd: c.path('.') });
      expect(ofRule(JSON.parse(r.out) as Entry[], 'batch-year')).toHaveLength(1);
    } finally {
      c.cleanup();
    }
    const bad = await cli(['--year', '25', t.path(`reports/${batch.files[0]!.name}`)]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--year/);
  });
});
