// Entry point for reading a report file (.docx, .xlsx, Markdown/text): the format comes from the bytes (extensions lie: ".doc" HTML exports,
// renamed spreadsheets). The .docx reader (and mammoth) is loaded only when a Word package is actually seen, so
// Markdown runs stay fast to start.
import type { FlatDocument } from '../model/types.js';
import { READ_ERRORS, ReadError, readError } from './errors.js';
import { sniff } from './sniff.js';
import { decodeText } from './decode.js';
import { readMarkdown } from './markdown.js';

export interface ReadLimits {
  /** Largest input file in bytes (default 50 MB). */
  maxFileSize?: number;
  /** Largest single inflated package part in bytes (default 20 MB). */
  maxPartSize?: number;
  /** Largest total of inflated parts in bytes (default 60 MB). */
  maxTotalInflated?: number;
  /** Most entries a package may hold (default 5000). */
  maxEntries?: number;
}

export const DEFAULT_LIMITS: Required<ReadLimits> = {
  maxFileSize: 50 * 1024 * 1024,
  maxPartSize: 20 * 1024 * 1024,
  maxTotalInflated: 60 * 1024 * 1024,
  maxEntries: 5000,
};

const BINARY_KINDS: [number[], string, string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片', 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片', 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片', 'a GIF image'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包', 'a 7z archive'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包', 'a RAR archive'],
  [[0x1f, 0x8b], 'gzip 压缩文件', 'a gzip file'],
];

/** Read a report (.docx or Markdown/plain text) into a FlatDocument. Throws ReadError for anything unreadable. */
export async function readReport(bytes: Uint8Array, filePath: string, limits: ReadLimits = {}): Promise<FlatDocument> {
  const l = { ...DEFAULT_LIMITS, ...definedOnly(limits) };
  if (bytes.length > l.maxFileSize) throw READ_ERRORS.tooLarge(bytes.length, l.maxFileSize);
  const kind = sniff(bytes);
  switch (kind) {
    case 'empty': throw READ_ERRORS.empty();
    case 'zip': {
      try {
        if (await isWorkbook(bytes, l)) {
          const { readXlsx } = await import('./xlsx/index.js');
          return await readXlsx(bytes, l);
        }
        const { readDocx } = await import('./docx/index.js');
        return await readDocx(bytes, l);
      } catch (e) {
        throw asReadError(e, filePath);
      }
    }
    case 'legacy-doc': throw READ_ERRORS.legacyDoc();
    case 'encrypted': throw READ_ERRORS.encrypted();
    case 'legacy-xls': throw READ_ERRORS.spreadsheet(true);
    case 'legacy-ppt': throw READ_ERRORS.presentation(true);
    case 'cfb-other': throw READ_ERRORS.notWord('Office 97–2003 二进制文件，但不是可识别的 Word 文档', 'an Office 97–2003 binary file, but not a recognizable Word document');
    case 'rtf': throw READ_ERRORS.rtf();
    case 'html': throw READ_ERRORS.html('html');
    case 'mht': throw READ_ERRORS.html('mht');
    case 'wordml2003': throw READ_ERRORS.wordml2003();
    case 'flat-opc': throw READ_ERRORS.flatOpc();
    case 'pdf': throw READ_ERRORS.notWord('PDF 文件，请提交 Word 原稿（.docx）', 'a PDF file; submit the original Word .docx');
    case 'binary': {
      const known = BINARY_KINDS.find(([magic]) => magic.every((b, i) => bytes[i] === b));
      if (known) throw READ_ERRORS.notWord(known[1], known[2]);
      throw readError('not-text', '这既不是 Word 文档（.docx），也不是文本文件（含二进制数据）。请提交 .docx 或 Markdown/纯文本格式的报告。',
        'This is neither a Word document (.docx) nor a text file (it holds binary data). Submit the report as .docx, or as Markdown / plain text.');
    }
    case 'text':
      return readMarkdown(decodeText(bytes).text);
  }
}

/** A ZIP package that is an Excel workbook (read as 自评表 sheets) rather than a Word document. */
async function isWorkbook(bytes: Uint8Array, l: Required<ReadLimits>): Promise<boolean> {
  const [{ ZipArchive }, { isWorkbookPackage }] = await Promise.all([import('./zip.js'), import('./xlsx/index.js')]);
  return isWorkbookPackage(new ZipArchive(bytes, l));
}

function definedOnly(limits: ReadLimits): ReadLimits {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)));
}

/** Anything thrown from inside the .docx reader that is not already a ReadError is a damaged document. */
function asReadError(e: unknown, filePath: string): ReadError {
  if (e instanceof ReadError) return e;
  return Object.defineProperty(translate(e, filePath), 'cause', { value: e, enumerable: false });
}

function translate(e: unknown, filePath: string): ReadError {
  if ((e as { code?: string })?.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
    return readError('too-large', `文档 ${baseName(filePath)} 内容过大，无法在内存限制内读取。请压缩图片或拆分文档后再提交。`,
      `The document ${baseName(filePath)} is too large to read within the memory limits. Compress images or split it and resubmit.`);
  }
  return readError('unknown', `文档 ${baseName(filePath)} 的内部结构异常，无法读取。请用 Word 或 WPS 打开并重新保存为 .docx 后再提交。`,
    `The internal structure of ${baseName(filePath)} is abnormal and it cannot be read. Open it in Word or WPS, save it again as .docx and resubmit.`);
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() || p;
}
