// In-process checks of the small pieces under the CLI: ignore patterns, sizes and durations, pool sizing, usage parsing.
import { describe, expect, it } from 'vitest';
import { IgnoreMatcher } from '../../src/batch/ignore.js';
import { parseDuration, parseSize, formatSize } from '../../src/config/units.js';
import { poolSize } from '../../src/batch/run.js';
import { isWordBytes } from '../../src/parse/sniff.js';
import { parseFormats, parseRuleOptions, UsageError } from '../../src/cli/usage.js';
import { stableStringify } from '../../src/config/effective.js';

describe('IgnoreMatcher (gitignore-like)', () => {
  const base = '/work/project';
  const m = (lines: string[]) => new IgnoreMatcher(lines, base);
  const at = (p: string) => `${base}/${p}`;

  it('unanchored names match at any depth, files and folders', () => {
    const x = m(['drafts', '*.txt']);
    expect(x.ignores(at('drafts/a.md'))).toBe(true);
    expect(x.ignores(at('2024/drafts/b/c.md'))).toBe(true);
    expect(x.ignores(at('x/notes.txt'))).toBe(true);
    expect(x.ignores(at('x/notes.md'))).toBe(false);
    expect(x.ignores(at('drafts-old/a.md'))).toBe(false);
  });

  it('a leading or inner slash anchors to the base; a trailing slash means a folder', () => {
    const x = m(['/top.md', 'reports/2023/*', 'tmp/']);
    expect(x.ignores(at('top.md'))).toBe(true);
    expect(x.ignores(at('sub/top.md'))).toBe(false);
    expect(x.ignores(at('reports/2023/a.docx'))).toBe(true);
    expect(x.ignores(at('old/reports/2023/a.docx'))).toBe(false);
    expect(x.ignores(at('a/tmp/b.md'))).toBe(true);
  });

  it('** globs, ?, [ ], { }, comments, blank lines; negation with last match winning', () => {
    const x = m(['# comment', '', '**/archive/**', 'v?.md', 'draft[0-9].md', '*.{txt,markdown}', '!keep.txt']);
    expect(x.ignores(at('a/archive/b/c.md'))).toBe(true);
    expect(x.ignores(at('v1.md'))).toBe(true);
    expect(x.ignores(at('v10.md'))).toBe(false);
    expect(x.ignores(at('draft7.md'))).toBe(true);
    expect(x.ignores(at('drafta.md'))).toBe(false);
    expect(x.ignores(at('n.markdown'))).toBe(true);
    expect(x.ignores(at('keep.txt'))).toBe(false);
    expect(x.ignores(at('other.txt'))).toBe(true);
  });

  it('files outside the base: unanchored patterns still apply, anchored ones against the folder argument', () => {
    const x = m(['*.txt', 'sub/*.md']);
    expect(x.ignores('/elsewhere/a.txt')).toBe(true);
    expect(x.ignores('/elsewhere/root/sub/a.md', '/elsewhere/root')).toBe(true);
    expect(x.ignores('/elsewhere/root/a.md', '/elsewhere/root')).toBe(false);
    expect(m([]).ignores(at('a.md'))).toBe(false);
  });
});

describe('sizes and durations', () => {
  it('reads sizes', () => {
    expect(parseSize('20MB')).toBe(20 * 1024 ** 2);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('1.5 gb')).toBe(1.5 * 1024 ** 3);
    expect(parseSize(1000)).toBe(1000);
    for (const bad of ['', 'big', '-1MB', '0', '10XB']) expect(parseSize(bad), bad).toBeUndefined();
    expect(formatSize(3 * 1024 ** 3)).toBe('3072 MB');
    expect(formatSize(1536)).toBe('1.5 KB');
  });

  it('reads durations (plain numbers are seconds)', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1.5')).toBe(1500);
    expect(parseDuration(30)).toBe(30_000);
    for (const bad of ['', 'soon', '-1', '0s']) expect(parseDuration(bad), bad).toBeUndefined();
  });
});

describe('batch sizing and routing', () => {
  it('auto uses threads only for 8+ files, never more than cores or files', () => {
    expect(poolSize('auto', 1, 8)).toBe(1);
    expect(poolSize('auto', 7, 8)).toBe(1);
    expect(poolSize('auto', 8, 2)).toBe(2);
    expect(poolSize('auto', 9, 16)).toBe(9);
    expect(poolSize('off', 500, 16)).toBe(1);
    expect(poolSize(4, 2, 2)).toBe(4);
  });

  it('zip and OLE bytes get Word advice, text gets text advice', () => {
    expect(isWordBytes(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(isWordBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe(true);
    expect(isWordBytes(new TextEncoder().encode('# 报告'))).toBe(false);
    expect(isWordBytes(new Uint8Array())).toBe(false);
  });
});

describe('usage parsing', () => {
  it('--rule takes id:severity or id:[severity, options]', () => {
    expect(parseRuleOptions(['a:off', 'b:["warning",{"x":1}]'], 'en')).toEqual({ a: 'off', b: ['warning', { x: 1 }] });
    for (const bad of ['a', ':error', 'a:loud', 'a:["loud"]', 'a:{']) expect(() => parseRuleOptions([bad], 'en'), bad).toThrow(UsageError);
  });

  it('--format takes name or name:file', () => {
    expect(parseFormats([], ['stylish'], 'en')).toEqual([{ name: 'stylish' }]);
    expect(parseFormats(['json', 'sarif:out/r.sarif'], ['json', 'sarif'], 'en')).toEqual([{ name: 'json' }, { name: 'sarif', file: 'out/r.sarif' }]);
    expect(() => parseFormats(['pdf'], ['json'], 'en')).toThrow(/json/);
  });

  it('stableStringify ignores key order (config hashes)', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(stableStringify({ a: [{ d: 2 }], b: 1 }));
  });
});
