// A report's body text as sets of hashed character shingles, per passage, for near-duplicate detection across a
// batch (duplicate-report). Only Chinese characters count: figures, dates, Latin text and punctuation drop out, so two
// reports that differ in their numbers (and in a few swapped names) keep almost all their shingles. Headings, the
// title and the opening lines before the first heading are left out (every report has the same ones); template sentences are removed later, at batch level, by how many reports
// share them.
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';

/** Characters per shingle (5 Chinese characters: short enough to survive a swapped name, long enough to be rare). */
const K = 5;
/** Keep one shingle hash in SAMPLE (a power of two; a fixed residue, the same in every report): Jaccard estimates survive. */
const SAMPLE = 4;
/** Passages shorter than this many Chinese characters are ignored (labels, signatures, dates). */
const MIN_CHARS = 12;
/** Bound on the hashes kept per report (the biggest documents), so summaries stay small. */
const MAX_HASHES = 20_000;
const EXCERPT = 48;

/** A passage: where it stands (the shape of a finding's place) and its shingles. */
export interface Passage {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  section: string[];
  excerpt: string;
  /** Sorted, distinct sampled shingle hashes of the passage. */
  hashes: number[];
}

export interface TextFingerprint {
  passages: Passage[];
  /** Chinese characters of body text considered. */
  chars: number;
}

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** FNV-1a over the UTF-16 units of a shingle, then a murmur finaliser (well-spread low bits for sampling); 30 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Murmur3's finaliser, kept to 30 bits: small integers stay unboxed in V8, so hashing allocates nothing. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x3fffffff;
}

function cjkCodes(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) codes.push(c);
  }
  return codes;
}

/** Sampled shingle hashes of a text's Chinese characters (the same values as hashString on each K-character run). */
export function shingleHashes(text: string): number[] {
  return hashCodes(cjkCodes(text));
}

function hashCodes(codes: readonly number[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i + K <= codes.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + K; j++) {
      h ^= codes[j]!;
      h = Math.imul(h, 0x01000193);
    }
    const v = mix32(h);
    if ((v & (SAMPLE - 1)) === 0) kept.push(v);
  }
  kept.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < kept.length; i++) if (i === 0 || kept[i] !== kept[n - 1]) kept[n++] = kept[i]!;
  kept.length = n;
  return kept;
}

/** Table cells count only when they hold narrative (typed into a 自评表), not labels or figures. */
const CELL_MIN_CHARS = 40;

export function textFingerprint(doc: LintDocument): TextFingerprint {
  const passages: Passage[] = [];
  let chars = 0;
  let kept = 0;
  const paths = new Map<unknown, string[]>();
  // The title and the cover/opening lines before the first heading ("根据…通知要求，现将有关情况报告如下") are
  // template in all but wording; when the report has headings, only what stands under them counts.
  const sectioned = doc.sections().length > 0;
  // Body paragraphs and long table-cell texts; headings are left out.
  for (const node of doc.textNodes()) {
    if (node.type === 'heading' || (sectioned && doc.sectionOf(node) === undefined)) continue;
    const codes = cjkCodes(node.text);
    const n = codes.length;
    if (n < (node.type === 'tableCell' ? CELL_MIN_CHARS : MIN_CHARS)) continue;
    const hashes = hashCodes(codes);
    if (hashes.length === 0) continue;
    if (kept + hashes.length > MAX_HASHES) break;
    kept += hashes.length;
    chars += n;
    // The place is the passage's opening (its excerpt is exactly the text there).
    const where = doc.locate(node, [0, Math.min(node.text.length, EXCERPT)]);
    passages.push({
      line: where.line, column: where.column, endLine: where.endLine, endColumn: where.endColumn,
      section: sectionPathOf(doc, node, paths),
      excerpt: where.excerpt,
      hashes,
    });
  }
  return { passages, chars };
}

/** Section paths are shared by the passages of one section: computed once each. */
function sectionPathOf(doc: LintDocument, node: TextNode, cache: Map<unknown, string[]>): string[] {
  const key = doc.sectionOf(node);
  let path = cache.get(key);
  if (!path) cache.set(key, (path = doc.sectionPath(node)));
  return path;
}

