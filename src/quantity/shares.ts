// Shares paired with the figures they are a share of: "A a万元，占B P%", "A占B的P%", "其中：A a万元，占P%" (the whole
// is the breakdown's total), "A a、B b，分别占X的p%、q%" (in order). Each pairing is checked against a ÷ X with the
// rounding of the figures as written. Used by percent-ratio (which reports the wrong ones) and percent-sum (which
// leaves a share that is wrong against its own amount to percent-ratio: one defect, one finding).
import { Decimal } from 'decimal.js';
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { breakdowns, impliedShares, type Breakdown } from './breakdown.js';
import { quantities } from './index.js';
import { jointSteps, ratioAgreement, type Agreement } from './tolerance.js';
import type { PlacedQuantity, Quantity } from './types.js';
import { sameDimension } from './units.js';

export interface SharePair {
  node: TextNode;
  share: Quantity;
  part: Quantity;
  whole: Quantity;
  /** The whole as named in the text ("支出合计"), or the breakdown total's label when the share names none. */
  wholeName: string;
}

export interface ShareCheck extends SharePair {
  agreement: Agreement;
  /** part ÷ whole in percent, from the figures as written. */
  computed: Decimal;
}

/** "分别占X的p%、q%、r%": the shares in order, the whole's name, and the parts they go to (when as many are listed). */
export interface RespectiveShares {
  node: TextNode;
  whole: string;
  shares: Quantity[];
  parts?: Quantity[];
  /** The whole when stated inside the phrase ("分别占支出合计2015.50万元的…"). */
  wholeFigure?: Quantity;
}

/** An amount a share can be of (not itself a share, a rate, a range or a target). */
export function shareAmount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count' || q.kind === 'measure' || q.kind === 'duration')
    && !q.share && !q.range && !q.comparator && !q.frequency && !q.distributive;
}

const RESPECTIVE = /分别占(?:比)?/g;
/** A figure that states a change, not a part ("比上年增加10万元"). */
const CHANGE = /较|比上|同比|增加|减少|增长|下降|上年|去年/;
/** Between two shares of one run: a list separator only. */
const RUN_GAP = /^\s*(?:[、，,]|和|及|与|以及)\s*$/;

export function respectiveShares(doc: LintDocument): RespectiveShares[] {
  return doc.memo('quantity:respectiveShares', () => {
    const out: RespectiveShares[] = [];
    for (const [node, qs] of quantities(doc).byNode) {
      if (node.type === 'tableCell' || !node.text.includes('分别占')) continue;
      for (const m of node.text.matchAll(RESPECTIVE)) {
        const at = m.index;
        const from = at + m[0].length;
        const first = qs.findIndex((q) => q.start >= from && q.kind === 'percent');
        if (first < 0) continue;
        const head = qs[first]!;
        if (head.sentence[0] > at || head.range || head.approximate) continue;
        const shares = [head];
        for (let i = first + 1; i < qs.length; i++) {
          const q = qs[i]!;
          if (q.kind !== 'percent' || q.range || !RUN_GAP.test(node.text.slice(shares[shares.length - 1]!.end, q.start))) break;
          shares.push(q);
        }
        if (shares.length < 2) continue;
        const inside = qs.filter((q) => q.start >= from && q.end <= head.start);
        const wholeFigure = inside.length === 1 && shareAmount(inside[0]!) ? inside[0] : undefined;
        if (inside.length > (wholeFigure ? 1 : 0)) continue;
        const named = node.text.slice(from, wholeFigure?.start ?? head.start);
        const whole = named.replace(/(?:的)?(?:比例|比重)?(?:分别)?(?:为|是|达)?\s*$/, '').replace(/的\s*$/, '').replace(/(?:合计|总计|共计|累计)$/, '').trim();
        const before = qs.filter((q) => q.end <= at && q.start >= head.sentence[0] && shareAmount(q));
        const parts = before.slice(-shares.length);
        const listed = parts.length === shares.length && parts.every((p) => sameDimension(p, parts[0]!));
        out.push({ node, whole, shares, ...(listed ? { parts } : {}), ...(wholeFigure ? { wholeFigure } : {}) });
      }
    }
    return out;
  });
}

/** The reporting unit named before a whole ("我会收入合计" is the whole "收入"): 我会, 本局, 全县, 部门 … */
const SELF = /^(?:[我本全][\u4e00-\u9fa5]{1,3}|部门|单位)$/;

/** Does a figure labelled `label` stand for the whole named `name`? The same words, or the unit's own name before them. */
function wholeNamed(label: string, name: string): boolean {
  if (!name || !label) return false;
  if (label === name) return true;
  const [long, short] = label.length > name.length ? [label, name] : [name, label];
  return short.length >= 2 && long.endsWith(short) && SELF.test(long.slice(0, long.length - short.length));
}

/** Amounts by their label, in reading order. */
function amountsByLabel(doc: LintDocument): Map<string, PlacedQuantity<TextNode>[]> {
  return doc.memo('quantity:amountsByLabel', () => {
    const map = new Map<string, PlacedQuantity<TextNode>[]>();
    for (const p of quantities(doc).all) {
      if (!p.q.label || !shareAmount(p.q)) continue;
      const list = map.get(p.q.label);
      if (list) list.push(p); else map.set(p.q.label, [p]);
    }
    return map;
  });
}

/** The figure labelled `name`, nearest to `node`: same node, same section, then anywhere in the document. */
export function nearestNamed(doc: LintDocument, node: TextNode, name: string, like?: Quantity): Quantity | undefined {
  const named = (amountsByLabel(doc).get(name) ?? []).filter((p) => !like || sameDimension(p.q, like));
  const section = doc.sectionOf(node);
  return (named.find((p) => p.node === node) ?? named.find((p) => doc.sectionOf(p.node) === section) ?? named[0])?.q;
}

/** The figure labelled `name` nearest before offset `at` of `node`: earlier in the node, then in earlier paragraphs of its section. */
export function nearestNamedBefore(
  doc: LintDocument, node: TextNode, at: number, name: string, like: Quantity,
): { node: TextNode; q: Quantity } | undefined {
  const order = doc.memo('quantity:nodeOrder', () => new Map(doc.textNodes().map((n, i) => [n, i]))).get(node) ?? -1;
  const section = doc.sectionOf(node);
  let found: PlacedQuantity<TextNode> | undefined;
  for (const p of amountsByLabel(doc).get(name) ?? []) {
    if (p.node === node ? p.q.end > at : p.order > order || doc.sectionOf(p.node) !== section) continue;
    if (sameDimension(p.q, like) && (!found || p.order > found.order || (p.order === found.order && p.q.start > found.q.start))) found = p;
  }
  return found ? { node: found.node, q: found.q } : undefined;
}

/** The breakdown (in the share's node) that lists `part` as one of its parts. */
function breakdownOf(doc: LintDocument, node: TextNode, part: Quantity): Breakdown | undefined {
  const byPart = doc.memo('quantity:breakdownByPart', () => {
    const map = new Map<Quantity, Breakdown>();
    for (const b of breakdowns(doc)) for (const p of b.parts) if (!map.has(p)) map.set(p, b);
    return map;
  });
  const b = byPart.get(part);
  return b && b.node === node ? b : undefined;
}

/** The amount a named share ("…，占B的P%") is of: the amount just before it in its clause or the one before, or a figure named like its subject. */
function partBefore(doc: LintDocument, node: TextNode, qs: Quantity[], at: number): Quantity | undefined {
  const share = qs[at]!;
  let prev: Quantity | undefined;
  for (let i = at - 1; i >= 0 && !prev; i--) if (qs[i]!.kind !== 'percent') prev = qs[i];
  if (prev && shareAmount(prev) && prev.sentence[0] === share.sentence[0]) {
    const between = node.text.slice(prev.end, share.start);
    if ((between.match(/[，,；;：:、]/g) ?? []).length <= 1) return prev;
  }
  const subject = share.share?.subject;
  if (!subject || /\d/.test(subject)) return undefined;
  return nearestNamed(doc, node, subject);
}

/** The whole of a share naming it: the breakdown total its part belongs to (if named alike), else the figure so named. */
function wholeOf(doc: LintDocument, node: TextNode, name: string, part: Quantity): Quantity | undefined {
  const b = breakdownOf(doc, node, part);
  if (b && wholeNamed(b.total.q.label, name) && sameDimension(b.total.q, part)) return b.total.q;
  return nearestNamed(doc, node, name, part);
}

export function sharePairs(doc: LintDocument): SharePair[] {
  return doc.memo('quantity:sharePairs', () => {
    const out: SharePair[] = [];
    const taken = new Set<Quantity>();
    const add = (p: SharePair) => {
      if (taken.has(p.share) || p.whole === p.part || (p.whole.year && p.part.year && p.whole.year !== p.part.year)) return;
      taken.add(p.share);
      out.push(p);
    };
    // "A a、B b，分别占X的p%、q%": in order
    const respective = respectiveShares(doc);
    for (const r of respective) {
      r.shares.forEach((s) => taken.add(s));
      if (!r.parts || r.parts.some((p) => CHANGE.test(p.lead))) continue;
      const whole = r.wholeFigure ?? wholeOf(doc, r.node, r.whole, r.parts[0]!);
      if (!whole || !sameDimension(whole, r.parts[0]!) || r.parts.includes(whole)) continue;
      // parts of a whole add up to at most the whole: otherwise the figures before 分别占 are not (all) its parts
      const [wholeStep] = jointSteps([whole], r.parts);
      const total = r.parts.reduce((acc, p) => acc.plus(p.base), new Decimal(0));
      if (total.gt(whole.base.plus(wholeStep!.mul(r.parts.length)))) continue;
      r.shares.forEach((share, i) => {
        if (share.approximate) return;
        taken.delete(share);
        add({ node: r.node, share, part: r.parts![i]!, whole, wholeName: r.whole || whole.label });
      });
    }
    // "A a万元，占B P%" / "A占B的P%"
    for (const [node, qs] of quantities(doc).byNode) {
      qs.forEach((share, at) => {
        if (taken.has(share) || !share.share?.of || share.kind !== 'percent' || share.range || share.approximate) return;
        const part = partBefore(doc, node, qs, at);
        const whole = part && wholeOf(doc, node, share.share.of, part);
        if (part && whole) add({ node, share, part, whole, wholeName: share.share.of });
      });
    }
    // "其中：A a万元，占97.20%": the whole is the breakdown's total
    for (const b of breakdowns(doc)) {
      for (const { part, share } of impliedShares(doc, b)) {
        if (share.approximate || share.range) continue;
        add({ node: b.node, share, part, whole: b.total.q, wholeName: b.total.q.label });
      }
    }
    return out;
  });
}

/** Each pairing checked: the stated share against part ÷ whole, the amounts rounded as written together. */
export function shareChecks(doc: LintDocument): ShareCheck[] {
  return doc.memo('quantity:shareChecks', () => {
    const out: ShareCheck[] = [];
    const { byNode } = quantities(doc);
    // amounts of each sentence, by node and sentence start
    const sentences = new Map<TextNode, Map<number, Quantity[]>>();
    const sentenceOf = (node: TextNode, q: Quantity) => {
      let bySentence = sentences.get(node);
      if (!bySentence) {
        bySentence = new Map();
        for (const a of byNode.get(node) ?? []) {
          if (!shareAmount(a)) continue;
          const list = bySentence.get(a.sentence[0]);
          if (list) list.push(a); else bySentence.set(a.sentence[0], [a]);
        }
        sentences.set(node, bySentence);
      }
      const list = bySentence.get(q.sentence[0]) ?? [];
      return list.includes(q) ? list : [];
    };
    for (const p of sharePairs(doc)) {
      const context = sentenceOf(p.node, p.part);
      const [partStep, wholeStep] = jointSteps([p.part, p.whole], context);
      const result = ratioAgreement(p.part.base, partStep!, p.whole.base, wholeStep!, p.share.value, p.share.step);
      if (result) out.push({ ...p, agreement: result.agreement, computed: result.computed });
    }
    return out;
  });
}
