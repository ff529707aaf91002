import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/parse/markdown.js';
import { sectionize } from '../../src/tree/sectionize.js';
import { LintDocument } from '../../src/model/document.js';
import type { ParagraphNode, TableNode, TextNode } from '../../src/model/types.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

const paragraphs = (text: string) => readMarkdown(text).blocks.filter((b): b is ParagraphNode => b.type === 'paragraph');

/** The source text under a span of a node, read back through its segments. */
function sourceOf(doc: LintDocument, node: TextNode, span: [number, number]): string {
  const where = doc.locate(node, span);
  let out = '';
  for (let k = span[0]; k < span[1]; k++) {
    const p = doc.locate(node, [k, k + 1]);
    out += doc.lines[p.line - 1]![p.column - 1];
  }
  expect(where.excerpt).toBe(node.text.slice(span[0], span[1]));
  return out;
}

describe('readMarkdown: lines and paragraphs', () => {
  it('keeps the source lines as the rendering', () => {
    const flat = readMarkdown(SEED);
    expect(flat.format).toBe('markdown');
    expect(flat.lines[0]).toBe('附件3');
    expect(flat.lines).toHaveLength(SEED.replace(/\n$/, '').split('\n').length);
  });

  it('one paragraph per non-empty line, text trimmed', () => {
    const ps = paragraphs('第一行\n   第二行缩进  \n\n\t第三行\n\u3000\u3000全角缩进');
    expect(ps.map((p) => p.text)).toEqual(['第一行', '第二行缩进', '第三行', '全角缩进']);
    expect(ps.map((p) => p.position.start)).toEqual([
      { line: 1, column: 1 }, { line: 2, column: 4 }, { line: 4, column: 2 }, { line: 5, column: 3 },
    ]);
    expect(ps[1]!.position.end).toEqual({ line: 2, column: 9 });
  });

  it('indentation never makes a code block', () => {
    const ps = paragraphs('正文\n\n    一、部门基本情况\n        （一）部门概况\n');
    expect(ps.map((p) => p.text)).toEqual(['正文', '一、部门基本情况', '（一）部门概况']);
  });

  it('each line of a soft-wrapped paragraph is its own paragraph', () => {
    const ps = paragraphs('我单位2024年度收入100万元。\n（二）分项绩效\n完成情况良好。');
    expect(ps.map((p) => p.text)).toEqual(['我单位2024年度收入100万元。', '（二）分项绩效', '完成情况良好。']);
  });

  it('list items keep their marker as written', () => {
    const ps = paragraphs('1. 开展学术交流\n2. 组织\n- 条目\n* 星号\n7、开展');
    expect(ps.map((p) => p.text)).toEqual(['1. 开展学术交流', '2. 组织', '- 条目', '* 星号', '7、开展']);
  });

  it('ATX and setext headings give headingHint and lose their marks', () => {
    const ps = paragraphs('# 报告标题\n\n## 一、概况 ##\n\n设置标题\n===\n\n二级\n---\n正文');
    expect(ps.map((p) => [p.text, p.data.headingHint])).toEqual([
      ['报告标题', 1], ['一、概况', 2], ['设置标题', 1], ['二级', 2], ['正文', undefined],
    ]);
    expect(ps[1]!.position.start).toEqual({ line: 3, column: 4 });
  });

  it('fenced code, HTML comments and thematic breaks are not report text', () => {
    const ps = paragraphs('正文一\n```\n一、不是标题\n```\n<!-- 注释\n二、也不是 -->\n***\n~~~\n代码\n~~~\n正文二 <!-- 行内注释 -->');
    expect(ps.map((p) => p.text)).toEqual(['正文一', '正文二']);
  });

  it('strips emphasis, inline code, links and block quote markers, keeps the rest', () => {
    const ps = paragraphs('**重点**内容`代码`和[链接](http://x.cn)与![图](a.png)\n> 引用 __强调__\n填写____年度\n路径 a\\*b');
    expect(ps.map((p) => p.text)).toEqual(['重点内容代码和链接与图', '引用 强调', '填写____年度', '路径 a*b']);
    expect(paragraphs('*注：单位为万元*\n* 列表项\n2*3*4 与 **粗*斜*粗**').map((p) => p.text)).toEqual(['注：单位为万元', '* 列表项', '234 与 粗斜粗']);
  });

  it('drops HTML tags but keeps text in angle brackets that is not a tag', () => {
    expect(paragraphs('<center>一、概况</center>\n<div align="right">\n正文<br/>续\n<附件1>说明\n3<5 且 a > b').map((p) => p.text))
      .toEqual(['一、概况', '正文续', '<附件1>说明', '3<5 且 a > b']);
  });

  it('leaves [bookmark: _GoBack] as text', () => {
    const ps = paragraphs('[bookmark: _GoBack]科协副主席：朱永刚');
    expect(ps[0]!.text).toBe('[bookmark: _GoBack]科协副主席：朱永刚');
  });

  it('makes no paragraph for empty lines or lines that are only syntax', () => {
    expect(paragraphs('\n\n   \n\t\n')).toEqual([]);
    expect(paragraphs('#\n\n>\n\n<!-- -->\n---')).toEqual([]);
  });
});

describe('readMarkdown: segments map text offsets to exact source columns', () => {
  it('every character of every paragraph in the seed maps back to itself', () => {
    const doc = new LintDocument(sectionize(readMarkdown(SEED)));
    for (const node of doc.textNodes()) {
      expect(sourceOf(doc, node, [0, node.text.length])).toBe(node.text);
    }
  });

  it('across removed syntax the columns stay true', () => {
    const doc = new LintDocument(sectionize(readMarkdown('  **收入**为`271.77`万元，见[附表](t.md)。')));
    const p = doc.paragraphs()[0]!;
    expect(p.text).toBe('收入为271.77万元，见附表。');
    const at = p.text.indexOf('271.77');
    const loc = doc.locate(p, [at, at + 6]);
    expect(loc).toMatchObject({ line: 1, column: 11, endLine: 1, endColumn: 17, excerpt: '271.77' });
    expect(doc.lines[0]!.slice(loc.column - 1, loc.endColumn - 1)).toBe('271.77');
    const fu = p.text.indexOf('附表');
    expect(doc.lines[0]!.slice(doc.locate(p, [fu, fu + 2]).column - 1).startsWith('附表')).toBe(true);
  });

  it('a finding excerpt equals the source slice (seed: 鹿发﹝2019﹞8号, 全县)', () => {
    const doc = new LintDocument(sectionize(readMarkdown(SEED)));
    for (const needle of ['鹿发﹝2019﹞8号', '全县', '[bookmark: _GoBack]', '271.77', '（3）']) {
      const node = doc.textNodes().find((n) => n.text.includes(needle))!;
      const at = node.text.indexOf(needle);
      const loc = doc.locate(node, [at, at + needle.length]);
      expect(loc.excerpt).toBe(needle);
      expect(loc.line).toBe(loc.endLine);
      expect(doc.lines[loc.line - 1]!.slice(loc.column - 1, loc.endColumn - 1)).toBe(needle);
    }
  });
});

describe('readMarkdown: GFM tables', () => {
  const src = '说明\n\n| 指标 | 目标值 | 实际值 |\n| --- | :-: | --- |\n| 活动次数 | ≥6次 | **3次** |\n| 宣传资料 \\| 份 | 2000 |  |\n\n后文';
  const flat = readMarkdown(src);
  const table = flat.blocks.find((b): b is TableNode => b.type === 'table')!;

  it('rows and cells with grid columns, header row first', () => {
    expect(flat.blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(table.children).toHaveLength(3);
    expect(table.children[0]!.isHeader).toBe(true);
    expect(table.children.map((r) => r.children.map((c) => c.text))).toEqual([
      ['指标', '目标值', '实际值'], ['活动次数', '≥6次', '3次'], ['宣传资料 | 份', '2000', ''],
    ]);
    for (const row of table.children) {
      row.children.forEach((c, i) => expect(c).toMatchObject({ colSpan: 1, rowSpan: 1, gridColumn: i }));
    }
  });

  it('cell positions point into the source line', () => {
    const doc = new LintDocument(sectionize(flat));
    const cell = table.children[1]!.children[2]!;
    const loc = doc.locate(cell, [0, 2]);
    expect(loc.line).toBe(5);
    expect(doc.lines[4]!.slice(loc.column - 1, loc.endColumn - 1)).toBe('3次');
    expect(doc.tableOf(cell)).toBe(table);
  });
});

describe('readMarkdown: long pasted documents are parsed in chunks without changing the result', () => {
  const filler = (n: number, word = '正文') => Array.from({ length: n }, (_, i) => `第${i}行${word}。`);

  it('a fence across the chunk boundary stays code', () => {
    const src = [...filler(195), '```', ...filler(20, '代码'), '```', ...filler(100)].join('\n');
    const ps = paragraphs(src);
    expect(ps.some((p) => p.text.includes('代码'))).toBe(false);
    expect(ps).toHaveLength(295);
    expect(ps[195]!.position.start.line).toBe(218);
  });

  it('an HTML comment across the boundary stays hidden', () => {
    const src = [...filler(198), '<!--', ...filler(10, '注释'), '-->', ...filler(10)].join('\n');
    const ps = paragraphs(src);
    expect(ps.filter((p) => p.text.includes('注释'))).toEqual([]);
    expect(ps).toHaveLength(208);
  });

  it('a table across the boundary stays one table', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `| 指标${i} | ${i} |`);
    const src = [...filler(190), '| 指标 | 值 |', '| --- | --- |', ...rows, ...filler(10)].join('\n');
    const flat = readMarkdown(src);
    const tables = flat.blocks.filter((b): b is TableNode => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.children).toHaveLength(21);
    expect(flat.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(200);
  });

  it('setext underline right after the boundary still makes a heading', () => {
    const src = [...filler(200), '标题行', '---', '正文'].join('\n');
    const ps = paragraphs(src);
    expect(ps.find((p) => p.text === '标题行')?.data.headingHint).toBe(2);
    expect(ps.some((p) => p.text === '---')).toBe(false);
  });

  it('a line without a pipe ends a table (GFM would make it a row)', () => {
    const flat = readMarkdown('| a | b |\n| - | - |\n| 1 | 2 |\n2.效益指标\n| c | d |\n| - | - |\n| 3 | 4 |');
    expect(flat.blocks.map((b) => b.type)).toEqual(['table', 'paragraph', 'table']);
    expect((flat.blocks[1] as ParagraphNode).text).toBe('2.效益指标');
    expect((flat.blocks[2] as TableNode).position.start.line).toBe(5);
  });
});

describe('readMarkdown: pathological inline syntax', () => {
  it.each([['**a'], ['*a'], ['[a](b'], ['`a'], ['__a'], ['<a b=c']])('20 000 × %s on two lines', (unit) => {
    const line = unit.repeat(20000);
    const flat = readMarkdown(`一、概况\n${line}\n${line}`);
    expect(flat.blocks).toHaveLength(3);
  });

  it('a fence inside a list item still hides its code', () => {
    expect(paragraphs('- 条目\n- ```\n  一、代码\n  ```\n正文').map((p) => p.text)).toEqual(['- 条目', '正文']);
  });
});
