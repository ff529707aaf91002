import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readReport } from '../../src/parse/read.js';
import { readDocxDetailed } from '../../src/parse/docx/index.js';
import { DEFAULT_LIMITS } from '../../src/parse/read.js';
import type { FlatDocument, ParagraphNode, TableNode } from '../../src/model/types.js';
import { flatProblems } from './check-flat.js';

const read = (f: string) => readReport(readFileSync(`fixtures/${f}`), f);
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+[）)]|（\d+）)/;

describe('luquan-2025-styled.docx (pandoc: heading styles, automatic list numbering)', () => {
  it('recovers the automatic labels 1.–6. and keeps the typed 7、', async () => {
    const doc = await read('luquan-2025-styled.docx');
    const i = doc.lines.findIndex((l) => l.includes('开展学术交流'));
    expect(doc.lines.slice(i, i + 7).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7、开']);
    const auto = doc.blocks.filter((b) => b.data.autoLabel).map((b) => b.data.autoLabel);
    expect(auto).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(flatProblems(doc)).toEqual([]);
  });

  it('maps every mammoth paragraph to its source paragraph', async () => {
    const { stats } = await readDocxDetailed(readFileSync('fixtures/luquan-2025-styled.docx'), DEFAULT_LIMITS);
    expect(stats.unmapped).toBe(0);
    expect(stats.labelled).toBe(6);
    expect(stats.numberedWithoutLabel).toBe(0);
  });

  it('heading styles become heading hints', async () => {
    const doc = await read('luquan-2025-styled.docx');
    const byText = (t: string) => doc.blocks.find((b): b is ParagraphNode => b.type === 'paragraph' && b.text.startsWith(t))!;
    expect(byText('一、部门基本情况').data.headingHint).toBe(2);
    expect(byText('（一）部门概况').data.headingHint).toBe(3);
    expect(byText('鹿泉区科协部门2025').data.headingHint).toBe(1);
    expect(byText('贯彻落实').data.headingHint).toBeUndefined();
  });
});

describe('luquan-2025-plain.docx (LibreOffice: typed numbering, _GoBack bookmark)', () => {
  it('reads every paragraph as a line, the _GoBack bookmark leaves no text', async () => {
    const doc = await read('luquan-2025-plain.docx');
    expect(doc.lines.join('\n')).not.toMatch(/GoBack|bookmark/);
    expect(doc.lines).toContain('7、开展民间科学技术交流活动。');
    expect(doc.blocks.every((b) => !b.data.autoLabel)).toBe(true);
    expect(flatProblems(doc)).toEqual([]);
  });

  it('plain and styled give the same heading lines', async () => {
    const plain = await read('luquan-2025-plain.docx');
    const styled = await read('luquan-2025-styled.docx');
    const headings = (d: FlatDocument) => d.lines.filter((l) => HEADING.test(l));
    expect(headings(plain).length).toBeGreaterThan(20);
    expect(headings(styled)).toEqual(headings(plain));
    // The list items line up too, automatic (styled) or typed (plain).
    const items = (d: FlatDocument) => d.lines.filter((l) => /^\d[.、]/.test(l)).map((l) => l.slice(0, 12));
    expect(items(styled)).toEqual(items(plain));
  });
});

describe('kepu-project-selfeval-table.docx (merged cells)', () => {
  it('resolves colSpan, rowSpan and grid columns', async () => {
    const doc = await read('kepu-project-selfeval-table.docx');
    expect(flatProblems(doc)).toEqual([]);
    const table = doc.blocks.find((b): b is TableNode => b.type === 'table')!;
    const cell = (text: string) => table.children.flatMap((r) => r.children).find((c) => c.text === text)!;
    expect(cell('项目名称')).toMatchObject({ gridColumn: 0, colSpan: 2, rowSpan: 1 });
    expect(cell('项目资金（万元）')).toMatchObject({ gridColumn: 0, rowSpan: 4 });
    expect(cell('产出指标（50分）')).toMatchObject({ gridColumn: 0, rowSpan: 5 });
    expect(cell('数量指标')).toMatchObject({ gridColumn: 1, rowSpan: 2 });
    // The row after a vertical merge starts at the right column although mammoth removed the merged cells.
    const row = table.children.find((r) => r.children.some((c) => c.text === '科普资料发放数量'))!;
    expect(row.children.map((c) => c.gridColumn)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(cell('总分')).toMatchObject({ gridColumn: 0, colSpan: 5 });
    // Empty cells stay in the grid.
    const timely = table.children.find((r) => r.children.some((c) => c.text === '科普橱窗更新频次'))!;
    expect(timely.children.map((c) => c.text)[3]).toBe('');
  });
});
