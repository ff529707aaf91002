// Property tests: any text (random Unicode, numbering-heavy lines, Markdown syntax) parses without throwing, every
// node lies inside the document, segments point at the right source characters, and the result is deterministic.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readMarkdown } from '../../src/parse/markdown.js';
import { sectionize } from '../../src/tree/sectionize.js';
import { parseLabel } from '../../src/tree/labels.js';
import { LintDocument, comparePoints } from '../../src/model/document.js';
import type { AnyNode, FlatDocument, ParagraphNode, Position, RootNode, SectionNode } from '../../src/model/types.js';
import { renderPrint, renderTree, treeToJson } from '../../src/cli/views/tree.js';

const labels = ['一、', '二、', '十一、', '（一）', '（二）', '(三)', '（一)', '（二）。', '1.', '2、', '3．', '１．', '（1）', '(2)', '（3）', '（0）', '（〇）', '0.', '1 ', '2　', '一 、', '(十一)',
  '①', '②', '1.1', '1.2.3', '4)', '2.5', '2024.', '一是', '# ', '## ', '> ', '- ', '* ', '    ', '\u3000\u3000', '| ', '```', '<!-- '];
const words = ['部门概况', '绩效目标', '完成情况：开展活动3次。', '科普活动成效明显，重点人群科学素质不断提升。', '271.77万元', '|', '**',
  '`', '[链接](u)', '——', '……1', '\t3', '-->', '\\', '_', '__', '|---|---|', ' ', '。多数人员认为，科普知识只对人们的思想认识起潜移默化的作用'];

const numberedLine = fc.tuple(fc.constantFrom(...labels), fc.array(fc.constantFrom(...words), { maxLength: 4 }))
  .map(([l, ws]) => l + ws.join(''));
const randomLine = fc.string({ unit: 'grapheme', maxLength: 30 });
const document = fc.array(fc.oneof({ weight: 3, arbitrary: numberedLine }, { weight: 1, arbitrary: randomLine }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 40 })
  .map((ls) => ls.join('\n'));
const anyText = fc.oneof(document, fc.string({ unit: 'binary', maxLength: 300 }));

function within(pos: Position, root: RootNode) {
  expect(pos.start.line).toBeGreaterThanOrEqual(1);
  expect(pos.start.column).toBeGreaterThanOrEqual(1);
  expect(comparePoints(pos.start, pos.end)).toBeLessThanOrEqual(0);
  expect(pos.end.line).toBeLessThanOrEqual(Math.max(1, root.data.lines.length));
  const endLine = root.data.lines[pos.end.line - 1] ?? '';
  expect(pos.end.column).toBeLessThanOrEqual(endLine.length + 1);
}

function check(text: string) {
  const root = sectionize(readMarkdown(text));
  const doc = new LintDocument(root);
  const visit = (node: AnyNode, parent?: SectionNode) => {
    within(node.position, root);
    if (parent) {
      expect(comparePoints(node.position.start, parent.position.start)).toBeGreaterThanOrEqual(0);
      expect(comparePoints(node.position.end, parent.position.end)).toBeLessThanOrEqual(0);
    }
    if (node.type === 'section') {
      expect(node.depth).toBe(parent ? parent.depth + 1 : 1);
      within(node.heading.position, root);
      for (const c of node.children) visit(c, node);
    } else if (node.type === 'table') {
      for (const row of node.children) for (const cell of row.children) within(cell.position, root);
    }
  };
  for (const c of root.children) visit(c);
  for (const node of doc.textNodes()) {
    // each character of the text sits at its mapped source column
    for (let k = 0; k < node.text.length; k++) {
      const at = doc.locate(node, [k, k + 1]);
      expect(root.data.lines[at.line - 1]![at.column - 1]).toBe(node.text[k]);
    }
  }
  return doc;
}

/** A .docx-like flat document: one paragraph per line, random heading hints, styles and auto labels. */
const styledLine = fc.record({
  text: fc.oneof(numberedLine, randomLine),
  hint: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  style: fc.option(fc.constantFrom('heading 1', 'toc 1', 'Body Text', 'List Paragraph'), { nil: undefined }),
  auto: fc.option(fc.constantFrom('1.', '一、', '（1）', '•'), { nil: undefined }),
});
// Like the .docx reader: a soft line break inside a paragraph starts a new rendered line.
const flatDocument = fc.array(fc.tuple(styledLine, fc.option(numberedLine, { nil: undefined })), { maxLength: 40 }).map((items): FlatDocument => {
  const lines: string[] = [];
  const blocks: ParagraphNode[] = items.map(([it, afterBreak]) => {
    const first = (it.auto ? `${it.auto}${it.text}` : it.text).replace(/\n/g, ' ');
    const text = afterBreak === undefined ? first : `${first}\n${afterBreak.replace(/\n/g, ' ')}`;
    const segments = [];
    let offset = 0;
    for (const part of text.split('\n')) {
      lines.push(part);
      segments.push({ offset, line: lines.length, column: 1 });
      offset += part.length + 1;
    }
    const data: ParagraphNode['data'] = { segments };
    if (it.hint) data.headingHint = it.hint;
    if (it.style) data.style = it.style;
    if (it.auto) data.autoLabel = it.auto;
    const startLine = segments[0]!.line;
    return { type: 'paragraph', text, data, position: { start: { line: startLine, column: 1 }, end: { line: lines.length, column: lines[lines.length - 1]!.length + 1 } } };
  });
  return { format: 'docx', lines, blocks, readerNotes: [] };
});

describe('fuzz', () => {
  it('styled flat documents: no exception, consistent depths, every block kept once', () => {
    fc.assert(fc.property(flatDocument, (flat) => {
      const count = flat.blocks.length;
      const root = sectionize(flat);
      const doc = new LintDocument(root);
      let seen = 0;
      const visit = (children: RootNode['children'], depth: number) => {
        for (const c of children) {
          seen++;
          if (c.type === 'section') {
            expect(c.depth).toBe(depth);
            visit(c.children, depth + 1);
          }
        }
      };
      visit(root.children, 1);
      expect(seen).toBeGreaterThanOrEqual(count); // paragraphs with numbered lines after a break are split
      expect(doc.textNodes().length).toBe(seen);
      for (const node of doc.textNodes()) {
        for (let k = 0; k < node.text.length; k++) {
          if (node.text[k] === '\n') continue;
          const at = doc.locate(node, [k, k + 1]);
          expect(flat.lines[at.line - 1]![at.column - 1]).toBe(node.text[k]);
        }
      }
      expect(JSON.stringify(treeToJson(doc))).toBe(JSON.stringify(treeToJson(new LintDocument(sectionize(structuredClone(flat))))));
    }), { numRuns: 300 });
  });

  it('never throws, positions inside the document, segments exact', () => {
    fc.assert(fc.property(anyText, (text) => { check(text); }), { numRuns: 400 });
  });

  it('the no-parse fast path for pasted text gives what remark would give', () => {
    const plain = fc.array(fc.oneof(numberedLine, randomLine), { maxLength: 30 }).map((ls) => ls.join('\n'));
    fc.assert(fc.property(plain, (text) => {
      const lineCount = text.split('\n').length;
      const strip = (blocks: ReturnType<typeof readMarkdown>['blocks']) => blocks
        .filter((b) => b.position.start.line <= lineCount)
        .map((b) => JSON.stringify(b));
      // a "|" line makes its chunk structural, so remark parses it
      expect(strip(readMarkdown(`${text}\n|`).blocks)).toEqual(strip(readMarkdown(text).blocks));
    }), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(document, (text) => {
      const a = new LintDocument(sectionize(readMarkdown(text)));
      const b = new LintDocument(sectionize(readMarkdown(text)));
      expect(treeToJson(a)).toEqual(treeToJson(b));
      expect(renderTree(a)).toBe(renderTree(b));
      expect(renderPrint(a)).toBe(renderPrint(b));
    }), { numRuns: 150 });
  });

  it('parseLabel never throws and its raw is a prefix of the trimmed text', () => {
    fc.assert(fc.property(fc.oneof(numberedLine, randomLine), (line) => {
      const label = parseLabel(line);
      if (label) {
        expect(line.trimStart().startsWith(label.raw)).toBe(true);
        expect(label.value).toBeGreaterThan(0);
      }
    }), { numRuns: 1000 });
  });
});
