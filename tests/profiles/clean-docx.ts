// Builds fixtures/clean-department-2025.docx from the Markdown fixture the way a user's Word file looks: title
// style, Heading 1/2 styles with typed labels (一、 （一）), the numbered lists as Word automatic numbering, and
// the indicator table as a real table. `node scratch/…` writes the file; clean-fixture.test.ts checks it is current.
import { makeDocx, type BlockSpec, type ListSpec } from '../helpers/make-docx.js';

const LISTS: ListSpec[] = [1, 2, 3, 4, 5, 6].map((numId) => ({ numId, levels: [{ numFmt: 'decimal', lvlText: '%1.' }] }));

export function cleanDocxFromMarkdown(markdown: string): Uint8Array {
  const blocks: BlockSpec[] = [];
  let table: string[][] | undefined;
  let inBody = false;
  let listRun = 0;
  let inList = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      if (/^\|[\s|:-]+\|$/.test(line)) continue;
      const cells = line.slice(1, -1).split('|').map((c) => c.trim());
      if (!table) { table = []; blocks.push({ table }); }
      table.push(cells);
      continue;
    }
    table = undefined;
    if (!line) continue;
    if (/^[一二三四五六七八九十]+、/.test(line)) {
      inBody = true;
      blocks.push({ text: line, style: 'Heading 1' });
    } else if (/^（[一二三四五六七八九十]+）/.test(line)) {
      blocks.push({ text: line, style: 'Heading 2' });
    } else if (!inBody && !/^附件/.test(line) && line.length < 40) {
      blocks.push({ text: line, style: 'Title' });
    } else if (/^\d+\.\s/.test(line) && !/。/.test(line.replace(/。$/, ''))) {
      // One-sentence numbered items are Word list paragraphs (each run its own list); prose keeps typed numbers.
      if (!inList) listRun++;
      inList = true;
      blocks.push({ text: line.replace(/^\d+\.\s*/, ''), style: 'List Paragraph', numbering: { numId: listRun } });
      continue;
    } else {
      blocks.push(line);
    }
    inList = false;
  }
  return makeDocx({ lists: LISTS, blocks });
}
