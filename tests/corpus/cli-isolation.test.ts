// Isolation on the shared corpus: a runaway file is stopped and reported as `fatal`, zip bombs are refused (how fast
// and how small is measured in bench/), and workers give the same JSON as one thread on a slice of the corpus.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEPU, PLAIN, SEED_MD, STYLED, cliAsync, tempTree, type JsonEntry } from '../cli/run-cli.js';
import { SHARED, SHARED_BAD as BAD } from './shared.js';
import { readFileSync } from 'node:fs';

const SEED = readFileSync(SEED_MD, 'utf8');

describe('runaway files', () => {
  const big = join(SHARED, 'corpus/docx/poi/test-data/document/bug65649.docx'); // 12.6 MB document.xml: seconds to read

  it('a file that takes longer than --timeout is a fatal "文档过大或结构异常" with advice', async () => {
    const run = await cliAsync(['--format', 'json', '--timeout', '300ms', big]);
    const entries = JSON.parse(run.out) as JsonEntry[];
    expect(entries[0]!.messages).toHaveLength(1);
    expect(entries[0]!.messages[0]).toMatchObject({ ruleId: 'fatal', severity: 'error' });
    expect(entries[0]!.messages[0]!.message).toMatch(/文档过大或结构异常.*另存为.*--timeout/);
    expect(run.code).toBe(2);
  });

  it('a file that needs more heap than --max-memory is a fatal; the dead worker is replaced and the batch goes on', async () => {
    const run = await cliAsync(['--format', 'json', '--locale', 'en', '--max-memory', '64', big, KEPU]);
    const entries = JSON.parse(run.out) as JsonEntry[];
    expect(entries[0]!.messages[0]!.message).toMatch(/too large or malformed.*64 MB/);
    expect(entries[1]!.messages.some((m) => m.ruleId === 'fatal')).toBe(false);
  });

  it('zip bombs and entity bombs are a fatal, exit 2', async () => {
    for (const name of ['zipbomb-100mb.docx', 'zipbomb-100mb-lying-size.docx', 'xml-billion-laughs.docx']) {
      const r = await cliAsync(['--format', 'json', join(BAD, name)]);
      const entries = JSON.parse(r.out) as JsonEntry[];
      expect(entries[0]!.messages[0]!.ruleId, name).toBe('fatal');
      expect(r.code).toBe(2);
    }
  });
});


describe('workers give the same JSON as one thread', () => {
  const t = tempTree({ 'seed.md': SEED, 'cut.md': SEED.replace(/四、[\s\S]*?(?=五、)/, ''), 'pct.md': SEED.replace('12.81%', '12.31%') });
  afterAll(() => t.cleanup());

  it('samples, fixtures, edited reports and a slice of the corpus', async () => {
    const corpus = (readdirRecursive(join(SHARED, 'corpus/docx')).filter((f) => f.endsWith('.docx')).sort()).filter((_, i) => i % 12 === 0);
    const files = [PLAIN, STYLED, KEPU, SEED_MD, t.path('seed.md'), t.path('cut.md'), t.path('pct.md'), ...corpus, join(BAD, 'legacy-word97.doc'), join(BAD, 'zipbomb-100mb.docx')];
    const runs: Record<string, Awaited<ReturnType<typeof cliAsync>>> = {};
    for (const c of ['off', '2', 'auto']) runs[c] = await cliAsync(['--format', 'json', '--timeout', '120s', '--concurrency', c, ...files]);
    const off = JSON.parse(runs.off!.out) as JsonEntry[];
    expect(off.map((e) => e.filePath)).toEqual(files);
    for (const c of ['2', 'auto']) {
      const other = JSON.parse(runs[c]!.out) as JsonEntry[];
      // compare entry by entry so a difference names its file
      const differing = other.filter((e, i) => JSON.stringify(e) !== JSON.stringify(off[i])).map((e) => e.filePath);
      expect(differing, `--concurrency ${c}`).toEqual([]);
      expect(runs[c]!.out).toBe(runs.off!.out);
      expect(runs[c]!.code).toBe(runs.off!.code);
    }
  }, 400_000);
});

function readdirRecursive(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f));
}
