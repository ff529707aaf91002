import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ZipArchive } from '../../src/parse/zip.js';
import { ReadError } from '../../src/parse/errors.js';
import { readReport } from '../../src/parse/read.js';
import { makeDocx } from '../helpers/make-docx.js';

const LIMITS = { maxPartSize: 1 << 20, maxTotalInflated: 2 << 20, maxEntries: 100 };

/** Offset of the central-directory header of `name`. */
function cdOffset(zip: Uint8Array, name: string): number {
  const view = Buffer.from(zip);
  for (let i = view.length - 22; i >= 0; i--) {
    if (view.readUInt32LE(i) === 0x02014b50) {
      const len = view.readUInt16LE(i + 28);
      if (view.toString('latin1', i + 46, i + 46 + len) === name) return i;
    }
  }
  throw new Error(`no ${name}`);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReadError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('ZipArchive', () => {
  const zip = zipSync({ 'a.xml': strToU8('<a>你好</a>'), 'big.xml': strToU8('x'.repeat(300_000)) });

  it('reads entries by name', () => {
    const z = new ZipArchive(zip, LIMITS);
    expect(z.has('a.xml')).toBe(true);
    expect(z.readText('a.xml')).toBe('<a>你好</a>');
  });

  it('refuses a part over the per-part cap from its declared size, before inflating', () => {
    expect(codeOf(() => new ZipArchive(zip, { ...LIMITS, maxPartSize: 100_000 }).read('big.xml'))).toBe('zip-bomb');
  });

  it('refuses when the total inflated budget is used up', () => {
    const z = new ZipArchive(zip, { ...LIMITS, maxTotalInflated: 310_000 });
    z.read('big.xml');
    expect(codeOf(() => z.read('big.xml'))).toBe('zip-bomb');
  });

  it('a header that understates the size is caught by the real inflated size', () => {
    const patched = Uint8Array.from(zip);
    Buffer.from(patched.buffer).writeUInt32LE(1000, cdOffset(zip, 'big.xml') + 24);
    expect(codeOf(() => new ZipArchive(patched, LIMITS).read('big.xml'))).toBe('zip-bomb');
  });

  it('an abnormal compression ratio is refused', () => {
    const bomb = zipSync({ 'd.xml': new Uint8Array(6 << 20) }, { level: 9 });
    expect(codeOf(() => new ZipArchive(bomb, { ...LIMITS, maxPartSize: 10 << 20, maxTotalInflated: 10 << 20 }).read('d.xml'))).toBe('zip-bomb');
  });

  it('too many entries, unsupported methods, encrypted entries and damaged data are specific errors', () => {
    expect(codeOf(() => new ZipArchive(zip, { ...LIMITS, maxEntries: 1 }))).toBe('zip-bomb');
    const method = Uint8Array.from(zip);
    Buffer.from(method.buffer).writeUInt16LE(99, cdOffset(zip, 'a.xml') + 10);
    expect(codeOf(() => new ZipArchive(method, LIMITS).read('a.xml'))).toBe('corrupt-zip');
    const encrypted = Uint8Array.from(zip);
    Buffer.from(encrypted.buffer).writeUInt16LE(1, cdOffset(zip, 'a.xml') + 8);
    expect(codeOf(() => new ZipArchive(encrypted, LIMITS).read('a.xml'))).toBe('corrupt-zip');
    const offset = Uint8Array.from(zip);
    Buffer.from(offset.buffer).writeUInt32LE(zip.length + 10, cdOffset(zip, 'a.xml') + 42);
    expect(codeOf(() => new ZipArchive(offset, LIMITS).read('a.xml'))).toBe('corrupt-zip');
    expect(codeOf(() => new ZipArchive(zip.subarray(0, zip.length - 30), LIMITS))).toBe('corrupt-zip');
  });
});

describe('damaged parts of a real package', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  it('an entity in styles.xml names that part', async () => {
    const bytes = makeDocx({
      blocks: ['正文'],
      extraParts: { 'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:styles ${W}>&a;</w:styles>` },
    });
    const e = await readReport(bytes, 'x.docx').catch((x: unknown) => x);
    expect((e as ReadError).code).toBe('broken-xml');
    expect((e as ReadError).text['zh-CN']).toMatch(/word\/styles\.xml/);
  });

  it('a swapped part (numbering.xml holding styles) is damage, named', async () => {
    const bytes = makeDocx({
      lists: [{ numId: 1, levels: [{ numFmt: 'decimal', lvlText: '%1.' }] }],
      blocks: [{ text: 'a', numbering: { numId: 1 } }],
      extraParts: { 'word/numbering.xml': `<w:styles ${W}/>` },
    });
    const e = await readReport(bytes, 'x.docx').catch((x: unknown) => x);
    expect((e as ReadError).code).toBe('broken-xml');
    expect((e as ReadError).text.en).toMatch(/word\/numbering\.xml/);
  });

  it('a package without a styles part still reads, tables included', async () => {
    const { unzipSync, zipSync: zip2 } = await import('fflate');
    const files = unzipSync(makeDocx({ blocks: ['正文', { table: [['a', 'b']] }] }));
    delete files['word/styles.xml'];
    const doc = await readReport(zip2(files), 'x.docx');
    expect(doc.lines).toEqual(['正文', 'a', 'b']);
  });
});

describe('sloppy content types', () => {
  it('a generic XML content type on the main part still reads; a workbook behind it is named a spreadsheet', async () => {
    const { unzipSync, zipSync: zip2, strFromU8 } = await import('fflate');
    const files = unzipSync(makeDocx({ blocks: ['正文'] }));
    files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']!).replace(/<Override PartName="\/word\/document\.xml"[^>]*\/>/, ''));
    expect((await readReport(zip2(files), 'x.docx')).lines).toEqual(['正文']);
    files['word/document.xml'] = strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>');
    const e = await readReport(zip2(files), 'x.docx').catch((x: unknown) => x);
    expect((e as ReadError).code).toBe('spreadsheet');
  });
});
