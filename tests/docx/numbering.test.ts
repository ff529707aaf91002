import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/parse/read.js';
import { formatNumber } from '../../src/parse/docx/numbering.js';
import { makeDocx, type DocxSpec, type NumberingLevelSpec } from '../helpers/make-docx.js';
import { flatProblems } from './check-flat.js';

async function lines(spec: DocxSpec): Promise<string[]> {
  const doc = await readReport(makeDocx(spec), 'x.docx');
  expect(flatProblems(doc)).toEqual([]);
  return doc.lines;
}

const GB_LEVELS: NumberingLevelSpec[] = [
  { numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' },
  { numFmt: 'chineseCounting', lvlText: '（%2）', suff: 'nothing' },
  { numFmt: 'decimal', lvlText: '%3.' },
  { numFmt: 'decimal', lvlText: '（%4）', suff: 'nothing' },
  { numFmt: 'decimalEnclosedCircle', lvlText: '%5', suff: 'nothing' },
];
const at = (ilvl: number, text: string, numId = 1) => ({ text, numbering: { numId, ilvl } });

describe('number formats', () => {
  it.each([
    [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'], [20, 'chineseCounting', '二十'],
    [21, 'chineseCounting', '二十一'], [99, 'chineseCounting', '九十九'],
    [10, 'chineseCountingThousand', '十'], [105, 'chineseCountingThousand', '一百零五'], [110, 'chineseCountingThousand', '一百一十'],
    [1, 'japaneseCounting', '一'], [10, 'japaneseCounting', '十'], [12, 'japaneseCounting', '十二'], [100, 'japaneseCounting', '百'],
    [3, 'ideographTraditional', '丙'], [2, 'chineseLegalSimplified', '贰'], [11, 'chineseLegalSimplified', '拾壹'],
    [1, 'decimalEnclosedCircle', '①'], [20, 'decimalEnclosedCircleChinese', '⑳'], [3, 'decimalFullWidth', '３'],
    [12, 'decimalFullWidth', '１２'], [7, 'decimalZero', '07'], [12, 'decimalZero', '12'], [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'], [2, 'lowerLetter', 'b'], [27, 'upperLetter', 'AA'], [5, 'decimal', '5'], [5, 'none', ''],
  ])('%i as %s → %s', (n, fmt, want) => {
    expect(formatNumber(n, fmt)).toBe(want);
  });

  it('custom formats written by Word 2010+', () => {
    expect(formatNumber(3, 'custom', '001, 002, 003, ...')).toBe('003');
    expect(formatNumber(3, 'custom', '一, 二, 三, ...')).toBe('三');
  });
});

describe('automatic numbering labels are recovered', () => {
  it('GB/T 9704 hierarchy 一、/（一）/1./（1）/① with deeper levels restarting', async () => {
    const out = await lines({
      lists: [{ numId: 1, levels: GB_LEVELS }],
      blocks: [
        at(0, '项目基本情况'), at(1, '项目概况'), at(2, '开展活动'), at(3, '第一项'), at(3, '第二项'), at(4, '细节'),
        at(2, '发放资料'), at(3, '重新开始'), at(1, '资金情况'), at(2, '子项'), at(0, '绩效目标'), at(1, '总体目标'),
      ],
    });
    expect(out).toEqual([
      '一、项目基本情况', '（一）项目概况', '1. 开展活动', '（1）第一项', '（2）第二项', '①细节',
      '2. 发放资料', '（1）重新开始', '（二）资金情况', '1. 子项', '二、绩效目标', '（一）总体目标',
    ]);
  });

  it('chineseCounting beyond ten and japaneseCounting (WPS) render as the user sees them', async () => {
    const blocks = Array.from({ length: 12 }, (_, i) => at(0, `第${i + 1}节`));
    const cn = await lines({ lists: [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' }] }], blocks });
    expect(cn[9]).toBe('十、第10节');
    expect(cn[11]).toBe('十二、第12节');
    const jp = await lines({ lists: [{ numId: 1, levels: [{ numFmt: 'japaneseCounting', lvlText: '%1、', suff: 'nothing' }] }], blocks });
    expect(jp.slice(0, 3)).toEqual(['一、第1节', '二、第2节', '三、第3节']);
    expect(jp[10]).toBe('十一、第11节');
  });

  it('start values, startOverride restarts, and nums sharing one abstractNum share counters', async () => {
    const out = await lines({
      lists: [
        { numId: 1, abstractNumId: 7, levels: [{ numFmt: 'decimal', lvlText: '%1.', start: 3 }] },
        { numId: 2, abstractNumId: 7 },
        { numId: 3, abstractNumId: 7, startOverride: { 0: 1 } },
      ],
      blocks: [at(0, 'a', 1), at(0, 'b', 1), '正文', at(0, 'c', 2), at(0, 'd', 3), at(0, 'e', 3), at(0, 'f', 1)],
    });
    expect(out).toEqual(['3. a', '4. b', '正文', '5. c', '1. d', '2. e', '6. f']);
  });

  it('numbering through paragraph styles: numPr in the style, inherited via basedOn, or only a w:lvl/w:pStyle back-link', async () => {
    const out = await lines({
      lists: [
        { numId: 5, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing', start: 3 }] },
        { numId: 6, levels: [{ numFmt: 'decimal', lvlText: '（%1）', suff: 'nothing', pStyle: 'ItemStyle' }] },
      ],
      styles: [
        { name: 'Section Head', id: 'SectionHead', numbering: { numId: 5 } },
        { name: 'Section Head Big', id: 'SectionHeadBig', basedOn: 'SectionHead' },
        { name: 'Item Style', id: 'ItemStyle' },
      ],
      blocks: [
        { text: '部门整体支出绩效目标', style: 'Section Head' },
        { text: '评价结论', style: 'Section Head Big' },
        { text: '第一项', style: 'Item Style' },
        { text: '第二项', style: 'Item Style' },
        { text: '不编号', style: 'Section Head', numbering: { numId: 0 } },
      ],
    });
    expect(out).toEqual(['三、部门整体支出绩效目标', '四、评价结论', '（1）第一项', '（2）第二项', '不编号']);
  });

  it('lvlRestart, isLgl multi-level labels and suffixes', async () => {
    const out = await lines({
      lists: [{
        numId: 1,
        levels: [
          { numFmt: 'chineseCounting', lvlText: '第%1章', suff: 'space' },
          { numFmt: 'decimal', lvlText: '%1.%2', isLgl: true, suff: 'tab' },
          { numFmt: 'decimal', lvlText: '%3)', lvlRestart: 0, suff: 'nothing' },
        ],
      }],
      blocks: [at(0, '总则'), at(1, '目的'), at(2, 'x'), at(0, '细则'), at(1, '范围'), at(2, 'y')],
    });
    expect(out).toEqual(['第一章 总则', '1.1 目的', '1)x', '第二章 细则', '2.1 范围', '2)y']);
  });

  it('mixed automatic and typed numbering (as in the styled sample: 1.–6. auto, then 7、 typed)', async () => {
    const doc = await readReport(makeDocx({
      lists: [{ numId: 1, levels: [{ numFmt: 'decimal', lvlText: '%1.' }] }],
      blocks: ['履行以下职能', ...['甲', '乙', '丙', '丁', '戊', '己'].map((t) => at(0, t)), '7、开展民间科学技术交流活动。'],
    }), 'x.docx');
    expect(doc.lines).toEqual(['履行以下职能', '1. 甲', '2. 乙', '3. 丙', '4. 丁', '5. 戊', '6. 己', '7、开展民间科学技术交流活动。']);
    const labels = doc.blocks.map((b) => b.data.autoLabel);
    expect(labels).toEqual([undefined, '1.', '2.', '3.', '4.', '5.', '6.', undefined]);
  });

  it('bullets, numFmt none and empty lvlText give no label text but keep counting', async () => {
    const out = await lines({
      lists: [
        { numId: 1, levels: [{ numFmt: 'bullet', lvlText: '\uf0b7' }] },
        { numId: 2, levels: [{ numFmt: 'none', lvlText: '' }, { numFmt: 'decimal', lvlText: '%2.' }] },
      ],
      blocks: [at(0, '要点', 1), at(0, '无编号', 2), at(1, '子项', 2)],
    });
    expect(out).toEqual(['• 要点', '无编号', '1. 子项']);
  });

  it('labels inside table cells and heading hints from styles and outline levels', async () => {
    const doc = await readReport(makeDocx({
      lists: [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' }] }],
      blocks: [
        { text: '基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
        { text: '自评结论', style: '标题 2' },
        { text: '大纲级别', outlineLvl: 2 },
        { table: [[{ paragraphs: [at(0, '表内编号')] }, '值']] },
      ],
    }), 'x.docx');
    expect(doc.lines).toEqual(['一、基本情况', '自评结论', '大纲级别', '二、表内编号', '值']);
    const [h1, h2, h3] = doc.blocks;
    expect(h1!.data.headingHint).toBe(1);
    expect(h1!.data.autoLabel).toBe('一、');
    expect(h2!.data.headingHint).toBe(2);
    expect(h3!.data.headingHint).toBe(3);
  });

  it('Word list styles: an abstractNum that only links (numStyleLink) uses the levels of the linked list', async () => {
    const out = await lines({
      lists: [
        { numId: 1, abstractNumId: 10, styleLink: 'ReportList', levels: [{ numFmt: 'chineseCounting', lvlText: '%1、', suff: 'nothing' }] },
        { numId: 2, abstractNumId: 20, numStyleLink: 'ReportList' },
      ],
      styles: [{ name: 'Report List', id: 'ReportList', type: 'numbering', numbering: { numId: 1 } }],
      blocks: [at(0, '基本情况', 2), at(0, '绩效目标', 2)],
    });
    expect(out).toEqual(['一、基本情况', '二、绩效目标']);
  });
});
