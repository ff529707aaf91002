// Near-duplicate pairs in a set of documents given as sets of shingle hashes: MinHash signatures and locality-
// sensitive hashing (banding), so the work grows linearly with the number of documents instead of with the number of
// pairs; candidate pairs are then verified exactly. Shingles shared by many documents (template sentences) are
// dropped first, so only what a unit wrote itself is compared.
import { mix32 } from './shingles.js';

const BANDS = 20;
const ROWS = 2;
const PERMUTATIONS = BANDS * ROWS;
/** A band value shared by more documents than this is template-like: such a bucket yields no candidates. */
const MAX_BUCKET = 50;

export interface NearDuplicateOptions {
  /** Minimum Jaccard similarity of the (template-free) shingle sets. */
  threshold: number;
  /** Minimum number of shared (sampled) shingles, so that two short texts never make a pair. */
  minShared: number;
}

export interface NearDuplicatePair {
  a: number;
  b: number;
  similarity: number;
  /** Shingles of both documents after template removal. */
  shared: Set<number>;
}

/** Shingles in at least `limit` documents (each document counted once). */
export function commonShingles(sets: readonly (readonly number[])[], limit: number): Set<number> {
  const df = new Map<number, number>();
  for (const set of sets) for (const h of set) df.set(h, (df.get(h) ?? 0) + 1);
  const common = new Set<number>();
  for (const [h, n] of df) if (n >= limit) common.add(h);
  return common;
}

const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x7feb352d)));

function signature(set: readonly number[]): Int32Array {
  const sig = new Int32Array(PERMUTATIONS).fill(0x3fffffff);
  for (const h of set) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = mix32(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Pairs (a < b) of documents whose shingle sets are at least `threshold` alike. `sets` must be sorted and distinct. */
export function nearDuplicates(sets: readonly (readonly number[])[], options: NearDuplicateOptions): NearDuplicatePair[] {
  const candidates = new Set<number>();
  const buckets = new Map<string, number[]>();
  const n = sets.length;
  sets.forEach((set, doc) => {
    if (set.length < options.minShared) return;
    const sig = signature(set);
    for (let band = 0; band < BANDS; band++) {
      let key = `${band}`;
      for (let r = 0; r < ROWS; r++) key += `:${sig[band * ROWS + r]}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(doc);
    }
  });
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) candidates.add(bucket[i]! * n + bucket[j]!);
    }
  }
  const pairs: NearDuplicatePair[] = [];
  for (const key of [...candidates].sort((x, y) => x - y)) {
    const a = Math.floor(key / n), b = key % n;
    const shared = intersect(sets[a]!, sets[b]!);
    const union = sets[a]!.length + sets[b]!.length - shared.size;
    const similarity = union ? shared.size / union : 0;
    if (similarity >= options.threshold && shared.size >= options.minShared) pairs.push({ a, b, similarity, shared });
  }
  return pairs;
}

function intersect(x: readonly number[], y: readonly number[]): Set<number> {
  const out = new Set<number>();
  let i = 0, j = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else { out.add(x[i]!); i++; j++; }
  }
  return out;
}
