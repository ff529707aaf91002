// Growth rates stated against the previous year: "支出152.40万元，较上年的140.00万元增长8.86%" / "本年152.40万元，上年同期
// 140.00万元，同比下降…%" / "支出152.40万元，比上年增加12.40万元，增长8.86%". Each with this year's figure, the previous
// year's (stated or derived from the change) and the rate computed from them. This year's figure may stand in an
// earlier sentence when the statement names it ("支出合计1,992.5万元，包括…。支出合计较上年的1,897.62万元增长3.50%。").
// Used by percent-ratio and target-actual.
import { Decimal } from 'decimal.js';
import { docInfo } from '../model/doc-info.js';
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { quantities } from './index.js';
import { nearestNamedBefore } from './shares.js';
import { jointSteps } from './tolerance.js';
import type { Quantity } from './types.js';
import { sameDimension } from './units.js';

export interface GrowthStatement {
  node: TextNode;
  /** This year's figure, and its node when it stands in an earlier paragraph. */
  current: Quantity;
  currentNode?: TextNode;
  /** The previous year's figure as written, if written. */
  previous?: Quantity;
  /** The change as written ("增加12.40万元"), if written. */
  change?: Quantity;
  /** The stated rate ("增长8.86%"), if any. */
  rate?: Quantity;
  direction: 'up' | 'down';
  /** Change in the stated direction (negative when the figures move the other way) and the previous value, in base
   * units, with their rounding units. */
  delta: Decimal;
  deltaStep: Decimal;
  whole: Decimal;
  wholeStep: Decimal;
}

const CHANGE_WORD = /(?:增长|增加|上升|提高|提升|增幅|下降|减少|降低|下滑|降幅)(?:了)?(?:率|幅度)?(?:为|达|是)?[：:]?\s*$/;
const DOWN = /下降|减少|降低|下滑|降幅/;
/** The previous year's figure: "较上年的", "比去年", "上年同期", "2023年为". */
const PREVIOUS = /(?:较|比|相比|对比|与)(?:上年|去年|上一年|上年度|上一年度|\d{4}年度?)?(?:同期)?(?:的|为|是)?\s*$|(?:上年|去年|上一年|上年度|上一年度)(?:同期)?(?:的|为|是|数|实际|支出|收入)?\s*$/;
/** Words that make a figure a comparison, not this year's value. */
const NOT_CURRENT = /较|比上|同比|上年|去年|同期|增长|增加|减少|下降|上升|提高|降低/;

function amount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count' || q.kind === 'measure' || q.kind === 'duration')
    && !q.share && !q.range && !q.comparator && !q.frequency && !q.distributive;
}

/** The growth a figure's clause states: from this year's figure and the previous year's (or the change). */
/** The subject named before the comparison ("支出合计较上年的…" → 支出), as figures are labelled. */
const SUBJECT = /^(?:其中|全年|本年度?|今年|当年)?([\u4e00-\u9fa5]{2,16}?)(?:合计|总计|共计|累计)?(?:较|比|相比|对比|与)/;

function growthAt(
  doc: LintDocument, node: TextNode, qs: Quantity[], index: number, rate: Quantity | undefined, direction: 'up' | 'down', stated?: Quantity,
): GrowthStatement | undefined {
  const anchor = stated ?? qs[index]!;
  let change: Quantity | undefined;
  let previous: Quantity | undefined = stated;
  if (stated) index--;
  let current: Quantity | undefined;
  for (let i = index - 1; i >= 0 && !current; i--) {
    const q = qs[i]!;
    if (q.sentence[0] !== anchor.sentence[0]) break;
    if (q.kind === 'percent') return undefined;
    if (!amount(q)) continue;
    const lead = q.lead.trim();
    if (!change && !previous && CHANGE_WORD.test(lead)) { change = q; continue; }
    if (!previous && PREVIOUS.test(lead)) { previous = q; continue; }
    if (!previous && !change) return undefined;
    if (NOT_CURRENT.test(lead)) return undefined;
    current = q;
  }
  let currentNode: TextNode | undefined;
  if (!current && previous && !change) {
    // "…。支出合计较上年的1,897.62万元增长3.50%": this year's figure is the one so named before the statement
    const subject = SUBJECT.exec(previous.lead.trim());
    const first = qs.find((q) => q.sentence[0] === anchor.sentence[0]);
    if (subject && first === previous) {
      const found = nearestNamedBefore(doc, node, previous.sentence[0], subject[1]!, previous);
      // a figure of an earlier year ("2023年支出合计…") is not this year's
      const year = docInfo(doc).year;
      if (found && !(found.q.year && year && found.q.year < year)) ({ q: current, node: currentNode } = found);
    }
  }
  if (!current) return undefined;
  if ((previous && !sameDimension(previous, current)) || (change && !sameDimension(change, current))) return undefined;
  const sign = direction === 'up' ? 1 : -1;
  const at = currentNode ? { currentNode } : {};
  // the figures of the statement are rounded alike (see jointSteps)
  const context: Quantity[] = [];
  const inSentence = (q: Quantity | undefined) => q !== undefined && q.sentence[0] === anchor.sentence[0];
  for (let i = index; inSentence(qs[i]); i--) if (amount(qs[i]!)) context.push(qs[i]!);
  for (let i = index + 1; inSentence(qs[i]); i++) if (amount(qs[i]!)) context.push(qs[i]!);
  if (previous) {
    const [currentStep, previousStep] = jointSteps([current, previous], context);
    return {
      node, current, ...at, previous, ...(change ? { change } : {}), ...(rate ? { rate } : {}), direction,
      delta: current.base.minus(previous.base).mul(sign), deltaStep: currentStep!.plus(previousStep!),
      whole: previous.base, wholeStep: previousStep!,
    };
  }
  const delta = change!.base;
  const [currentStep, changeStep] = jointSteps([current, change!], context);
  return {
    node, current, ...at, change: change!, ...(rate ? { rate } : {}), direction,
    delta, deltaStep: changeStep!, whole: current.base.minus(delta.mul(sign)), wholeStep: currentStep!.plus(changeStep!),
  };
}

export function growthStatements(doc: LintDocument): GrowthStatement[] {
  return doc.memo('quantity:growth', () => {
    const out: GrowthStatement[] = [];
    for (const [node, qs] of quantities(doc).byNode) {
      if (node.type === 'heading') continue;
      qs.forEach((q, i) => {
        if (q.kind !== 'percent' || q.share || q.range || q.comparator || q.approximate) return;
        const word = CHANGE_WORD.exec(q.lead.trim());
        if (!word) return;
        const found = growthAt(doc, node, qs, i, q, DOWN.test(word[0]) ? 'down' : 'up');
        if (found) out.push(found);
      });
      // "接待游客286.3万人次，较上年的270.1万人次有所增长": no rate written, the two figures give it
      const used = new Set(out.filter((g) => g.node === node).flatMap((g) => [g.current, g.previous]));
      qs.forEach((q, i) => {
        if (used.has(q) || !amount(q) || !PREVIOUS.test(q.lead.trim())) return;
        const found = growthAt(doc, node, qs, i + 1, undefined, 'up', q);
        if (found) out.push(found);
      });
    }
    return out;
  });
}

/** The rate computed from the figures, in percent of the previous year's value. */
export function computedRate(g: GrowthStatement): Decimal | undefined {
  return g.whole.lte(0) ? undefined : g.delta.div(g.whole).mul(100);
}
