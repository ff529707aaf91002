// "A a万元，占B P%" / "A占B的P%": recompute a / b (b = the figure stated for B) and compare with P.
import { z } from 'zod';
import { breakdowns, computedRate, defineRule, growthStatements, impliedShares, quantities, ratioAgreement, sameDimension, type LintDocument, type PlacedQuantity, type Quantity, type TextNode } from '../src/rule-kit.js';

function amount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count' || q.kind === 'measure' || q.kind === 'duration')
    && !q.share && !q.range && !q.comparator && !q.frequency && !q.distributive;
}

/** The part: the amount just before the share in the same or the previous clause, or a figure named like its subject. */
type ByLabel = Map<string, PlacedQuantity<TextNode>[]>;

function partOf(doc: LintDocument, byLabel: ByLabel, node: TextNode, qs: Quantity[], share: Quantity): Quantity | undefined {
  let prev: Quantity | undefined;
  for (let i = qs.indexOf(share) - 1; i >= 0 && !prev; i--) if (qs[i]!.kind !== 'percent') prev = qs[i];
  if (prev && amount(prev) && prev.sentence[0] === share.sentence[0]) {
    const between = node.text.slice(prev.end, share.start);
    if ((between.match(/[，,；;：:、]/g) ?? []).length <= 1) return prev;
  }
  const subject = share.share?.subject;
  if (!subject || /\d/.test(subject)) return undefined;
  return nearestNamed(doc, byLabel, node, subject, undefined);
}

/** The figure labelled `name`, nearest to `node`: same node, same section, then anywhere in the document. */
function nearestNamed(doc: LintDocument, byLabel: ByLabel, node: TextNode, name: string, like: Quantity | undefined) {
  const named = (byLabel.get(name) ?? []).filter((p) => !like || sameDimension(p.q, like));
  const section = doc.sectionOf(node);
  return (named.find((p) => p.node === node) ?? named.find((p) => doc.sectionOf(p.node) === section) ?? named[0])?.q;
}

export default defineRule({
  meta: {
    id: 'percent-ratio',
    description: {
      'zh-CN': '“A…占B的P%”中的百分比应等于 A÷B',
      en: 'A stated share "A … 占 B 的 P%" must equal A ÷ B',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      mismatch: {
        'zh-CN': '{part} 占{whole} {wholeValue} 的比例按数计算为 {computed}%，但文中写作 {stated}',
        en: '{part} is {computed}% of {whole} ({wholeValue}) but the text says {stated}',
      },
      lastDigit: {
        'zh-CN': '{part} 占{whole} {wholeValue} 的比例按数计算为 {computed}%，文中写作 {stated}，末位不符，请核对四舍五入',
        en: '{part} is {computed}% of {whole} ({wholeValue}); the text says {stated}, one last-digit unit off; check the rounding',
      },
      growth: {
        'zh-CN': '本年 {current}，上年 {previous}，按数计算{change}率为 {computed}%，但文中写作{change} {stated}',
        en: 'this year {current}, the previous year {previous}: the {changeEn} rate is {computed}% but the text says {stated}',
      },
      growthLastDigit: {
        'zh-CN': '本年 {current}，上年 {previous}，按数计算{change}率为 {computed}%，文中写作 {stated}，末位不符，请核对四舍五入',
        en: 'this year {current}, the previous year {previous}: the {changeEn} rate is {computed}%; the text says {stated}, one last-digit unit off; check the rounding',
      },
    },
    tags: ['numbers'],
  },
  check({ doc, report }) {
    const { byNode, all } = quantities(doc);
    const byLabel: ByLabel = new Map();
    for (const p of all) {
      if (!p.q.label || !amount(p.q)) continue;
      const list = byLabel.get(p.q.label) ?? [];
      list.push(p);
      byLabel.set(p.q.label, list);
    }
    for (const [node, qs] of byNode) {
      for (const share of qs) {
        if (!share.share?.of || share.kind !== 'percent' || share.range || share.approximate) continue;
        const part = partOf(doc, byLabel, node, qs, share);
        if (!part) continue;
        const whole = nearestNamed(doc, byLabel, node, share.share.of, part);
        if (!whole || whole === part || (whole.year && part.year && whole.year !== part.year)) continue;
        check(part, share.share.of, whole, share, node);
      }
    }
    // "其中：A a万元，占97.20%": the whole is the breakdown's total
    for (const b of breakdowns(doc)) {
      for (const { part, share } of impliedShares(doc, b)) {
        if (share.approximate || share.range) continue;
        check(part, b.total.q.label, b.total.q, share, b.node);
      }
    }

    // "支出152.40万元，较上年的140.00万元增长8.86%": the rate from this year's and the previous year's figures
    for (const g of growthStatements(doc)) {
      const rate = g.rate;
      if (!rate) continue;
      const result = ratioAgreement(g.delta, g.deltaStep, g.whole, g.wholeStep, rate.value, rate.step);
      const computed = computedRate(g);
      if (!result || !computed || result.agreement === 'ok') continue;
      const previous = g.previous?.raw ?? `${g.whole.div(g.current.factor).toFixed(Math.max(g.current.decimals, g.change?.decimals ?? 0))}${g.current.unit}`;
      report({
        messageId: result.agreement === 'last-digit' ? 'growthLastDigit' : 'growth',
        severity: result.agreement === 'last-digit' ? 'warning' : undefined,
        data: {
          current: g.current.raw,
          previous,
          change: g.direction === 'up' ? '增长' : '下降',
          changeEn: g.direction === 'up' ? 'growth' : 'decrease',
          computed: computed.toFixed(Math.max(rate.decimals, 2)),
          stated: rate.raw,
        },
        node: g.node,
        span: [rate.start, rate.end],
      });
    }

    function check(part: Quantity, wholeName: string, whole: Quantity, share: Quantity, node: TextNode) {
      const result = ratioAgreement(part.base, part.step, whole.base, whole.step, share.value, share.step);
      if (!result || result.agreement === 'ok') return;
      report({
        messageId: result.agreement === 'last-digit' ? 'lastDigit' : 'mismatch',
        severity: result.agreement === 'last-digit' ? 'warning' : undefined,
        data: {
          part: part.raw,
          whole: wholeName,
          wholeValue: whole.raw,
          computed: result.computed.toFixed(Math.max(share.decimals, 2)),
          stated: share.raw,
        },
        node,
        span: [share.start, share.end],
      });
    }
  },
});
