// The same report as pasted text, as a plain .docx (typed numbers, no styles) and as a styled .docx (Heading styles,
// Word auto numbering) must give the same section tree: labels decide, styles are only hints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, parseText } from '../../src/api.js';
import { outline } from './outline.js';
import type { LintDocument } from '../../src/model/document.js';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);
const md = parseText(readFileSync(fixture('luquan-2025.md'), 'utf8'), 'luquan-2025.md');

function shape(doc: LintDocument) {
  return doc.sections().map((s) => ({
    depth: s.depth,
    label: s.heading.label?.raw,
    kind: s.heading.label?.kind,
    levelKind: s.heading.data.levelKind,
    title: s.heading.title.trim(),
  }));
}

describe.each(['luquan-2025-plain.docx', 'luquan-2025-styled.docx'])('%s', (name) => {
  it('gives the same tree as the Markdown seed', async () => {
    const doc = await parseReport(new Uint8Array(readFileSync(fixture(name))), name);
    expect(outline(doc.root).map((l) => l.replace(/\s+/g, ''))).toEqual(outline(md.root).map((l) => l.replace(/\s+/g, '')));
    expect(shape(doc)).toEqual(shape(md));
  });

  it('has the same title and list items as body text', async () => {
    const doc = await parseReport(new Uint8Array(readFileSync(fixture(name))), name);
    expect(doc.title.replace(/\s+/g, '')).toBe(md.title);
    const list = (d: LintDocument) => d.paragraphs().filter((p) => p.label && d.sectionPath(p).at(-1) === '（一）部门概况').map((p) => p.label!.value);
    expect(list(doc)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(list(md)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
