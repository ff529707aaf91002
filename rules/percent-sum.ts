// Shares of one whole ("占基本支出87.19%", "…占比12.81%", "分别占…的a%、b%", a 占比 table column) must add up to 100 %.
// Rates (执行率, 满意度, 完成率, 增长率) are not shares and are never summed. A share that is wrong against its own
// amount is percent-ratio's finding: a group whose sum is right once those shares are corrected is left to it.
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import {
  breakdowns, defineRule, impliedShares, leastPrecise, listFigures, maxDecimals, quantities, respectiveShares, shareChecks, sumAgreement,
  type LintDocument, type Quantity, type TableNode, type TextNode,
} from '../src/rule-kit.js';

interface ShareGroup {
  node: TextNode;
  whole: string;
  shares: Quantity[];
  /** For table columns: the cells, to report on the column header. */
  reportAt?: { node: TextNode; span?: [number, number] };
}

const HUNDRED = new Decimal(100);

function textGroups(byNode: Map<TextNode, Quantity[]>, respective: ReadonlySet<Quantity>): ShareGroup[] {
  const groups: ShareGroup[] = [];
  for (const [node, qs] of byNode) {
    if (node.type === 'tableCell') continue;
    const byWhole = new Map<string, Quantity[]>();
    for (const q of qs) {
      if (!q.share || q.share.implied || q.kind !== 'percent' || q.range || respective.has(q)) continue;
      // "占比" without a named whole: shares of the same sentence belong together
      const key = q.share.of || `sentence:${q.sentence[0]}`;
      const list = byWhole.get(key) ?? [];
      // the same part stated twice is one share, not two
      if (q.share.subject && list.some((o) => o.share?.subject === q.share!.subject)) continue;
      list.push(q);
      byWhole.set(key, list);
    }
    for (const [whole, shares] of byWhole) {
      if (shares.length >= 2) groups.push({ node, whole: whole.startsWith('sentence:') ? '' : whole, shares });
    }
  }
  return groups;
}

/**
 * A list: adjacent paragraphs of one section each giving one share of the same whole ("1. 财政拨款占总收入60%。"
 * "2. 其他收入占总收入40%。"). Paragraphs with two or more shares are groups of their own.
 */
function listGroups(doc: LintDocument, byNode: Map<TextNode, Quantity[]>): ShareGroup[] {
  const groups: ShareGroup[] = [];
  let run: { node: TextNode; share: Quantity }[] = [];
  const flush = () => {
    if (run.length >= 2) groups.push({ node: run[0]!.node, whole: run[0]!.share.share!.of, shares: run.map((r) => r.share), reportAt: { node: run[run.length - 1]!.node, span: [run[run.length - 1]!.share.start, run[run.length - 1]!.share.end] } });
    run = [];
  };
  for (const node of doc.textNodes()) {
    if (node.type !== 'paragraph') { flush(); continue; }
    const shares = (byNode.get(node) ?? []).filter((q) => q.share && !q.share.implied && q.kind === 'percent' && !q.range);
    const share = shares.length === 1 ? shares[0]! : undefined;
    const previous = run[run.length - 1];
    const continues = share && previous && share.share!.of === previous.share.share!.of
      && doc.sectionOf(node) === doc.sectionOf(previous.node) && share.share!.subject !== previous.share.share!.subject;
    if (!continues) flush();
    if (share) run.push({ node, share });
  }
  flush();
  return groups;
}

/** Shares written after each part of a breakdown without naming the whole ("其中：A…，占97.20%；B…，占2.80%"). */
function breakdownGroups(doc: LintDocument): ShareGroup[] {
  const groups: ShareGroup[] = [];
  for (const b of breakdowns(doc)) {
    if (b.total.node !== b.node) continue;
    const pairs = impliedShares(doc, b);
    if (pairs.length < 2 || pairs.length !== b.parts.length) continue;
    groups.push({ node: b.node, whole: b.total.q.label, shares: pairs.map((p) => p.share) });
  }
  return groups;
}

/** "分别占支出合计的76.00%、24.00%": one run of shares. */
function respectiveGroups(doc: LintDocument): ShareGroup[] {
  return respectiveShares(doc).map((r) => ({ node: r.node, whole: r.whole, shares: r.shares }));
}

/** The shares of a group that percent-ratio reports (wrong against their own amounts), with the value they should have. */
function corrected(doc: LintDocument): Map<Quantity, Decimal> {
  const out = new Map<Quantity, Decimal>();
  for (const c of shareChecks(doc)) if (c.agreement !== 'ok') out.set(c.share, c.computed.toDecimalPlaces(c.share.decimals));
  return out;
}

/** A table column headed 占比 / 比重 / 构成: the percentages in its body rows (total rows excluded). */
function columnGroups(tables: readonly TableNode[], byNode: Map<TextNode, Quantity[]>): ShareGroup[] {
  const groups: ShareGroup[] = [];
  for (const table of tables) {
    const header = table.children[0];
    if (!header) continue;
    for (const cell of header.children) {
      if (!/占比|比重|构成比|所占比例/.test(cell.text)) continue;
      const shares: Quantity[] = [];
      for (const row of table.children.slice(1)) {
        if (row.children.some((c) => /合计|总计|小计|总额|^\s*总\s*[计数]/.test(c.text) && c.gridColumn < cell.gridColumn)) continue;
        const target = row.children.find((c) => c.gridColumn === cell.gridColumn);
        if (!target) continue;
        const percents = (byNode.get(target) ?? []).filter((q) => q.kind === 'percent' || (q.kind === 'bare' && /%|％/.test(cell.text)));
        if (percents.length !== 1) continue;
        shares.push(percents[0]!);
      }
      if (shares.length >= 2) groups.push({ node: cell, whole: cell.text.trim(), shares, reportAt: { node: cell } });
    }
  }
  return groups;
}

export default defineRule({
  meta: {
    id: 'percent-sum',
    description: {
      'zh-CN': '同一总体的各部分占比之和应为 100%（执行率、满意度等比率不计）',
      en: 'Shares of one whole must add up to 100 % (rates such as 执行率 or 满意度 are not shares)',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      mismatch: {
        'zh-CN': '{whole}各部分占比 {shares} 合计 {sum}%，应为 100%',
        en: 'the shares{whole} {shares} add up to {sum}% instead of 100%',
      },
      lastDigit: {
        'zh-CN': '{whole}各部分占比 {shares} 合计 {sum}%，与 100% 末位相差，请核对四舍五入',
        en: 'the shares{whole} {shares} add up to {sum}%, one last-digit unit away from 100%; check the rounding',
      },
    },
    tags: ['numbers'],
  },
  check({ doc, report, locale }) {
    const { byNode } = quantities(doc);
    const respective = respectiveGroups(doc);
    const inRun = new Set(respective.flatMap((g) => g.shares));
    const fixes = corrected(doc);
    const groups = [...textGroups(byNode, inRun), ...respective, ...listGroups(doc, byNode), ...breakdownGroups(doc), ...columnGroups(doc.tables(), byNode)];
    for (const group of groups) {
      const sum = group.shares.reduce((acc, q) => acc.plus(q.value), new Decimal(0));
      const step = leastPrecise(group.shares.map((q) => q.step));
      const verdict = sumAgreement(sum, HUNDRED, step, group.shares.length);
      if (verdict === 'ok') continue;
      // one defect, one finding: the wrong share is named by percent-ratio
      if (group.shares.some((q) => fixes.has(q))) {
        const fixed = group.shares.reduce((acc, q) => acc.plus(fixes.get(q) ?? q.value), new Decimal(0));
        if (sumAgreement(fixed, HUNDRED, step, group.shares.length) === 'ok') continue;
      }
      const places = maxDecimals(group.shares);
      const first = group.shares[0]!;
      const last = group.shares[group.shares.length - 1]!;
      report({
        messageId: verdict === 'last-digit' ? 'lastDigit' : 'mismatch',
        severity: verdict === 'last-digit' ? 'warning' : undefined,
        data: {
          whole: group.whole ? (locale === 'en' ? ` of "${group.whole}"` : `「${group.whole}」`) : '',
          shares: listFigures(group.shares.map((q) => q.raw)),
          sum: sum.toFixed(places),
        },
        node: group.reportAt?.node ?? group.node,
        span: group.reportAt ? group.reportAt.span : [first.start, last.end],
      });
    }
  },
});
