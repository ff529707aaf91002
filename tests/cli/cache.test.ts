// --cache: a hit skips parsing (REPORTLINT_DEBUG=1 prints a counter), a change of content or rule config misses,
// nothing is written without --cache.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { KEPU, SEED_MD, cli, tempTree } from './run-cli.js';

const SEED = readFileSync(SEED_MD, 'utf8');

function counters(err: string) {
  const m = /parsed=(\d+) cacheHits=(\d+)/.exec(err);
  if (!m) throw new Error(`no debug counter in: ${err}`);
  return { parsed: Number(m[1]), hits: Number(m[2]) };
}

describe('result cache', () => {
  const t = tempTree({ 'a.md': SEED, 'b.docx': readFileSync(KEPU), 'c.md': SEED.replace('12.81%', '12.31%') });
  afterAll(() => t.cleanup());
  const env = { REPORTLINT_DEBUG: '1' };
  const run = (...extra: string[]) => cli(['--format', 'json', '--cache', ...extra, 'a.md', 'b.docx', 'c.md'], { cwd: t.dir, env });

  it('is not written without --cache', async () => {
    await cli(['--format', 'json', 'a.md'], { cwd: t.dir });
    expect(existsSync(t.path('.reportlintcache'))).toBe(false);
  });

  it('second run hits for every file with identical output; changes miss', async () => {
    const first = await run();
    expect(counters(first.err)).toEqual({ parsed: 3, hits: 0 });
    expect(existsSync(t.path('.reportlintcache'))).toBe(true);
    const second = await run();
    expect(counters(second.err)).toEqual({ parsed: 0, hits: 3 });
    expect(second.out).toBe(first.out);
    expect(second.code).toBe(first.code);

    // changed content: only that file is parsed again
    writeFileSync(t.path('a.md'), SEED.replace('一、部门基本情况', '一、部门基本情况 '));
    expect(counters((await run()).err)).toEqual({ parsed: 1, hits: 2 });

    // a changed rule config misses for every file, and the result reflects it
    const ruleId = (JSON.parse(second.out) as { messages: { ruleId: string }[] }[])[0]!.messages[0]!.ruleId;
    const off = await run('--rule', `${ruleId}:off`);
    expect(counters(off.err)).toEqual({ parsed: 3, hits: 0 });
    expect(off.out).not.toContain(`"ruleId":"${ruleId}"`);
    expect(counters((await run('--rule', `${ruleId}:off`)).err)).toEqual({ parsed: 0, hits: 3 });
    // locale is part of the key too
    expect(counters((await run('--locale', 'en')).err)).toEqual({ parsed: 3, hits: 0 });
  });

  it('--cache-location (file or folder) and a damaged cache file counts as empty', async () => {
    const first = await cli(['--format', 'json', '--cache', '--cache-location', 'store/', 'a.md'], { cwd: t.dir, env });
    expect(existsSync(t.path('store/.reportlintcache'))).toBe(true);
    expect(counters((await cli(['--format', 'json', '--cache', '--cache-location', 'store/', 'a.md'], { cwd: t.dir, env })).err).hits).toBe(1);
    writeFileSync(t.path('store/.reportlintcache'), '{ damaged');
    const again = await cli(['--format', 'json', '--cache', '--cache-location', 'store/', 'a.md'], { cwd: t.dir, env });
    expect(counters(again.err)).toEqual({ parsed: 1, hits: 0 });
    expect(again.out).toBe(first.out);
  });
});
