// Test helper: a section tree as "depth text" lines, and parsing Markdown straight to a LintDocument.
import { readMarkdown } from '../../src/parse/markdown.js';
import { sectionize } from '../../src/tree/sectionize.js';
import { LintDocument } from '../../src/model/document.js';
import type { RootNode, SectionNode } from '../../src/model/types.js';

export function docOf(text: string): LintDocument {
  return new LintDocument(sectionize(readMarkdown(text)), 'test.md');
}

/** Every heading as "<indent by depth><heading text>", in document order. */
export function outline(root: RootNode): string[] {
  const out: string[] = [];
  const walk = (s: SectionNode) => {
    out.push(`${'  '.repeat(s.depth - 1)}${s.heading.text.trim()}`);
    for (const c of s.children) if (c.type === 'section') walk(c);
  };
  for (const c of root.children) if (c.type === 'section') walk(c);
  return out;
}

export function outlineOf(text: string): string[] {
  return outline(docOf(text).root);
}
