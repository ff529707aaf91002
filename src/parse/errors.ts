// A file that cannot be read becomes one `fatal` finding with a specific cause in the user's language.
import type { Localized } from '../i18n/locale.js';

export type ReadErrorCode =
  | 'empty' | 'legacy-doc' | 'encrypted' | 'rtf' | 'html' | 'wordml2003' | 'flat-opc' | 'not-word' | 'spreadsheet'
  | 'presentation' | 'corrupt-zip' | 'no-main-part' | 'broken-xml' | 'zip-bomb' | 'too-large' | 'timeout'
  | 'out-of-memory' | 'not-text' | 'io' | 'too-deep' | 'unknown';

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly text: Localized;
  constructor(code: ReadErrorCode, text: Localized) {
    super(text.en);
    this.name = 'ReadError';
    this.code = code;
    this.text = text;
  }
}

/** Shorthand: a ReadError from the two message texts. */
export function readError(code: ReadErrorCode, zh: string, en: string): ReadError {
  return new ReadError(code, { 'zh-CN': zh, en });
}

/** The standard message for each code that needs no detail (the docx reader adds detail where it has some). */
export const READ_ERRORS = {
  empty: () => readError('empty', '文件为空（0 字节），可能上传或保存未完成，请重新保存后再提交。',
    'The file is empty (0 bytes); the upload or save may not have finished. Save it again and resubmit.'),
  legacyDoc: () => readError('legacy-doc',
    '这是旧版 Word 97–2003 文档（.doc 格式），无法读取。请在 Word 或 WPS 中打开，选择“另存为”→“Word 文档 (*.docx)”后重新提交。',
    'This is a legacy Word 97–2003 document (.doc), which cannot be read. Open it in Word or WPS and use "Save As" → "Word Document (*.docx)", then resubmit.'),
  encrypted: () => readError('encrypted',
    '文档设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中去除密码后另存为 .docx 再提交。',
    'The document is password-protected (encrypted) and cannot be read. Remove the password in Word or WPS, save it as .docx and resubmit.'),
  rtf: () => readError('rtf',
    '这是 RTF 格式文件（只是扩展名为 Word 的扩展名），无法按 .docx 读取。请在 Word 或 WPS 中打开，另存为 .docx 后重新提交。',
    'This is an RTF file (only its extension says Word), not a .docx. Open it in Word or WPS, save it as .docx and resubmit.'),
  html: (what: 'html' | 'mht') => readError('html',
    what === 'mht'
      ? '这是单个网页文件（MHT/MHTML，网页另存为），不是 Word 文档。请在 Word 中打开后另存为 .docx 再提交。'
      : '这是网页文件（HTML，常见于系统导出的“.doc”），不是 Word 文档。请在 Word 或 WPS 中打开，另存为 .docx 后重新提交。',
    what === 'mht'
      ? 'This is a single-file web page (MHT/MHTML), not a Word document. Open it in Word, save it as .docx and resubmit.'
      : 'This is a web page (HTML, often exported by systems as ".doc"), not a Word document. Open it in Word or WPS, save it as .docx and resubmit.'),
  wordml2003: () => readError('wordml2003',
    '这是 Word 2003 XML 文档（常见于系统模板导出的“.doc”），不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx 后重新提交。',
    'This is a Word 2003 XML document (often exported from templates as ".doc"), not a .docx. Open it in Word or WPS, save it as .docx and resubmit.'),
  flatOpc: () => readError('flat-opc',
    '这是 Word XML 文档（Flat OPC，单文件 XML 格式），不是 .docx。请在 Word 中打开，另存为“Word 文档 (*.docx)”后重新提交。',
    'This is a Word XML document (Flat OPC, single-file XML), not a .docx. Open it in Word, save it as "Word Document (*.docx)" and resubmit.'),
  spreadsheet: (legacy = false) => readError('spreadsheet',
    `这是电子表格（${legacy ? 'Excel .xls' : 'Excel .xlsx'}），不是 Word 文档，可能是改了扩展名。请提交 Word 格式（.docx）的报告。`,
    `This is a spreadsheet (${legacy ? 'Excel .xls' : 'Excel .xlsx'}), not a Word document; its extension may have been changed. Submit the report as a Word .docx.`),
  presentation: (legacy = false) => readError('presentation',
    `这是演示文稿（${legacy ? 'PowerPoint .ppt' : 'PowerPoint .pptx'}），不是 Word 文档，可能是改了扩展名。请提交 Word 格式（.docx）的报告。`,
    `This is a presentation (${legacy ? 'PowerPoint .ppt' : 'PowerPoint .pptx'}), not a Word document; its extension may have been changed. Submit the report as a Word .docx.`),
  notWord: (zhWhat: string, enWhat: string) => readError('not-word',
    `这不是 Word 文档（${zhWhat}）。请提交 .docx 格式的报告，或 Markdown/纯文本。`,
    `This is not a Word document (${enWhat}). Submit the report as .docx, or as Markdown / plain text.`),
  corruptZip: (zhWhy: string, enWhy: string) => readError('corrupt-zip',
    `文档已损坏或不完整（${zhWhy}），可能是上传或复制中断。请用 Word 或 WPS 打开确认，重新保存为 .docx 后再提交。`,
    `The document is damaged or incomplete (${enWhy}); the upload or copy may have been cut off. Open it in Word or WPS, save it again as .docx and resubmit.`),
  noMainPart: (zhWhy: string, enWhy: string) => readError('no-main-part',
    `文档已损坏：${zhWhy}。请用 Word 或 WPS 打开并重新保存为 .docx 后再提交。`,
    `The document is damaged: ${enWhy}. Open it in Word or WPS, save it again as .docx and resubmit.`),
  brokenXml: (part: string, line: number | undefined, zhWhy: string, enWhy: string) => readError('broken-xml',
    `文档已损坏：内部文件 ${part}${line ? ` 第 ${line} 行` : ''}${zhWhy}。请用 Word 或 WPS 打开并重新保存为 .docx 后再提交。`,
    `The document is damaged: its internal part ${part}${line ? ` (line ${line})` : ''} ${enWhy}. Open it in Word or WPS, save it again as .docx and resubmit.`),
  zipBomb: (part: string, zhWhy: string, enWhy: string) => readError('zip-bomb',
    `文档内部文件 ${part} 解压后过大（${zhWhy}），为安全起见拒绝读取。如确为正常报告，请删除大图片或拆分文档后重新保存。`,
    `The document's internal part ${part} is too large when decompressed (${enWhy}); it was refused for safety. If this is a genuine report, remove large images or split it and save again.`),
  tooDeep: (zhWhat: string, enWhat: string, max: number, word: boolean) => readError('too-deep',
    `文档结构异常：${zhWhat}嵌套层级超过 ${max} 层（正常报告不会这样），为安全起见拒绝读取。${word ? '请在 Word 中打开后另存为新的 .docx 再提交。' : '请删去这部分异常嵌套后再提交。'}`,
    `The document is malformed: ${enWhat} is nested more than ${max} levels deep (no genuine report is), so it was refused for safety. ${word ? 'Open it in Word, save it as a new .docx and resubmit.' : 'Remove the abnormal nesting and resubmit.'}`),
  tooLarge: (size: number, max: number) => readError('too-large',
    `文件过大（${mb(size)}，上限 ${mb(max)}）。请压缩图片或拆分文档后再提交。`,
    `The file is too large (${mb(size)}; the limit is ${mb(max)}). Compress images or split the document and resubmit.`),
};

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
