// How alike two labels are ("制作与发放的科普宣传资料" vs "科普宣传资料"): Dice coefficient over character bigrams,
// with function words removed so that "开展…活动" and "展…活动" still match.

const STOP = /[的了和与及或在对向为是把被将等之其中各个、，。“”"'（）()\s]/g;
const GENERIC = new Set(['开展', '组织', '举办', '完成', '实际', '全年', '年度', '累计', '共计', '总共', '一年', '数量', '情况', '总数', '次数']);

/** A label's bigrams counted: gram → how often, and how many in all. */
interface Bigrams { counts: Map<string, number>; total: number }

// Labels repeat a lot across one document's pairings; the cache is cleared when it grows large.
const bigramCache = new Map<string, Bigrams>();

function bigrams(label: string): Bigrams {
  let grams = bigramCache.get(label);
  if (!grams) {
    if (bigramCache.size > 20000) bigramCache.clear();
    grams = computeBigrams(label);
    bigramCache.set(label, grams);
  }
  return grams;
}

function computeBigrams(label: string): Bigrams {
  const text = withoutStopWords(label);
  const counts = new Map<string, number>();
  let total = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    if (GENERIC.has(g)) continue;
    counts.set(g, (counts.get(g) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}

export function labelSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.total || !y.total) return 0;
  // each gram pairs up as often as it occurs in both labels
  const [small, large] = x.counts.size <= y.counts.size ? [x.counts, y.counts] : [y.counts, x.counts];
  let shared = 0;
  for (const [g, n] of small) {
    const m = large.get(g);
    if (m) shared += Math.min(n, m);
  }
  return (2 * shared) / (x.total + y.total);
}

const strippedCache = new Map<string, string>();

function withoutStopWords(label: string): string {
  let text = strippedCache.get(label);
  if (text === undefined) {
    if (strippedCache.size > 20000) strippedCache.clear();
    text = label.replace(STOP, '');
    strippedCache.set(label, text);
  }
  return text;
}

/** The measured noun: the label's last two meaningful characters ("科普宣传资料" → "资料"). */
export function headNoun(label: string): string {
  const text = label.replace(STOP, '').replace(/(?:数量|次数|总数|人数|个数|数)$/, '');
  return text.slice(-2);
}

/** One label is the other one with modifiers in front ("资料" / "科普宣传资料"), or they share their head noun. */
export function sameMeasure(a: string, b: string): boolean {
  const x = withoutStopWords(a);
  const y = withoutStopWords(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  return x.endsWith(y) || y.endsWith(x);
}
