// The annotated copy of one report, whatever its format: a .docx (a zip) gets Word comments, Markdown and text get
// HTML comments. Bytes in, bytes out; the caller names and writes the file.
import type { FileResult } from '../../engine/result.js';
import type { AnnotateOptions } from './docx.js';

export type { AnnotateOptions } from './docx.js';

export async function annotateReport(bytes: Uint8Array, result: FileResult, options: AnnotateOptions): Promise<{ bytes: Buffer; extension: string }> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { annotateDocx } = await import('./docx.js');
    return { bytes: await annotateDocx(bytes, result, options), extension: '.docx' };
  }
  const { annotateMarkdown } = await import('./markdown.js');
  return { bytes: annotateMarkdown(bytes, result, options), extension: '.md' };
}
