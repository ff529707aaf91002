import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/parse/read.js';
import type { FlatDocument, ParagraphNode, TableNode } from '../../src/model/types.js';
import { makeDocx, type DocxSpec } from '../helpers/make-docx.js';
import { flatProblems } from './check-flat.js';

async function read(spec: DocxSpec): Promise<FlatDocument> {
  const doc = await readReport(makeDocx(spec), 'x.docx');
  expect(flatProblems(doc)).toEqual([]);
  return doc;
}
const tables = (d: FlatDocument) => d.blocks.filter((b): b is TableNode => b.type === 'table');
const grid = (t: TableNode) => t.children.map((r) => r.children.map((c) => `${c.gridColumn}:${c.text}`));

describe('tables', () => {
  it('gridSpan, vMerge and gridBefore give the right grid columns', async () => {
    const doc = await read({
      blocks: [{
        table: [
          ['一级指标', '二级指标', '分值', '得分'],
          [{ text: '产出指标', vMerge: 'restart' }, '数量', '10', '8'],
          [{ vMerge: 'continue' }, '质量', '10', '9'],
          { gridBefore: 1, cells: ['缺左格B', '5', '5'] },
          [{ text: '合计', gridSpan: 2 }, '25', '22'],
        ],
      }],
    });
    const [t] = tables(doc);
    expect(grid(t!)).toEqual([
      ['0:一级指标', '1:二级指标', '2:分值', '3:得分'],
      ['0:产出指标', '1:数量', '2:10', '3:8'],
      ['1:质量', '2:10', '3:9'],
      ['1:缺左格B', '2:5', '3:5'],
      ['0:合计', '2:25', '3:22'],
    ]);
    expect(t!.children[1]!.children[0]!.rowSpan).toBe(2);
    expect(t!.children[4]!.children[0]!.colSpan).toBe(2);
  });

  it('a cell with several paragraphs: text joined with "\\n", one rendered line each', async () => {
    const doc = await read({ blocks: ['前文', { table: [[{ paragraphs: ['第一段', '', '第二段'] }, '单段']] }, '后文'] });
    const cell = tables(doc)[0]!.children[0]!.children[0]!;
    expect(cell.text).toBe('第一段\n第二段');
    expect(doc.lines).toEqual(['前文', '第一段', '第二段', '单段', '后文']);
    expect(cell.data.segments).toEqual([{ offset: 0, line: 2, column: 1 }, { offset: 4, line: 3, column: 1 }]);
    expect(cell.position).toEqual({ start: { line: 2, column: 1 }, end: { line: 3, column: 4 } });
  });

  it('nested tables: their text stays in the outer cell, their structure in data.nestedTables', async () => {
    const doc = await read({ blocks: [{ table: [[{ text: '外', table: [['内1', '内2']] }, '右']] }] });
    const outer = tables(doc)[0]!;
    const cell = outer.children[0]!.children[0]!;
    expect(cell.text).toBe('外\n内1\n内2');
    const nested = cell.data['nestedTables'] as TableNode[];
    expect(nested).toHaveLength(1);
    expect(nested[0]!.children[0]!.children.map((c) => c.text)).toEqual(['内1', '内2']);
    expect(outer.children[0]!.children[1]!.gridColumn).toBe(1);
  });

  it('header rows are flagged', async () => {
    const doc = await read({ blocks: [{ table: [{ header: true, cells: ['指标', '分值'] }, ['a', '1']] }] });
    expect(tables(doc)[0]!.children.map((r) => r.isHeader ?? false)).toEqual([true, false]);
  });
});

describe('paragraph content', () => {
  it('line breaks start a new rendered line inside one paragraph; tabs are kept', async () => {
    const doc = await read({ blocks: ['第一行\n第二行', '名称\t数值'] });
    expect(doc.lines).toEqual(['第一行', '第二行', '名称\t数值']);
    const p = doc.blocks[0] as ParagraphNode;
    expect(p.text).toBe('第一行\n第二行');
    expect(p.data.segments).toEqual([{ offset: 0, line: 1, column: 1 }, { offset: 4, line: 2, column: 1 }]);
    expect(p.position.end).toEqual({ line: 2, column: 4 });
  });

  it('empty paragraphs are skipped consistently', async () => {
    const doc = await read({ blocks: ['甲', '', '   ', '乙'] });
    expect(doc.lines).toEqual(['甲', '乙']);
    expect(doc.blocks.map((b) => b.position.start.line)).toEqual([1, 2]);
  });

  it('TOC entries are skipped, footnotes come after the body as notes, comments are not text', async () => {
    const doc = await read({
      blocks: [{ text: '一、基本情况\t1', style: 'toc 1' }, { text: '一、基本情况', style: 'Heading 1' }, '正文'],
      footnotes: ['数据来源：决算报表。'],
    });
    expect(doc.lines).toEqual(['一、基本情况', '正文', '数据来源：决算报表。']);
    expect(doc.blocks[2]!.data['note']).toBe(true);
    expect(doc.blocks[0]!.data['note']).toBeUndefined();
  });

  it('the main part is found through _rels/.rels when it is not word/document.xml', async () => {
    const doc = await read({ mainPart: 'content/main.xml', blocks: ['一、项目概况', '正文'] });
    expect(doc.lines).toEqual(['一、项目概况', '正文']);
  });
});

describe('reader notes for text the conversion loses', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  it('simple fields keep the result text Word shows (mammoth alone drops it)', async () => {
    const doc = await read({
      blocks: [{ text: '页码：', rawXml: `<w:fldSimple ${W} w:instr="PAGE"><w:r><w:t>7</w:t></w:r></w:fldSimple>` }, { text: '见表', rawXml: `<w:fldSimple ${W} w:instr="REF _Ref1"/>` }],
    });
    expect(doc.lines).toEqual(['页码：7', '见表']);
    expect(doc.readerNotes).toEqual([]);
  });

  it('equations, tracked changes, text boxes without fallback', async () => {
    const doc = await read({
      blocks: [
        { text: '公式', rawXml: '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x</m:t></m:r></m:oMath>' },
        { text: '修订', rawXml: `<w:ins ${W} w:id="1" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins><w:del ${W} w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>` },
        {
          text: '文本框',
          rawXml: '<w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>',
        },
      ],
    });
    const codes = doc.readerNotes.map((n) => n.code).sort();
    expect(codes).toEqual(['docx-math', 'docx-textbox', 'docx-tracked-changes']);
    for (const n of doc.readerNotes) {
      expect(n.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(n.message.en.length).toBeGreaterThan(20);
    }
    expect(doc.lines).toContain('修订新增');
    expect(doc.blocks.find((b) => b.type === 'paragraph' && b.text === '修订新增')!.data['revision']).toBe(true);
    expect(doc.readerNotes.find((n) => n.code === 'docx-tracked-changes')!.line).toBe(doc.lines.indexOf('修订新增') + 1);
    expect(doc.lines.join()).not.toMatch(/删除/);
  });

  it('clean documents have no reader notes (style-map noise is dropped)', async () => {
    const doc = await read({ blocks: [{ text: '自定义样式段落', style: '我的正文样式' }] });
    expect(doc.readerNotes).toEqual([]);
  });
});

describe('package variants', () => {
  it('without _rels/.rels the main part declared in [Content_Types].xml is used', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(makeDocx({ mainPart: 'content/main.xml', blocks: ['正文一段'] }));
    delete files['_rels/.rels'];
    const doc = await readReport(zipSync(files), 'x.docx');
    expect(doc.lines).toEqual(['正文一段']);
  });

  it('text box copies in mc:Fallback get the labels Word shows for mc:Choice, counted once', async () => {
    const para = (t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const box = `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${para('框一')}${para('框二')}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${para('框一')}${para('框二')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const doc = await read({
      lists: [{ numId: 1, levels: [{ numFmt: 'decimal', lvlText: '%1.' }] }],
      blocks: [{ text: '前', numbering: { numId: 1 } }, { text: '宿主', rawXml: box }, { text: '后', numbering: { numId: 1 } }],
    });
    expect(doc.lines).toEqual(['1. 前', '宿主', '2. 框一', '3. 框二', '4. 后']);
    expect(doc.blocks.map((b) => b.data['textBox'] ?? false)).toEqual([false, false, true, true, false]);
    expect(doc.readerNotes).toEqual([]);
  });
});

describe('layout cues', () => {
  it('alignment and all-bold runs are passed on as data', async () => {
    const doc = await read({ blocks: [{ text: [{ text: '一、基本情况', bold: true }], align: 'center' }, { text: [{ text: '部分', bold: true }, { text: '加粗' }] }] });
    expect(doc.blocks[0]!.data['bold']).toBe(true);
    expect(doc.blocks[0]!.data['alignment']).toBe('center');
    expect(doc.blocks[1]!.data['alignment']).toBeUndefined();
    expect(doc.blocks[1]!.data['bold']).toBeUndefined();
  });
});

describe('encodings', () => {
  it('a UTF-16 main part (legal XML, written by some tools) reads', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(makeDocx({ blocks: ['一、基本情况', '正文'] }));
    const xml = new TextDecoder().decode(files['word/document.xml']).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    files['word/document.xml'] = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    const doc = await readReport(zipSync(files), 'x.docx');
    expect(doc.lines).toEqual(['一、基本情况', '正文']);
  });
});
