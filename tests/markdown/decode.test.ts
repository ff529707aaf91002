import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText } from '../../src/parse/decode.js';
import { ReadError } from '../../src/parse/errors.js';

const TEXT = '一、部门基本情况\n（一）部门概况\n收入271.77万元。';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...le]);
}

describe('decodeText', () => {
  it('UTF-8 without BOM', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('UTF-8 with BOM (the BOM is not text)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('UTF-16 LE and BE with BOM', () => {
    expect(decodeText(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('GB18030/GBK when the bytes are not UTF-8', () => {
    // 中文报告 in GBK: 中 D6D0, 文 CEC4, 报 B1A8, 告 B8E6; "一、" D2BB A1A2; ASCII stays ASCII.
    const bytes = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6, 0x0d, 0x0a, 0x31, 0x30, 0x30]);
    expect(decodeText(bytes)).toEqual({ text: '一、中文报告\n100', encoding: 'gb18030' });
  });

  it('a GB18030 four-byte sequence', () => {
    // U+00A5 ¥ is 0x81 0x30 0x84 0x36 in GB18030.
    expect(decodeText(new Uint8Array([0x81, 0x30, 0x84, 0x36, 0x35]))).toEqual({ text: '¥5', encoding: 'gb18030' });
  });

  it('a UTF-8 file cut in the middle of a character stays UTF-8 (no GB18030 mojibake)', () => {
    const full = new TextEncoder().encode(`${TEXT}\n${TEXT}`);
    const cut = full.subarray(0, full.length - 1);
    const out = decodeText(cut);
    expect(out.encoding).toBe('utf-8');
    expect(out.text.startsWith(TEXT)).toBe(true);
  });

  it('GBK text with many characters is not mistaken for damaged UTF-8', () => {
    // "一、中文报告" repeated: D2BB A1A2 D6D0 CEC4 B1A8 B8E6
    const unit = [0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a];
    const bytes = new Uint8Array(Array.from({ length: 30 }, () => unit).flat());
    const out = decodeText(bytes);
    expect(out.encoding).toBe('gb18030');
    expect(out.text.split('\n')[0]).toBe('一、中文报告');
  });

  it('normalises CRLF and CR to LF', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
    expect(decodeText(utf16('一\r\n二', false)).text).toBe('一\n二');
  });

  it('empty input is empty text', () => {
    expect(decodeText(new Uint8Array()).text).toBe('');
  });

  it.each([
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
    ['invalid in both UTF-8 and GB18030', new Uint8Array([0x41, 0xff, 0xff, 0x80, 0x41])],
  ])('%s → ReadError not-text with zh-CN and en text', (_name, bytes) => {
    let error: unknown;
    try { decodeText(bytes); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ReadError);
    const re = error as ReadError;
    expect(re.code).toBe('not-text');
    expect(re.text['zh-CN']).toMatch(/文本|编码/);
    expect(re.text.en).toMatch(/text|encoding/i);
  });
});

describe('decodeText on random bytes', () => {
  it('returns LF-only text or throws ReadError, nothing else', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      try {
        const { text } = decodeText(bytes);
        expect(text.includes('\r')).toBe(false);
      } catch (e) {
        expect(e).toBeInstanceOf(ReadError);
      }
    }), { numRuns: 500 });
  });

  it('round-trips any string through UTF-8, UTF-8 BOM and UTF-16', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }).filter((t) => !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(t) && !t.startsWith('\ufeff')), (t) => {
      const expected = t.replace(/\r\n?/g, '\n');
      expect(decodeText(new TextEncoder().encode(t)).text).toBe(expected);
      expect(decodeText(utf16(t, false)).text).toBe(expected);
      expect(decodeText(utf16(t, true)).text).toBe(expected);
    }), { numRuns: 300 });
  });
});
