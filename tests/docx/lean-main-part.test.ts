// The copy of the main part handed to mammoth leaves out what mammoth never reads (src/parse/docx/lean.ts), and
// reading gives the same document as before. The whole corpus was compared before and after (572 .docx, no change).
import { describe, expect, it } from 'vitest';
import { leanStartTag } from '../../src/parse/docx/lean.js';
import { readMainPart } from '../../src/parse/docx/sidecar.js';
import { emptyNumbering } from '../../src/parse/docx/numbering.js';
import { readReport } from '../../src/parse/read.js';
import { makeDocx } from '../helpers/make-docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:w14="${W14}"><w:body>${body}</w:body></w:document>`;

const PARAGRAPH =
  `<w:p w:rsidR="00A1" w:rsidRDefault="00A2" w14:paraId="1A2B3C4D" w14:textId="77777777">` +
  `<w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:spacing w:before="120"/><w:jc w:val="center"/>` +
  `<w:rPr><w:rFonts w:ascii="SimSun"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:pPr>` +
  `<w:r w:rsidRPr="00B1"><w:rPr><w:rFonts w:ascii="SimSun" w:hint="eastAsia"/><w:b/><w:kern w:val="2"/><w:lang w:val="en-US"/></w:rPr><w:t>一、基本情况</w:t></w:r></w:p>`;

describe('the lean copy of the main part', () => {
  it('keeps what mammoth reads and the paragraph markers, drops the rest', () => {
    const { markedXml, paragraphs } = readMainPart('word/document.xml', doc(PARAGRAPH), { byId: new Map() }, emptyNumbering());
    expect(paragraphs).toHaveLength(1);
    expect(markedXml).toContain('<w:p><w:bookmarkStart w:name="__p0"/>');
    expect(markedXml).toContain('<w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/><w:rPr></w:rPr></w:pPr>');
    expect(markedXml).toContain('<w:r><w:rPr><w:rFonts w:ascii="SimSun" w:hint="eastAsia"/><w:b/></w:rPr><w:t>一、基本情况</w:t></w:r>');
    expect(markedXml).not.toMatch(/rsid|paraId|textId|keepNext|spacing|lang|kern/);
  });

  it('keeps a deleted paragraph mark (mammoth joins that paragraph to the next)', () => {
    const body = `<w:p><w:pPr><w:spacing w:after="0"/><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"/><w:sz w:val="24"/></w:rPr></w:pPr><w:r><w:t>第一</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>第二</w:t></w:r></w:p>`;
    const { markedXml } = readMainPart('word/document.xml', doc(body), { byId: new Map() }, emptyNumbering());
    expect(markedXml).toContain('<w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>');
  });

  it('reads the same text, heading and bold run through mammoth', async () => {
    const body = PARAGRAPH + `<w:p w:rsidR="00C1"><w:pPr><w:ind w:firstLine="420"/><w:widowControl/></w:pPr><w:r><w:t xml:space="preserve">正文 第一段。</w:t></w:r></w:p>`;
    const flat = await readReport(makeDocx({ blocks: [], extraParts: { 'word/document.xml': doc(body) } }), 'lean.docx');
    expect(flat.lines).toEqual(['一、基本情况', '正文 第一段。']);
  });

  it('leanStartTag keeps the name and namespace declarations only', () => {
    expect(leanStartTag('<w:p w:rsidR="1" xmlns:w="urn:x" w14:paraId=\'2\'>')).toBe('<w:p xmlns:w="urn:x">');
    expect(leanStartTag('<w:r w:rsidRPr="00B1"/>')).toBe('<w:r/>');
    expect(leanStartTag('<w:tr>')).toBe('<w:tr>');
    expect(leanStartTag('<w:p\n  w:rsidR="1"\n>')).toBe('<w:p>');
  });
});
