// Table-of-contents paragraphs are not headings (they would count as duplicate sections) and not title lines.
// A TOC is recognised by Word's "toc N" styles, by entries ending in a page number ("一、概况……3"), and, for a TOC
// pasted as plain lines without page numbers, by a "目录" line whose entries are repeated by the body after it.
import type { BlockNode, ParagraphNode } from '../model/types.js';

const TOC_STYLE = /^(toc|目录)\s*\d|^toc heading$|^目录标题$/i;
// "一、部门基本情况……3", "1.1 概况 .......... 12", "概况\t3"
const TOC_LINE = /(?:[.．·…‥·\-—_]{3,}|…{2,}|\t)[ \t]*(?:\d{1,4}|[ivxlc]{1,6})[ \t]*$/i;
const TOC_TITLE = /^目[ \t\u3000]*录$/;
/** How far after "目录" the body may repeat the first entries. */
const MAX_TOC_LENGTH = 400;

export function isTocParagraph(para: ParagraphNode): boolean {
  if (para.data.toc === true) return true;
  const style = typeof para.data.style === 'string' ? para.data.style.trim() : '';
  if (style && TOC_STYLE.test(style)) return true;
  if (TOC_TITLE.test(para.text.trim())) return true;
  return TOC_LINE.test(para.text);
}

/** Text of an entry without spaces, dot leaders and page number, for comparing TOC entries with body headings. */
function entryKey(text: string): string {
  return text.replace(/(?:[.．·…‥\-—_]{2,}|…+|\t)[ \t]*(?:\d{1,4}|[ivxlc]{1,6})?[ \t]*$/i, '').replace(/[\s\u3000]+/g, '');
}

/** Mark every table-of-contents paragraph with `data.toc = true`. */
export function markToc(blocks: BlockNode[]) {
  blocks.forEach((block, i) => {
    if (block.type !== 'paragraph') return;
    if (isTocParagraph(block)) block.data.toc = true;
    if (TOC_TITLE.test(block.text.trim())) markPlainToc(blocks, i);
  });
}

/**
 * After a "目录" line: the entries are the lines up to where the body repeats one of the first three entries. The
 * body may split an entry over two lines ("第一部分" / "部门概况"), so the cut moves back over lines that are parts of
 * the entries before the repeated one.
 */
function markPlainToc(blocks: BlockNode[], titleIndex: number) {
  const entries: { index: number; key: string }[] = [];
  for (let i = titleIndex + 1; i < blocks.length && entries.length < 3; i++) {
    const b = blocks[i]!;
    if (b.type !== 'paragraph') return;
    const key = entryKey(b.text);
    if (!key) continue;
    // entries are headings: short, not sentences
    if (key.length > 40 || /[。；;！!？?]$/.test(key)) return;
    entries.push({ index: i, key });
  }
  if (entries.length === 0) return;
  const lastEntry = entries[entries.length - 1]!.index;
  const limit = Math.min(blocks.length, titleIndex + MAX_TOC_LENGTH);
  for (let j = lastEntry + 1; j < limit; j++) {
    const b = blocks[j]!;
    if (b.type !== 'paragraph') continue;
    const key = entryKey(b.text);
    const k = entries.findIndex((e) => e.key === key);
    if (k === -1) continue;
    const before = entries.slice(0, k).map((e) => e.key).join('');
    let start = j;
    while (start - 1 > lastEntry) {
      const prev = blocks[start - 1]!;
      const prevKey = prev.type === 'paragraph' ? entryKey(prev.text) : '';
      if (!prevKey || !before.includes(prevKey)) break;
      start--;
    }
    for (let t = titleIndex; t < start; t++) {
      const block = blocks[t]!;
      if (block.type === 'paragraph') block.data.toc = true;
    }
    return;
  }
}
