// A report's body text as sets of hashed character shingles, per passage, for near-duplicate detection across a
// batch (duplicate-report). Only Chinese characters count: figures, dates, Latin text and punctuation drop out, so two
// reports that differ in their numbers (and in a few swapped names) keep almost all their shingles. Headings are left
// out (every report has the same ones); template sentences are removed later, at batch level, by how many reports
// share them.
import type { LintDocument } from '../model/document.js';
import type { MessagePlace } from '../engine/result.js';
import type { TextNode } from '../model/types.js';

/** Characters per shingle (5 Chinese characters: short enough to survive a swapped name, long enough to be rare). */
const K = 5;
/** Keep one shingle hash in SAMPLE (a fixed hash residue, the same in every report): Jaccard estimates survive. */
const SAMPLE = 4;
/** Passages shorter than this many Chinese characters are ignored (labels, signatures, dates). */
const MIN_CHARS = 12;
/** Bound on the hashes kept per report (the biggest documents), so summaries stay small. */
const MAX_HASHES = 20_000;
const EXCERPT = 48;

export interface Passage extends MessagePlace {
  /** Sorted, distinct sampled shingle hashes of the passage. */
  hashes: number[];
}

export interface TextFingerprint {
  passages: Passage[];
  /** Chinese characters of body text considered. */
  chars: number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** FNV-1a over the UTF-16 units of a shingle, then a murmur finaliser (well-spread low bits for sampling). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sampled shingle hashes of a text's Chinese characters. */
export function shingleHashes(text: string): number[] {
  let chars = '';
  for (const ch of text) if (CJK.test(ch)) chars += ch;
  const out = new Set<number>();
  for (let i = 0; i + K <= chars.length; i++) {
    const h = hashString(chars.slice(i, i + K));
    if (h % SAMPLE === 0) out.add(h);
  }
  return [...out].sort((a, b) => a - b);
}

function cjkCount(text: string): number {
  let n = 0;
  for (const ch of text) if (CJK.test(ch)) n++;
  return n;
}

/** Body paragraphs and long table-cell texts (narrative typed into a 自评表), headings excluded. */
function bodyNodes(doc: LintDocument): TextNode[] {
  return doc.textNodes().filter((n) => n.type === 'paragraph' || (n.type === 'tableCell' && cjkCount(n.text) >= 40));
}

export function textFingerprint(doc: LintDocument): TextFingerprint {
  const passages: Passage[] = [];
  let chars = 0;
  let kept = 0;
  for (const node of bodyNodes(doc)) {
    const n = cjkCount(node.text);
    if (n < MIN_CHARS) continue;
    const hashes = shingleHashes(node.text);
    if (hashes.length === 0) continue;
    if (kept + hashes.length > MAX_HASHES) break;
    kept += hashes.length;
    chars += n;
    // The place is the passage's opening (its excerpt is exactly the text there).
    const where = doc.locate(node, [0, Math.min(node.text.length, EXCERPT)]);
    passages.push({
      line: where.line, column: where.column, endLine: where.endLine, endColumn: where.endColumn,
      section: doc.sectionPath(node),
      excerpt: where.excerpt,
      hashes,
    });
  }
  return { passages, chars };
}
