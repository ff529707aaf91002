// unchecked-content on real third-party files (corpus) and on files built as users make them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import { makeDocx } from '../helpers/make-docx.js';

const CORPUS = new URL('../../../shared/corpus/docx/', import.meta.url);
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

  it('points at the first revised paragraph', async () => {
    const ins = '<w:ins w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:t>增补</w:t></w:r></w:ins>';
    const messages = await findings(makeDocx({ blocks: ['一、基本情况', '第一段。', { text: '第二段。', rawXml: ins }] }));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.line).toBe(3);
    expect(messages[0]!.section).toEqual(['一、基本情况']);
  });

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

  it('is silent on clean files and on Markdown', async () => {
    expect(await findings(readFileSync(new URL('../../fixtures/luquan-2025-plain.docx', import.meta.url)))).toEqual([]);
    expect(await findings(readFileSync(new URL('../../fixtures/kepu-project-selfeval-table.docx', import.meta.url)))).toEqual([]);
    expect(await findings(makeDocx({ blocks: ['一、基本情况', '正文。'] }))).toEqual([]);
    expect((await lintText('一、基本情况\n<ins>x</ins> $x=1$', only)).messages).toEqual([]);
  });
});
