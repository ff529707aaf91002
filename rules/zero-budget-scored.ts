// An item rated or described as completed while nothing was spent on it: "老科协活动经费综合绩效评分为90分" in a report
// whose 项目支出 is 0万元, or a 自评表 whose 全年执行数 is 0 but which is scored.
import { z } from 'zod';
import { defineRule, findSelfScores, memoKey, partNames, quantities, scoringTables, type LintDocument, type PlacedQuantity, type TextNode } from '../src/rule-kit.js';

/** Names of budget lines: 经费, 资金, 项目, 专项, 补助, 补贴. */
const BUDGET_ITEM = /经费|资金|项目|专项|补助|补贴|费$/;
const COMPLETED = /(?:已|全部|圆满|顺利|如期|按时)(?:完成|实施完毕|结项)/;

type Spending = { state: 'spent' } | { state: 'zero'; evidence: string } | { state: 'unknown' };

const core = (x: string) => x.replace(/(?:支出|项目|执行数|决算数|预算数|金额)+$/, '');

/** The report's money figures grouped by core label (document order kept), and the answer per item, once per document. */
interface Money {
  byCore: Map<string, { order: number; p: PlacedQuantity; name: string }[]>;
  project: PlacedQuantity[];
  answers: Map<string, Spending>;
}
const MONEY = memoKey<Money>('zero-budget-scored:money');

/** What the report says was spent on `item`: its own money figures, else the 项目支出 line. */
function spendingOn(doc: LintDocument, item: string): Spending {
  // Grouped by distinct core label and answered once per item name, so a long report is not items × figures.
  const money = doc.memo(MONEY, () => {
    const all = quantities(doc).all.filter((p) => p.q.kind === 'money' && !p.q.share && !p.q.comparator);
    // a listed figure is named by its list ("A、B分别为a、b", "A a和B b，共计N"), others by the words before them
    const names = partNames(doc);
    const byCore = new Map<string, { order: number; p: PlacedQuantity; name: string }[]>();
    all.forEach((p, order) => {
      const name = names.get(p.q) ?? p.q.label;
      const c = core(name);
      if (c.length < 4) return;
      const list = byCore.get(c) ?? [];
      if (!byCore.has(c)) byCore.set(c, list);
      list.push({ order, p, name });
    });
    return { byCore, project: all.filter((p) => /项目支出$/.test(p.q.label)), answers: new Map() };
  });
  const name = core(item);
  const known = money.answers.get(name);
  if (known) return known;
  let first: { order: number; p: PlacedQuantity; name: string } | undefined;
  let answer: Spending | undefined;
  for (const [c, list] of money.byCore) {
    if (!c.includes(name) && !name.includes(c)) continue;
    if (list.some((x) => !x.p.q.base.isZero())) { answer = { state: 'spent' }; break; }
    if (!first || list[0]!.order < first.order) first = list[0];
  }
  if (!answer && first) answer = { state: 'zero', evidence: `${first.name}${first.p.q.raw}` };
  const project = money.project;
  if (!answer && project.length && project.every((p) => p.q.base.isZero())) answer = { state: 'zero', evidence: `${project[0]!.q.label}${project[0]!.q.raw}` };
  answer ??= { state: 'unknown' };
  money.answers.set(name, answer);
  return answer;
}

export default defineRule({
  meta: {
    id: 'zero-budget-scored',
    description: {
      'zh-CN': '支出为 0 或未列支的项目不应被评分或表述为已完成',
      en: 'An item with no expenditure should not be scored or described as completed',
    },
    defaultSeverity: 'warning',
    options: z.object({}),
    messages: {
      scored: {
        'zh-CN': '「{item}」被评为 {score}，但报告中其支出为 0（{evidence}），无支出的项目不应评分',
        en: '"{item}" is scored {score} but the report states no expenditure for it ({evidence}); an item with no expenditure should not be scored',
      },
      completed: {
        'zh-CN': '「{item}」被表述为已完成，但报告中其支出为 0（{evidence}），无支出的项目不应表述为已完成',
        en: '"{item}" is described as completed but the report states no expenditure for it ({evidence}); an item with no expenditure should not be described as completed',
      },
      tableScored: {
        'zh-CN': '自评表全年执行数为 0，却给出了总分 {score}，无支出的项目不应评分',
        en: 'the scoring table shows an execution of 0 but a total score of {score}; an item with no expenditure should not be scored',
      },
    },
    tags: ['numbers'],
  },
  check({ doc, report }) {
    const done = new Set<string>();
    for (const s of findSelfScores(doc)) {
      if (s.source !== 'text' || !s.subject || !BUDGET_ITEM.test(s.subject) || s.value.isZero()) continue;
      const spending = spendingOn(doc, s.subject);
      if (spending.state !== 'zero') continue;
      done.add(s.subject);
      report({ messageId: 'scored', data: { item: s.subject, score: s.scoreText, evidence: spending.evidence }, node: s.node, span: s.span });
    }
    for (const node of doc.textNodes() as readonly TextNode[]) {
      if (node.type === 'tableCell') continue;
      for (const m of node.text.matchAll(new RegExp(COMPLETED, 'g'))) {
        const before = node.text.slice(0, m.index);
        const item = /([\u4e00-\u9fa5]{2,20}(?:经费|资金|项目|专项|补助|补贴))[^，。；]{0,6}$/.exec(before.split(/[，。；、：:]/).pop() ?? '')?.[1];
        if (!item || done.has(item) || /^(?:各|所有|全部|本|该)/.test(item)) continue;
        const spending = spendingOn(doc, item);
        if (spending.state !== 'zero') continue;
        done.add(item);
        const at = node.text.indexOf(item, Math.max(0, m.index - 40));
        report({ messageId: 'completed', data: { item, evidence: spending.evidence }, node, span: [at, m.index + m[0].length] });
      }
    }
    for (const table of scoringTables(doc)) {
      const total = table.fund.find((f) => /总额|合计|总计/.test(f.label)) ?? table.fund[0];
      const executed = total?.executed?.value;
      const score = table.total?.score;
      if (!executed || !executed.isZero() || !score?.value || score.value.isZero()) continue;
      report({ messageId: 'tableScored', data: { score: score.text.trim() }, node: score.cell });
    }
  },
});
