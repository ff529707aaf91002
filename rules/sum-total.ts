// A stated total and its listed parts must agree: "X N万元，其中A a万元，B b万元", "X中A…，B…", "A a和B b，共计N".
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { agreement, breakdowns, defineRule, listFigures, maxDecimals, roundingStep, type Quantity } from '../src/rule-kit.js';

/** A value in the unit of `like`, with `decimals` places. */
function inUnitOf(base: Decimal, like: Quantity, decimals: number): string {
  return `${base.div(like.factor).toFixed(decimals)}${like.unit}`;
}

/**
 * The rounding unit of a sum: the last written digit of the stated total (271.8万元 → 0.1万元, 1,906.4万元 → 1000元).
 * Parts are read as written — reports drop trailing zeros ("630万元", "341.8万元" beside 2-decimal figures) — so a
 * part with fewer digits does not widen the tolerance; an approximate figure (约, 余) does. Whole counts: exact (0).
 */
function sumStep(total: Quantity, parts: readonly Quantity[]): Decimal {
  const all = [total, ...parts];
  const step = roundingStep(all);
  if (step.isZero() || all.some((q) => q.approximate)) return step;
  return total.step;
}

export default defineRule({
  meta: {
    id: 'sum-total',
    description: {
      'zh-CN': '分项之和应等于文中给出的合计数（其中、包括、分别为、A和B共计…）',
      en: 'Listed parts must add up to the stated total ("其中", "包括", "分别为", "A和B共计…")',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      mismatch: {
        'zh-CN': '分项 {parts} 合计 {sum}，但文中总数为 {total}（相差 {diff}）',
        en: 'the parts {parts} add up to {sum} but the stated total is {total} (difference {diff})',
      },
      lastDigit: {
        'zh-CN': '分项 {parts} 合计 {sum}，文中总数为 {total}，末位相差 {diff}，请核对是否为四舍五入误差',
        en: 'the parts {parts} add up to {sum} but the stated total is {total}: the last digit differs by {diff}; check the rounding',
      },
    },
    tags: ['numbers'],
  },
  check({ doc, report }) {
    for (const b of breakdowns(doc)) {
      const sum = b.parts.reduce((acc, p) => acc.plus(p.base), new Decimal(0));
      const total = b.total.q;
      const step = sumStep(total, b.parts);
      const verdict = agreement(sum, total.base, step);
      if (verdict === 'ok') continue;
      const places = maxDecimals(b.parts, total.decimals);
      const first = b.parts[0]!;
      const last = b.parts[b.parts.length - 1]!;
      report({
        messageId: verdict === 'last-digit' ? 'lastDigit' : 'mismatch',
        severity: verdict === 'last-digit' ? 'warning' : undefined,
        data: {
          parts: listFigures(b.parts.map((p) => p.raw)),
          sum: inUnitOf(sum, total, places),
          total: total.raw,
          diff: inUnitOf(sum.minus(total.base).abs(), total, places),
        },
        // on the line of the stated total: "项目支出中：…" parts in a later paragraph point back to it
        ...(b.total.node !== b.node && b.total.node.type !== 'tableCell'
          ? { node: b.total.node, span: [total.start, total.end] as [number, number] }
          : { node: b.node, span: [first.start, last.end] as [number, number] }),
      });
    }
  },
});
