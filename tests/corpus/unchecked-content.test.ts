// unchecked-content on real third-party files of the shared corpus (built files: tests/rules/unchecked-content.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport } from '../../src/api.js';
import { pathToFileURL } from 'node:url';
import { SHARED_DOCX } from './shared.js';

const CORPUS = pathToFileURL(`${SHARED_DOCX}/`);
const only = { rules: { 'unchecked-content': 'warning' as const }, only: true };

async function findings(bytes: Uint8Array, options: object = {}) {
  const doc = await parseReport(bytes, 'x.docx');
  return (await lintDocument(doc, { ...only, ...options })).messages;
}

describe('unchecked-content', () => {
  for (const [file, code] of [
    ['pandoc/test/docx/track_changes_insertion.docx', /修订.*插入 [1-9]/],
    ['pandoc/test/docx/track_changes_deletion.docx', /修订.*删除 [1-9]/],
    ['pandoc/test/docx/track_changes_move.docx', /修订.*移动 [1-9]/],
    ['docling/tests/data/docx/sources/equations.docx', /公式/],
  ] as const) {
    it(`reports ${file}`, async () => {
      const messages = await findings(readFileSync(new URL(file, CORPUS)));
      expect(messages.some((m) => code.test(m.message))).toBe(true);
      expect(messages.every((m) => m.severity === 'warning' && m.line >= 1)).toBe(true);
    });
  }

  it('speaks English with --locale en', async () => {
    const doc = await parseReport(readFileSync(new URL('pandoc/test/docx/track_changes_insertion.docx', CORPUS)), 'x.docx');
    const { messages } = await lintDocument(doc, { ...only, locale: 'en' });
    expect(messages[0]!.message).toMatch(/tracked changes.*accept/i);
  });

  it('can ignore a kind of note', async () => {
    const messages = await findings(readFileSync(new URL('docling/tests/data/docx/sources/equations.docx', CORPUS)), {
      rules: { 'unchecked-content': ['warning', { ignore: ['docx-math'] }] },
    });
    expect(messages.filter((m) => /公式/.test(m.message))).toEqual([]);
  });

});
