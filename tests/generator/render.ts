// The two file forms of a generated report: Markdown as pasted from Word (one paragraph a line, typed numbers,
// no '#') and a plain .docx with one Word paragraph per line, so line N is the same paragraph in both.
import { makeDocx, type BlockSpec } from '../helpers/make-docx.js';
import type { GeneratedReport } from './types.js';

export function toMarkdown(report: GeneratedReport): string {
  return `${report.paragraphs.map((p) => p.text).join('\n')}\n`;
}

export function toDocx(report: GeneratedReport): Uint8Array {
  const blocks: BlockSpec[] = report.paragraphs.map((p) =>
    p.tags[0] === 'title' ? { text: p.text, align: 'center' as const } : p.text);
  return makeDocx({ blocks });
}
