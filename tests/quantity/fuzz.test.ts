// The mask and the figure extractor on text a sender controls: long runs of digits, letters, separators and units
// in any mix. Each must answer (no throw, no stack overflow) with spans inside the text and figures that are the
// text at their offsets. How their time grows with length is measured in `npm run bench -- --only linearity`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskSpans } from '../../src/quantity/mask.js';
import { extractQuantities } from '../../src/quantity/extract.js';

const PIECES = ['1', '9', '0', '.', ',', '，', '、', '%', '万元', '元', '年', '月', '日', '号', '〔', '〕', '第', 'a', 'Z', '-', '：', '（', '）', '其中', '共计', ' ', '《', '》', '１'];
const piece = fc.constantFrom(...PIECES);
/** A piece repeated: long runs are where a backtracking pattern would go quadratic. */
const run = fc.tuple(piece, fc.integer({ min: 1, max: 400 })).map(([p, n]) => p.repeat(n));
const text = fc.array(run, { minLength: 1, maxLength: 30 }).map((runs) => runs.join(''));

describe('mask and extractor on sender-controlled text', () => {
  it('maskSpans: spans inside the text, start before end', () => {
    fc.assert(fc.property(text, (t) => {
      for (const s of maskSpans(t)) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(t.length);
        expect(s.start).toBeLessThan(s.end);
      }
    }), { numRuns: 200 });
  });

  it('extractQuantities: every figure is the text at its offsets, with a finite value', () => {
    fc.assert(fc.property(text, (t) => {
      for (const q of extractQuantities(t)) {
        expect(t.slice(q.start, q.end)).toBe(q.raw);
        expect(q.value.isFinite()).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('answers on runs of 200 000 digits, letters and separators', () => {
    for (const t of ['9'.repeat(200_000), `${'9'.repeat(200_000)}ab`, `a${'1'.repeat(200_000)}`, '1、'.repeat(100_000), `${'1.'.repeat(100_000)}万元`]) {
      expect(Array.isArray(maskSpans(t))).toBe(true);
      expect(Array.isArray(extractQuantities(t))).toBe(true);
    }
  });
});
