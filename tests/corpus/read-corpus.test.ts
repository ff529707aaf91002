// The whole third-party corpus (533 .docx) read in-process: every file either reads, with a consistent text
// rendering, or fails with a specific ReadError; never another exception, never raw library text.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readDocxDetailed, type DocxStats } from '../../src/parse/docx/index.js';
import { DEFAULT_LIMITS, readReport } from '../../src/parse/read.js';
import { ReadError } from '../../src/parse/errors.js';
import { sniff } from '../../src/parse/sniff.js';
import { flatProblems } from '../docx/check-flat.js';
import { SHARED_DOCX } from './shared.js';

const ROOT = `${SHARED_DOCX}/`;
const RAW_LIBRARY_TEXT = /central directory|jszip|xmldom|Corrupted zip|End of data|body element|Could not find|\n\s+at |undefined|\[object|Bug :/i;

describe('corpus/docx', () => {
  it('every file reads or throws a specific ReadError', { timeout: 240_000 }, async () => {
    const manifest = new Map(readFileSync(ROOT + 'MANIFEST.tsv', 'utf8').trim().split('\n').slice(1)
      .map((line) => line.split('\t')).map((c) => [c[0]!, c[6]!]));
    const files = (readdirSync(ROOT, { recursive: true }) as string[]).filter((f) => f.endsWith('.docx')).sort();
    expect(files.length).toBeGreaterThanOrEqual(500);
    const hashAll = () => createHash('sha1').update(files.map((f) => createHash('sha1').update(readFileSync(ROOT + f)).digest('hex')).join()).digest('hex');
    const before = hashAll();
    const codes: Record<string, number> = {};
    const problems: string[] = [];
    const totals: Partial<DocxStats> = {};
    const times: number[] = [];
    for (const f of files) {
      const bytes = readFileSync(ROOT + f);
      const t = performance.now();
      try {
        let doc;
        if (sniff(bytes) === 'zip') {
          const detailed = await readDocxDetailed(bytes, DEFAULT_LIMITS);
          doc = detailed.flat;
          for (const [k, v] of Object.entries(detailed.stats)) totals[k as keyof DocxStats] = (totals[k as keyof DocxStats] ?? 0) + v;
        } else {
          doc = await readReport(bytes, f);
        }
        codes['ok'] = (codes['ok'] ?? 0) + 1;
        const p = flatProblems(doc);
        if (p.length) problems.push(`${f}: ${p[0]}`);
        for (const n of doc.readerNotes) if (RAW_LIBRARY_TEXT.test(n.message.en + n.message['zh-CN'])) problems.push(`${f}: raw note`);
        if (manifest.get(f) !== 'ok') problems.push(`${f}: reads although mammoth alone fails (${manifest.get(f)})`);
      } catch (e) {
        if (!(e instanceof ReadError)) {
          problems.push(`${f}: ${String(e).slice(0, 100)}`);
          continue;
        }
        codes[e.code] = (codes[e.code] ?? 0) + 1;
        if (e.code === 'unknown') problems.push(`${f}: unspecific error`);
        if (RAW_LIBRARY_TEXT.test(e.text.en + e.text['zh-CN'] + e.message)) problems.push(`${f}: raw text in ${e.text.en}`);
        if (manifest.get(f) === 'ok') problems.push(`${f}: ${e.code} although mammoth alone reads it`);
      }
      times.push(performance.now() - t);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log('corpus/docx', JSON.stringify({
      files: files.length, codes, totalMs: Math.round(times.reduce((a, b) => a + b, 0)),
      medianMs: +sorted[Math.floor(sorted.length / 2)]!.toFixed(1), p95Ms: +sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1),
      maxMs: Math.round(sorted[sorted.length - 1]!), join: totals,
    }));
    expect(problems).toEqual([]);
    expect(hashAll()).toBe(before);
    // The known unreadable files: 13 broken zips, 6 password-protected, 1 external entity.
    expect(codes).toMatchObject({ 'corrupt-zip': 13, encrypted: 6, 'broken-xml': 1 });
    expect(totals.unmapped).toBe(0);
  });
});
