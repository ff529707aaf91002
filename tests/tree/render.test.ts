import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPrint, renderTree, treeToJson } from '../../src/cli/views/tree.js';
import { docOf } from './outline.js';
import { parseReport } from '../../src/api.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

describe('renderPrint', () => {
  it('numbers every line, right-aligned, text unchanged after the gutter', () => {
    const doc = docOf(SEED);
    const out = renderPrint(doc).split('\n');
    expect(out[0]).toBe(' 1   附件3');
    expect(out[6]).toBe(' 7        一、部门基本情况');
    expect(out[70]).toMatch(/^71 {3}\[bookmark: _GoBack\]/);
    // the gutter has a fixed width, so column N of line L is at width + 3 + N
    const gutter = String(doc.lines.length).length + 3;
    expect(out[17]!.slice(gutter)).toBe(doc.lines[17]);
  });

  it('marks Markdown table lines in the gutter (with the row), not in the text', () => {
    const doc = docOf('说明\n| 指标 | 值 |\n| --- | --- |\n| 次数 | 3 |\n后文');
    expect(renderPrint(doc).split('\n').slice(0, 5)).toEqual([
      '1    说明', '2 │1 | 指标 | 值 |', '3 │  | --- | --- |', '4 │2 | 次数 | 3 |', '5    后文',
    ]);
  });

  it('marks .docx cell lines with row,column of the grid', async () => {
    const doc = await parseReport(new Uint8Array(readFileSync(new URL('../../fixtures/kepu-project-selfeval-table.docx', import.meta.url))), 'kepu.docx');
    const out = renderPrint(doc).split('\n');
    const first = doc.tables()[0]!.children[0]!.children[0]!;
    const line = first.position.start.line;
    const gutter = out[line - 1]!.slice(0, out[line - 1]!.length - doc.lines[line - 1]!.length);
    expect(gutter).toMatch(/│1,1\s+$/);
    // every rendered line ends with its text unchanged and the gutter width is the same on all lines
    const widths = new Set(out.slice(0, doc.lines.length).map((l, i) => l.length - doc.lines[i]!.length));
    expect(widths.size).toBe(1);
  });
});

describe('renderTree and treeToJson', () => {
  const doc = docOf(SEED);

  it('outline with label, title, line and counts', () => {
    const out = renderTree(doc);
    expect(out).toContain('标题: 附件3鹿泉区科协部门2025年度整体支出绩效自评报告');
    expect(out).toContain('\n一、部门基本情况  (第 7 行; 0 段)\n');
    expect(out).toContain('\n  （一）部门概况  (第 8 行; 8 段)\n');
    expect(out).toContain('    （一)科普活动成效明显');
    expect(out).toMatch(/分项绩效目标实现情况/);
    expect(out).toMatch(/\n六、/);
    expect(renderTree(doc, { locale: 'en' })).toContain('一、部门基本情况  (line 7; 0 paragraphs)');
  });

  it('JSON headings carry label, kind, level, line and children', () => {
    const json = treeToJson(doc);
    expect(json.title).toBe(doc.title);
    expect(json.headings.map((h) => h.label)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    const third = json.headings[0]!.children[2]!;
    expect(third).toMatchObject({ label: '（3）', kind: 'paren-arabic', levelKind: 'paren-chinese', level: 2, line: 19, title: '部门整体支出绩效目标、指标' });
    expect(third.children[0]).toMatchObject({ label: '（一）', level: 3, line: 20 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('counts tables', () => {
    const d = docOf('一、指标\n| a | b |\n| - | - |\n| 1 | 2 |\n说明');
    expect(renderTree(d)).toContain('一、指标  (第 1 行; 1 段，1 个表格)');
    expect(treeToJson(d).headings[0]).toMatchObject({ paragraphs: 1, tables: 1 });
  });
});
