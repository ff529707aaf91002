// "A a万元，占B P%" / "A占B的P%" / "A a、B b，分别占B的p%、q%": recompute a / b (b = the figure stated for B) and compare
// with P; and growth rates against the previous year. Pairing and checking: src/quantity/shares.ts. A wrong share with
// its amount is reported here only (percent-sum stays silent on its group); two shares swapped are one finding.
import { z } from 'zod';
import { computedRate, defineRule, growthStatements, ratioAgreement, shareChecks, type ShareCheck } from '../src/rule-kit.js';

/** Two wrong shares of one whole that are each right for the other's part ("分别占…的24.00%、76.00%" written swapped). */
function swaps(wrong: ShareCheck[]): [ShareCheck, ShareCheck][] {
  const out: [ShareCheck, ShareCheck][] = [];
  const used = new Set<ShareCheck>();
  const fits = (c: ShareCheck, share: ShareCheck['share']) =>
    ratioAgreement(c.part.base, c.part.step, c.whole.base, c.whole.step, share.value, share.step)?.agreement === 'ok';
  for (const a of wrong) {
    if (used.has(a)) continue;
    const b = wrong.find((o) => o !== a && !used.has(o) && o.node === a.node && o.whole === a.whole && fits(a, o.share) && fits(o, a.share));
    if (!b) continue;
    used.add(a).add(b);
    out.push(a.share.start < b.share.start ? [a, b] : [b, a]);
  }
  return out;
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
      swapped: {
        'zh-CN': '{partA} 和 {partB} 占{whole} {wholeValue} 的比例按数计算分别为 {computedA}%、{computedB}%，文中写作 {statedA}、{statedB}，两个占比写反了',
        en: '{partA} and {partB} are {computedA}% and {computedB}% of {whole} ({wholeValue}) but the text says {statedA} and {statedB}: the two shares are swapped',
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
    const wrong = shareChecks(doc).filter((c) => c.agreement !== 'ok');
    const swapped = swaps(wrong);
    const inSwap = new Set(swapped.flat());
    for (const [a, b] of swapped) {
      const places = Math.max(a.share.decimals, b.share.decimals, 2);
      report({
        messageId: 'swapped',
        data: {
          partA: a.part.raw, partB: b.part.raw, whole: a.wholeName, wholeValue: a.whole.raw,
          computedA: a.computed.toFixed(places), computedB: b.computed.toFixed(places), statedA: a.share.raw, statedB: b.share.raw,
        },
        node: a.node,
        span: [a.share.start, b.share.end],
      });
    }
    for (const c of wrong) {
      if (inSwap.has(c)) continue;
      report({
        messageId: c.agreement === 'last-digit' ? 'lastDigit' : 'mismatch',
        severity: c.agreement === 'last-digit' ? 'warning' : undefined,
        data: {
          part: c.part.raw,
          whole: c.wholeName,
          wholeValue: c.whole.raw,
          computed: c.computed.toFixed(Math.max(c.share.decimals, 2)),
          stated: c.share.raw,
        },
        node: c.node,
        span: [c.share.start, c.share.end],
      });
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
  },
});
