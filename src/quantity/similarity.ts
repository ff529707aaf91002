// How alike two labels are ("制作与发放的科普宣传资料" vs "科普宣传资料"): Dice coefficient over character bigrams,
// with function words removed so that "开展…活动" and "展…活动" still match.

const STOP = /[的了和与及或在对向为是把被将等之其中各个、，。“”"'（）()\s]/g;
const GENERIC = new Set(['开展', '组织', '举办', '完成', '实际', '全年', '年度', '累计', '共计', '总共', '一年', '数量', '情况', '总数', '次数']);

function bigrams(label: string): string[] {
  const text = label.replace(STOP, '');
  const grams: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    if (!GENERIC.has(g)) grams.push(g);
  }
  return grams;
}

export function labelSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) { shared++; pool.set(g, n - 1); }
  }
  return (2 * shared) / (x.length + y.length);
}

/** The measured noun: the label's last two meaningful characters ("科普宣传资料" → "资料"). */
export function headNoun(label: string): string {
  const text = label.replace(STOP, '').replace(/(?:数量|次数|总数|人数|个数|数)$/, '');
  return text.slice(-2);
}

/** One label is the other one with modifiers in front ("资料" / "科普宣传资料"), or they share their head noun. */
export function sameMeasure(a: string, b: string): boolean {
  const x = a.replace(STOP, '');
  const y = b.replace(STOP, '');
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  return x.endsWith(y) || y.endsWith(x);
}
