// duplicate-report: two reports of a batch from different units whose own text (template sentences and headings
// left out) is largely the same, numbers and a few names swapped or not. Each file gets one finding per copy, naming
// the other file and the shared passages. Per file, in the worker: sampled Chinese-character shingles per passage;
// across the batch: template shingles removed by document frequency, MinHash + LSH candidates, exact Jaccard check.
import { z } from 'zod';
import {
  commonShingles, defineRule, docInfo, nearDuplicates, textFingerprint, type BatchEntry, type Passage, type RelatedLocation,
} from '../src/rule-kit.js';

const options = z.object({
  /** Minimum similarity (Jaccard, 0–1) of two reports' own text. */
  threshold: z.number().min(0.1).max(1).default(0.5),
  /** Reports with less body text than this (Chinese characters) are not compared. */
  minChars: z.number().int().min(50).default(300),
});
type Options = z.output<typeof options>;

interface Summary {
  unit?: string;
  passages: Passage[];
}

/** A shingle in this many reports of the batch (at least 3, or 5 % of the batch) is template text. */
const templateLimit = (n: number) => Math.max(3, Math.ceil(n * 0.05));
/** Shared passages quoted in the message. */
const QUOTED = 2;
const QUOTE_CHARS = 18;
const RELATED = 3;

function distinctSorted(passages: readonly Passage[]): number[] {
  let n = 0;
  for (const p of passages) n += p.hashes.length;
  const all = new Uint32Array(n);
  let i = 0;
  for (const p of passages) for (const h of p.hashes) all[i++] = h;
  all.sort();
  const out: number[] = [];
  for (let j = 0; j < all.length; j++) if (j === 0 || all[j] !== all[j - 1]) out.push(all[j]!);
  return out;
}

/**
 * Passages of `own` whose own text (template shingles aside) is mostly shared, each with its best match among
 * `other`'s passages.
 */
function sharedPassages(own: readonly Passage[], other: readonly Passage[], shared: Set<number>, template: Set<number>) {
  const owner = new Map<number, number[]>();
  other.forEach((p, i) => { for (const h of p.hashes) if (shared.has(h)) (owner.get(h) ?? owner.set(h, []).get(h)!).push(i); });
  const out: { passage: Passage; match: Passage }[] = [];
  for (const passage of own) {
    const ownHashes = passage.hashes.filter((h) => !template.has(h));
    const mine = ownHashes.filter((h) => shared.has(h));
    if (mine.length < 2 || mine.length * 2 < ownHashes.length) continue;
    const votes = new Map<number, number>();
    for (const h of mine) for (const i of owner.get(h) ?? []) votes.set(i, (votes.get(i) ?? 0) + 1);
    let best = -1, most = 0;
    for (const [i, v] of votes) if (v > most || (v === most && i < best)) [best, most] = [i, v];
    if (best >= 0) out.push({ passage, match: other[best]! });
  }
  return out;
}

const quote = (p: Passage) => (p.excerpt.length > QUOTE_CHARS ? `${p.excerpt.slice(0, QUOTE_CHARS)}…` : p.excerpt);
const related = (filePath: string, p: Passage): RelatedLocation =>
  ({ filePath, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, excerpt: p.excerpt });

export default defineRule({
  meta: {
    id: 'duplicate-report',
    description: {
      'zh-CN': '同一批次中不同单位的两份报告正文大部分相同（不计模板文字和标题；数字、名称替换后的近似重复也算）',
      en: 'Two reports of one batch from different units share most of their text (template text and headings aside; also with numbers or names swapped)',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      duplicate: {
        'zh-CN': '本报告与 {other} 的正文大部分相同（不计模板文字，相似度 {percent}%），有 {count} 段相同或近似，如{passages}；请核实是否照抄他人报告',
        en: 'this report shares most of its text with {other} (template text aside, {percent}% alike): {count} passages the same or nearly so, e.g. {passages}; check whether it was copied',
      },
    },
    tags: ['batch', 'consistency'],
  },
  check() {
    // Nothing to find in one report alone: see `batch`.
  },
  batch: {
    summarize({ doc, options: o }): Summary | undefined {
      const fingerprint = textFingerprint(doc);
      if (fingerprint.chars < o.minChars) return undefined;
      const unit = docInfo(doc).unit;
      return { ...(unit ? { unit } : {}), passages: fingerprint.passages };
    },
    check({ entries, report }) {
      const list = entries as readonly BatchEntry<Options>[];
      const summaries = list.map((e) => e.summary as Summary);
      const raw = summaries.map((s) => distinctSorted(s.passages));
      const template = commonShingles(raw, templateLimit(list.length));
      const own = raw.map((set) => set.filter((h) => !template.has(h)));
      const { threshold } = list[0]!.options;
      for (const pair of nearDuplicates(own, { threshold, minShared: 20 })) {
        const [a, b] = [list[pair.a]!, list[pair.b]!];
        const [sa, sb] = [summaries[pair.a]!, summaries[pair.b]!];
        // The same unit twice (a draft and its final version, a .docx and its Markdown copy) is not copying.
        if (sa.unit && sa.unit === sb.unit) continue;
        for (const [self, other, mine, theirs] of [[a, b, sa, sb], [b, a, sb, sa]] as const) {
          const passages = sharedPassages(mine.passages, theirs.passages, pair.shared, template);
          if (passages.length === 0) continue;
          report({
            entry: self.index,
            messageId: 'duplicate',
            data: {
              other: other.displayPath,
              percent: Math.round(pair.similarity * 100),
              count: passages.length,
              passages: passages.slice(0, QUOTED).map((p) => `「${quote(p.passage)}」`).join(''),
            },
            place: passages[0]!.passage,
            related: passages.slice(0, RELATED).map((p) => related(other.filePath, p.match)),
          });
        }
      }
    },
  },
});
