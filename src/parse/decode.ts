// Bytes of a text report → string. Reports come as UTF-8 (with or without BOM), UTF-16 with BOM (Notepad "Unicode")
// or GB18030/GBK (older Windows tools). Line endings become "\n".
import { ReadError } from './errors.js';

export interface DecodedText {
  text: string;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "gb18030". */
  encoding: string;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: strictDecode('utf-8', bytes.subarray(3)) ?? lenientDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: lenientDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: lenientDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    assertNotBinary(bytes);
    const utf8 = strictDecode('utf-8', bytes);
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
    else if (mostlyUtf8(bytes)) {
      // a UTF-8 file cut mid-character or with a stray byte: GB18030 would turn all of it into mojibake
      decoded = { text: lenientDecode('utf-8', bytes), encoding: 'utf-8' };
    } else {
      const gb = strictDecode('gb18030', bytes);
      if (gb === undefined) throw notText('invalid');
      decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  if (hasControlGarbage(decoded.text)) throw notText('binary');
  return { text: normalizeNewlines(decoded.text), encoding: decoded.encoding };
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function lenientDecode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * Many well-formed UTF-8 multi-byte sequences and very few broken ones: UTF-8 with damage. GBK/GB18030 text seldom
 * forms valid UTF-8 sequences, so in GBK the broken ones dominate.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
      while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++; // the rest of the broken character
    }
  }
  return valid >= 8 && invalid <= Math.max(2, valid / 50);
}

/** Without a BOM, NUL bytes mean binary data (or BOM-less UTF-16, which no editor writes for reports). */
function assertNotBinary(bytes: Uint8Array) {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) throw notText('binary');
}

/** Many C0 control characters other than tab/newline/form feed mean the file is not text. */
function hasControlGarbage(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > 8 && controls > sample.length / 100;
}

function notText(why: 'binary' | 'invalid'): ReadError {
  return why === 'binary'
    ? new ReadError('not-text', {
      'zh-CN': '文件不是文本文件（含有二进制数据），无法读取。请提供 .docx、Markdown 或纯文本（UTF-8/GB18030）格式的报告。',
      en: 'The file is not a text file (it contains binary data). Provide the report as .docx, Markdown or plain text (UTF-8/GB18030).',
    })
    : new ReadError('not-text', {
      'zh-CN': '无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。请将报告另存为 UTF-8 文本或 .docx。',
      en: 'The text encoding is not recognised (neither UTF-8 nor GB18030/GBK). Save the report as UTF-8 text or .docx.',
    });
}
