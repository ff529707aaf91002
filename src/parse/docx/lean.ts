// What of the main part mammoth never reads, so the copy handed to it can leave it out. mammoth builds a full
// xmldom DOM of the part and a second tree from it; on a large document the paragraph and run properties and the
// revision ids (w:rsid*, w14:paraId) are most of both. The lists follow mammoth 1.13.0 (pinned), lib/docx/body-reader.js:
// readParagraphProperties, readRunProperties, the deleted paragraph mark, and no attribute of w:p, w:r or w:tr.

/** Children of w:p/w:pPr that mammoth reads (w:rPr only for the deleted paragraph mark, w:rPr/w:del). */
const READ_IN_PARAGRAPH_PROPERTIES = new Set(['pStyle', 'jc', 'numPr', 'ind', 'rPr']);
const READ_IN_PARAGRAPH_MARK = new Set(['del']);
/** Children of w:r/w:rPr that mammoth reads. */
const READ_IN_RUN_PROPERTIES = new Set(['rStyle', 'sz', 'vertAlign', 'rFonts', 'b', 'u', 'i', 'strike', 'caps', 'smallCaps', 'highlight']);
/** Elements none of whose attributes mammoth reads (their namespace declarations are kept). */
const NO_ATTRIBUTES_READ = new Set(['p', 'r', 'tr']);

/**
 * Whether mammoth skips a W-namespace element (or any element, `isW` false) opened under `path` (the local names of
 * the open W elements, outermost first; other namespaces as `uri|local`): a child of a paragraph's or a run's
 * properties that mammoth does not look at.
 */
export function unreadByMammoth(path: readonly string[], local: string, isW: boolean): boolean {
  const n = path.length;
  const parent = path[n - 1];
  if (parent === 'pPr' && path[n - 2] === 'p') return !(isW && READ_IN_PARAGRAPH_PROPERTIES.has(local));
  if (parent !== 'rPr') return false;
  if (path[n - 2] === 'r') return !(isW && READ_IN_RUN_PROPERTIES.has(local));
  if (path[n - 2] === 'pPr' && path[n - 3] === 'p') return !(isW && READ_IN_PARAGRAPH_MARK.has(local));
  return false;
}

/** Whether the start tag of this W element may lose its attributes (see leanStartTag). */
export function attributesUnread(local: string): boolean {
  return NO_ATTRIBUTES_READ.has(local);
}

const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** A start tag (`<w:p w:rsidR="…" w14:paraId="…">`) without its attributes, namespace declarations kept. */
export function leanStartTag(tag: string): string {
  if (!tag.includes('=')) return tag;
  let lean = /^<[^\s/>]+/.exec(tag)![0];
  for (const m of tag.matchAll(ATTRIBUTE)) if (m[1]!.startsWith('xmlns')) lean += ` ${m[1]}=${m[2]}`;
  return lean + (tag.endsWith('/>') ? '/>' : '>');
}
