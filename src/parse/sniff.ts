// Decide what a file really is from its first bytes (the extension is often wrong: HTML or Word 2003 XML exported
// by systems as ".doc", spreadsheets renamed to ".docx"). Cheap: no zip inflation, no parsing beyond a directory.
import { createRequire } from 'node:module';
import type * as CFBModule from 'cfb';

// cfb costs ~12 ms to load: only pay for it when a compound file actually shows up.
let cfbModule: typeof CFBModule | undefined;
const loadCfb = () => (cfbModule ??= createRequire(import.meta.url)('cfb') as typeof CFBModule);

export type SniffKind =
  | 'empty'
  | 'zip'
  | 'legacy-doc'
  | 'encrypted'
  | 'legacy-xls'
  | 'legacy-ppt'
  | 'cfb-other'
  | 'rtf'
  | 'html'
  | 'mht'
  | 'wordml2003'
  | 'flat-opc'
  | 'pdf'
  | 'binary'
  | 'text';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A Word package or OLE compound file, as opposed to text (for advice that fits the file). */
export function isWordBytes(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

export function sniff(bytes: Uint8Array): SniffKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return sniffCfb(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  const head = headText(bytes);
  if (head === undefined) return 'binary';
  const h = head.replace(/^\uFEFF/, '').trimStart();
  const lower = h.slice(0, 4096).toLowerCase();
  if (lower.startsWith('{\\rtf')) return 'rtf';
  if (/^mime-version:/i.test(lower) || (/^(?:[\w-]+:[^\n]*\r?\n)*content-type:\s*multipart\/related/i.test(lower))) return 'mht';
  if (lower.startsWith('<?xml') || lower.startsWith('<w:worddocument') || lower.startsWith('<pkg:package')) {
    if (/<pkg:package\b/.test(lower)) return 'flat-opc';
    if (/<w:worddocument\b/.test(lower) || /progid="word\.document"/.test(lower)) return 'wordml2003';
    if (/<html\b/.test(lower)) return 'html';
  }
  if (/^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html\b|<head\b|<meta\b)/.test(lower)) return 'html';
  if (/^<html\b[^>]*urn:schemas-microsoft-com:office/.test(lower)) return 'html';
  return 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((m, i) => bytes[i] === m);
}

/** The first few KB as text, or undefined when they look binary (NUL bytes outside UTF-16). */
function headText(bytes: Uint8Array): string | undefined {
  const slice = bytes.subarray(0, 8192);
  if (slice[0] === 0xff && slice[1] === 0xfe) return new TextDecoder('utf-16le').decode(slice);
  if (slice[0] === 0xfe && slice[1] === 0xff) return new TextDecoder('utf-16be').decode(slice);
  if (slice.includes(0)) return undefined;
  return new TextDecoder('utf-8').decode(slice);
}

function sniffCfb(bytes: Uint8Array): SniffKind {
  let names: string[];
  try {
    const container = loadCfb().read(bytes, { type: 'buffer' });
    names = container.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop() ?? '').map((n) => n.toLowerCase());
  } catch {
    // A damaged compound file: the magic number still says "Office 97–2003 binary".
    return 'cfb-other';
  }
  const has = (n: string) => names.includes(n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted';
  if (has('WordDocument')) return 'legacy-doc';
  if (has('Workbook') || has('Book')) return 'legacy-xls';
  if (has('PowerPoint Document')) return 'legacy-ppt';
  return 'cfb-other';
}
