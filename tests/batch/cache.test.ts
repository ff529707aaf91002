import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/batch/cache.js';
import { fileLevelError, makeResult } from '../../src/engine/result.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('ResultCache', () => {
  it('writes entry by entry the same JSON one stringify would, and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-cache-'));
    dirs.push(dir);
    const warnings: unknown[] = [];
    const cache = ResultCache.open(join(dir, 'c.json'), 'tool@1', (w) => warnings.push(w));
    const results = ['a.md', '报告 "二".docx', '12.md'].map((f, i) => makeResult(f, i ? [{ ...fileLevelError('x', `第${i}条`), section: ['一、概况'] }] : []));
    results.forEach((r, i) => cache.set(r.filePath, `key${i}`, r));
    cache.save();
    const text = readFileSync(join(dir, 'c.json'), 'utf8');
    const parsed = JSON.parse(text);
    expect(text).toBe(JSON.stringify(parsed));
    expect(Object.keys(parsed.entries)).toEqual(results.map((r) => r.filePath));
    const again = ResultCache.open(join(dir, 'c.json'), 'tool@1', (w) => warnings.push(w));
    results.forEach((r, i) => expect(again.get(r.filePath, `key${i}`)).toEqual({ ...r }));
    expect(warnings).toEqual([]);
  });
});
