// The two file forms of a generated report: Markdown as pasted from Word (one paragraph a line, typed numbers,
// no '#') and a plain .docx with one Word paragraph per line, so line N is the same paragraph in both.
import { makeDocx, type BlockSpec } from '../helpers/make-docx.js';
import type { GeneratedReport } from './types.js';

export function toMarkdown(report: GeneratedReport): string {
  return `${report.paragraphs.map((p) => (p.row ? `| ${p.row.join(' | ')} |` : p.text)).join('\n')}\n`;
}

/**
 * Half the reports (by seed) are plain paragraphs as pasted, the other half use Word's Title and Heading 1/2
 * styles with the numbers still typed, as many offices' templates do.
 */
export function docxStyleOf(report: GeneratedReport): 'plain' | 'styled' {
  return (report.seed >> 1) % 2 === 0 ? 'plain' : 'styled';
}

export function toDocx(report: GeneratedReport): Uint8Array {
  const styled = docxStyleOf(report) === 'styled';
  const blocks: BlockSpec[] = [];
  let table: string[][] | undefined;
  for (const p of report.paragraphs) {
    if (p.row) {
      if (p.row.every((c) => /^-+$/.test(c))) continue;
      if (!table) blocks.push({ table: (table = []) });
      table.push(p.row);
      continue;
    }
    table = undefined;
    if (p.tags[0] !== 'blank') blocks.push(block(p));
  }
  return makeDocx({ blocks });

  function block(p: GeneratedReport['paragraphs'][number]): BlockSpec {
    if (p.tags[0] === 'title') return { text: p.text, align: 'center' as const, ...(styled ? { style: 'Title' } : {}) };
    if (styled && p.heading) return { text: p.text, style: `Heading ${p.heading}` };
    return p.text;
  }
}
