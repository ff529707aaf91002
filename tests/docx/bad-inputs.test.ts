import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readReport } from '../../src/parse/read.js';
import { sniff } from '../../src/parse/sniff.js';
import { ReadError, type ReadErrorCode } from '../../src/parse/errors.js';

const BAD = 'fixtures/bad/';

// file → [sniffed kind, ReadError code, a word the zh-CN message must contain]
const EXPECTED: Record<string, [string, ReadErrorCode, RegExp]> = {
  'legacy-word97.doc': ['legacy-doc', 'legacy-doc', /97–2003.*另存为/],
  'legacy-word97-renamed.docx': ['legacy-doc', 'legacy-doc', /\.doc 格式/],
  'encrypted-agile.docx': ['encrypted', 'encrypted', /去除密码/],
  'zip-not-docx.docx': ['zip', 'not-word', /ZIP.*readme\.txt/],
  'xlsx-renamed.docx': ['zip', 'spreadsheet', /电子表格/],
  'docx-no-body.docx': ['zip', 'no-main-part', /w:body/],
  'docx-malformed-xml.docx': ['zip', 'broken-xml', /word\/document\.xml 第 \d+ 行/],
  'truncated-half.docx': ['zip', 'corrupt-zip', /损坏或不完整/],
  'truncated-no-eocd.docx': ['zip', 'corrupt-zip', /截断/],
  'empty.docx': ['empty', 'empty', /为空/],
  'xml-billion-laughs.docx': ['zip', 'broken-xml', /实体/],
  'xml-external-entity.docx': ['zip', 'broken-xml', /实体/],
  'html-saved-as.doc': ['html', 'html', /网页/],
  'rtf-saved-as.doc': ['rtf', 'rtf', /RTF/],
  'wordml2003-flat.doc': ['wordml2003', 'wordml2003', /Word 2003 XML/],
  'flat-opc.xml.docx': ['flat-opc', 'flat-opc', /Flat OPC/],
};

const RAW_LIBRARY_TEXT = /central directory|jszip|xmldom|Corrupted zip|End of data|body element|\n\s+at |undefined|\[object|Bug :/i;

async function readError(bytes: Uint8Array, name: string): Promise<unknown> {
  try {
    await readReport(bytes, name);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('fixtures/bad: every sample gets its specific error', () => {
  const files = readdirSync(BAD).filter((f) => !/\.(md|mjs|txt)$/.test(f));

  it('the table covers every sample in the folder', () => {
    expect(files.filter((f) => f !== 'ok-minimal.docx').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, [kind, code, words]] of Object.entries(EXPECTED)) {
    it(`${file} → ${code}`, async () => {
      const bytes = readFileSync(BAD + file);
      expect(sniff(bytes)).toBe(kind);
      const e = await readError(bytes, file);
      expect(e).toBeInstanceOf(ReadError);
      const err = e as ReadError;
      expect(err.code).toBe(code);
      expect(err.text['zh-CN']).toMatch(words);
      for (const text of [err.text['zh-CN'], err.text.en, err.message]) {
        expect(text).not.toMatch(RAW_LIBRARY_TEXT);
        expect(text.length).toBeGreaterThan(20);
      }
    });
  }

  it('ok-minimal.docx parses', async () => {
    const doc = await readReport(readFileSync(BAD + 'ok-minimal.docx'), 'ok-minimal.docx');
    expect(doc.format).toBe('docx');
    expect(doc.lines).toEqual(['一、项目基本情况', '（一）项目概况', '这是一个最小的有效文档，用作其他损坏样本的基础。']);
  });

  it('the format comes from the bytes, not the name', async () => {
    const md = new TextEncoder().encode('# 一、项目基本情况\n\n正文。\n');
    const asDocx = await readReport(md, 'report.docx');
    expect(asDocx.format).toBe('markdown');
    const docx = await readReport(readFileSync(BAD + 'ok-minimal.docx'), 'report.md');
    expect(docx.format).toBe('docx');
  });

  it('a file over maxFileSize is refused before anything else', async () => {
    const e = await readError(readFileSync(BAD + 'ok-minimal.docx'), 'x.docx').then(() => undefined);
    expect(e).toBeUndefined();
    const err = await readReport(readFileSync(BAD + 'ok-minimal.docx'), 'x.docx', { maxFileSize: 100 }).catch((x: unknown) => x);
    expect((err as ReadError).code).toBe('too-large');
    expect((err as ReadError).text['zh-CN']).toMatch(/上限/);
  });

  it('PDF, images and binary junk are named', async () => {
    const pdf = await readError(new TextEncoder().encode('%PDF-1.7\n...'), 'r.docx');
    expect((pdf as ReadError).code).toBe('not-word');
    expect((pdf as ReadError).text['zh-CN']).toMatch(/PDF/);
    const png = await readError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'r.docx');
    expect((png as ReadError).text['zh-CN']).toMatch(/PNG/);
    const junk = await readError(new Uint8Array([1, 2, 3, 0, 0, 0, 7, 8]), 'r.docx');
    expect(junk).toBeInstanceOf(ReadError);
  });

  it('MHT and UTF-16 HTML are recognised', () => {
    expect(sniff(new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n'))).toBe('mht');
    const html16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>x</body></html>', 'utf16le')]);
    expect(sniff(html16)).toBe('html');
    expect(sniff(new TextEncoder().encode('一、项目基本情况\n正文'))).toBe('text');
  });
});

describe('zip limits (the 100 MB zip bombs: tests/corpus/zip-bombs.test.ts)', () => {
  it('tighter limits refuse a normal document part with the part named', async () => {
    const bytes = readFileSync('fixtures/luquan-2025-styled.docx');
    const e = await readReport(bytes, 's.docx', { maxPartSize: 10_000 }).catch((x: unknown) => x);
    expect((e as ReadError).code).toBe('zip-bomb');
    expect((e as ReadError).text.en).toMatch(/word\/document\.xml/);
    const e2 = await readReport(bytes, 's.docx', { maxEntries: 3 }).catch((x: unknown) => x);
    expect((e2 as ReadError).code).toBe('zip-bomb');
  });
});

describe('inputs are never written', () => {
  it('hashes of all bad samples and fixtures are unchanged after reading', async () => {
    const paths = [...readdirSync(BAD).map((f) => BAD + f), ...readdirSync('fixtures').map((f) => `fixtures/${f}`)].filter((p) => statSync(p).isFile());
    const hash = () => createHash('sha1').update(paths.map((p) => readFileSync(p).toString('base64')).join()).digest('hex');
    const before = hash();
    for (const p of paths) await readReport(readFileSync(p), p).catch(() => undefined);
    expect(hash()).toBe(before);
  });
});

describe('Office 97–2003 compound files are told apart by their streams', () => {
  it.each([
    ['WordDocument', 'legacy-doc', 'legacy-doc', /另存为/],
    ['Workbook', 'legacy-xls', 'spreadsheet', /Excel \.xls/],
    ['PowerPoint Document', 'legacy-ppt', 'presentation', /PowerPoint \.ppt/],
    ['EncryptedPackage', 'encrypted', 'encrypted', /密码/],
    ['Something Else', 'cfb-other', 'not-word', /97–2003/],
  ])('%s stream → %s', async (stream, kind, code, words) => {
    const CFB = (await import('cfb')).default;
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, `/${stream}`, Buffer.from('payload'));
    const bytes = new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
    expect(sniff(bytes)).toBe(kind);
    const e = (await readError(bytes, 'r.docx')) as ReadError;
    expect(e.code).toBe(code);
    expect(e.text['zh-CN']).toMatch(words);
  });
});
