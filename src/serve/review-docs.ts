// The reviewer's downloads (annotated .docx, findings spreadsheet, review letter) as the server needs them: bytes in,
// bytes out, named for the browser. The builders live with the formats (src/format/annotate, xlsx, letter) and load
// on first use; an endpoint whose builder is missing answers 501 with a clear message.
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../engine/rule.js';
import { reviewText } from '../i18n/review.js';

export interface Download {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
}

export interface ReviewDocs {
  /** A copy of a .docx with every finding as a Word comment. */
  annotate?: (bytes: Uint8Array, result: FileResult, locale: Locale) => Promise<Download>;
  /** The findings workbook (汇总 + 问题清单) for a batch. */
  xlsx?: (results: FileResult[], locale: Locale) => Promise<Download>;
  /** The 审核意见 letter for one report. */
  letter?: (result: FileResult, locale: Locale) => Promise<Download>;
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Base name without extension, for the names of derived files. */
export const stem = (name: string) => name.replace(/\.[^.]*$/, '') || 'report';

export async function loadReviewDocs(): Promise<ReviewDocs> {
  return {
    // Only called for a file the worker has read without a fatal finding, so the reader's limits have already held.
    annotate: async (bytes, result, locale) => {
      const { annotateReport } = await import('../format/annotate/index.js');
      const out = await annotateReport(bytes, result, { locale, date: new Date() });
      const contentType = out.extension === '.docx' ? DOCX : 'text/markdown; charset=utf-8';
      return { bytes: out.bytes, fileName: `${stem(result.filePath)}.${reviewText('annotateSuffix', locale)}${out.extension}`, contentType };
    },
    xlsx: async (results, locale) => {
      const { findingsWorkbook } = await import('../format/xlsx.js');
      const fileName = results.length === 1 ? `${stem(results[0]!.filePath)}.xlsx` : 'reportlint.xlsx';
      return { bytes: await findingsWorkbook(results, { locale, cwd: '/' }), fileName, contentType: XLSX };
    },
    letter: async (result, locale) => {
      const { reviewLetter } = await import('../format/letter.js');
      const fileName = `${stem(result.filePath)}.${reviewText('letterSuffix', locale)}.docx`;
      return { bytes: await reviewLetter([result], { locale }), fileName, contentType: DOCX };
    },
  };
}
