// Mutated .docx files (truncated, bytes flipped, parts removed/swapped/damaged) must either read or fail with a
// ReadError, quickly and deterministically.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { readReport } from '../../src/parse/read.js';
import { ReadError } from '../../src/parse/errors.js';
import { makeDocx } from '../helpers/make-docx.js';
import { flatProblems } from '../docx/check-flat.js';

const BASES: Uint8Array[] = [
  readFileSync('fixtures/bad/ok-minimal.docx'),
  readFileSync('fixtures/luquan-2025-styled.docx'),
  makeDocx({
    lists: [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、' }, { numFmt: 'decimal', lvlText: '（%2）' }] }],
    blocks: [
      { text: '基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
      { text: '子项', numbering: { numId: 1, ilvl: 1 } },
      { table: [['指标', '分值'], [{ text: '产出', vMerge: 'restart' }, '10'], [{ vMerge: 'continue' }, '20'], { gridBefore: 1, cells: ['5'] }] },
    ],
    footnotes: ['注释'],
  }),
];
const RAW = /central directory|jszip|xmldom|Corrupted zip|End of data|\n\s+at |\[object/i;

async function outcome(bytes: Uint8Array): Promise<string> {
  let result: string;
  try {
    const doc = await readReport(bytes, 'fuzz.docx');
    const problems = flatProblems(doc);
    if (problems.length) throw new Error(`inconsistent rendering: ${problems[0]}`);
    result = 'ok';
  } catch (e) {
    if (!(e instanceof ReadError)) throw new Error(`not a ReadError: ${String(e).slice(0, 200)}`);
    if (RAW.test(e.text.en) || RAW.test(e.text['zh-CN'])) throw new Error(`raw library text: ${e.text.en}`);
    result = e.code;
    if (e.code === 'unknown') throw new Error(`unspecific ReadError, cause: ${String((e as { cause?: unknown }).cause).slice(0, 200)}`);
  }
  return result;
}

function rezip(base: Uint8Array, edit: (files: Record<string, Uint8Array>, names: string[]) => void): Uint8Array {
  const files = unzipSync(base);
  edit(files, Object.keys(files).sort());
  return zipSync(files, { level: 1, mtime: new Date('2020-01-01T00:00:00Z') });
}

const base = fc.integer({ min: 0, max: BASES.length - 1 }).map((i) => BASES[i]!);

const mutation = fc.oneof(
  fc.tuple(base, fc.nat()).map(([b, n]) => b.subarray(0, 1 + (n % (b.length - 1)))),
  fc.tuple(base, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
    .map(([b, flips]) => {
      const out = Uint8Array.from(b);
      for (const [pos, v] of flips) out[Math.floor(pos * out.length)] = v;
      return out;
    }),
  fc.tuple(base, fc.nat()).map(([b, k]) => rezip(b, (files, names) => { delete files[names[k % names.length]!]; })),
  fc.tuple(base, fc.nat(), fc.nat()).map(([b, i, j]) => rezip(b, (files, names) => {
    const a = names[i % names.length]!;
    const c = names[j % names.length]!;
    [files[a], files[c]] = [files[c]!, files[a]!];
  })),
  fc.tuple(base, fc.nat(), fc.nat(), fc.string({ maxLength: 12 })).map(([b, at, len, insert]) => rezip(b, (files) => {
    const main = Object.keys(files).find((n) => /document\.xml$/.test(n) && !n.includes('_rels'))!;
    const xml = strFromU8(files[main]!);
    const p = at % (xml.length + 1);
    files[main] = strToU8(xml.slice(0, p) + insert + xml.slice(p + (len % 40)));
  })),
  fc.tuple(base, fc.constantFrom('numbering', 'styles', 'footnotes', '_rels/document', 'Content_Types', '.rels'), fc.string({ maxLength: 20 }))
    .map(([b, which, junk]) => rezip(b, (files, names) => {
      const name = names.find((n) => n.includes(which));
      if (name) files[name] = strToU8(junk);
    })),
);

describe('mutated .docx fuzzing', () => {
  it('only success or ReadError, bounded time, deterministic', { timeout: 240_000 }, async () => {
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(mutation, async (bytes) => {
        const first = await outcome(bytes);
        seen[first] = (seen[first] ?? 0) + 1;
        expect(await outcome(bytes)).toBe(first);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20251125), numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    console.log('fuzz outcomes', JSON.stringify(seen));
    expect(Object.keys(seen).length).toBeGreaterThan(2);
  });
});
