// The reviewer's downloads (annotated .docx, findings spreadsheet, review letter) as the server needs them: bytes in,
// bytes out. The builders live with the formats; until one exists its endpoint answers 501 with a clear message.
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../engine/rule.js';

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
  return {};
}
