// unchecked-content on files built as users make them (real third-party files: tests/corpus/unchecked-content.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import { makeDocx } from '../helpers/make-docx.js';

const only = { rules: { 'unchecked-content': 'warning' as const }, only: true };

async function findings(bytes: Uint8Array, options: object = {}) {
  const doc = await parseReport(bytes, 'x.docx');
  return (await lintDocument(doc, { ...only, ...options })).messages;
}

describe('unchecked-content', () => {
  it('points at the first revised paragraph', async () => {
    const ins = '<w:ins w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:t>增补</w:t></w:r></w:ins>';
    const messages = await findings(makeDocx({ blocks: ['一、基本情况', '第一段。', { text: '第二段。', rawXml: ins }] }));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.line).toBe(3);
    expect(messages[0]!.section).toEqual(['一、基本情况']);
  });

  it('is silent on clean files and on Markdown', async () => {
    expect(await findings(readFileSync(new URL('../../fixtures/luquan-2025-plain.docx', import.meta.url)))).toEqual([]);
    expect(await findings(readFileSync(new URL('../../fixtures/kepu-project-selfeval-table.docx', import.meta.url)))).toEqual([]);
    expect(await findings(makeDocx({ blocks: ['一、基本情况', '正文。'] }))).toEqual([]);
    expect((await lintText('一、基本情况\n<ins>x</ins> $x=1$', only)).messages).toEqual([]);
  });
});
