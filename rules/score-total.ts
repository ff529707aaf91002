// score-total: the 总分 of a 自评表 is the sum of its scores (预算执行率 included), not above the total weight, and the
// same as the self-score quoted in the narrative ("自评得分79分").
import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { decimalsOf, defineRule, emptyScores, fmt, scoringTables, verdict, type CellValue, type RuleContext, type ScoringTable } from '../src/rule-kit.js';

const options = z.object({
  /** Compare the table total with the self-score stated in the text (only when the report has one scoring table). */
  narrative: z.boolean().default(true),
});

type Ctx = RuleContext<z.output<typeof options>>;

/** Sum of score cells; undefined when one is empty or not a number (nothing certain to compare). */
function sumScores(values: (CellValue | undefined)[]): { sum: Decimal; decimals: number } | undefined {
  let sum = new Decimal(0);
  let decimals = 0;
  for (const v of values) {
    if (!v || v.notApplicable) continue;
    if (v.value === undefined || v.unit === '%') return undefined;
    sum = sum.plus(v.value);
    decimals = Math.max(decimals, decimalsOf(v));
  }
  return { sum, decimals };
}

/** Weighted rows and the 合计 row with an empty 得分 cell: the whole column once, else each row. */
function checkEmpty(ctx: Ctx, table: ScoringTable) {
  const { rows, weightedRows, totalEmpty } = emptyScores(table);
  if (rows.length > 1 && rows.length === weightedRows) {
    const data = { count: rows.length, names: rows.slice(0, 3).map((r) => r.name).join('、'), total: totalEmpty ? 1 : 0 };
    ctx.report({ messageId: totalEmpty ? 'allEmptyTotal' : 'allEmpty', data, node: rows[0]!.cell });
    return;
  }
  for (const r of rows) ctx.report({ messageId: 'emptyScore', data: { name: r.name, weight: r.weight }, node: r.cell });
  if (totalEmpty) ctx.report({ messageId: 'emptyTotal', data: { weight: totalEmpty.weight }, node: totalEmpty.cell });
}

function checkTable(ctx: Ctx, table: ScoringTable) {
  checkEmpty(ctx, table);
  const total = table.total?.score;
  if (!total || total.value === undefined) return;
  const fundScore = table.fund.find((f) => f.score?.value !== undefined)?.score;
  const parts = sumScores([fundScore, ...table.indicators.map((r) => r.score)]);
  if (parts && table.indicators.length > 0) {
    const decimals = Math.min(decimalsOf(total), parts.decimals);
    const v = verdict(total.value, parts.sum, decimals);
    if (v !== 'ok') {
      ctx.report({
        // No 预算执行率 score of its own (no fund block, or 执行率 is an indicator row): no "含预算执行率得分 0".
        messageId: fundScore ? 'sum' : 'sumPlain',
        data: { sum: fmt(parts.sum), total: total.text, fund: fundScore?.text ?? '0' },
        node: total.cell,
        severity: v === 'warning' ? 'warning' : undefined,
      });
    }
  }
  const weight = table.total?.weight?.value;
  if (weight !== undefined && total.value.gt(weight)) {
    ctx.report({ messageId: 'overTotal', data: { total: total.text, weight: table.total!.weight!.text }, node: total.cell });
  }
}

const SELF_SCORE =
  /(?:自评(?:总)?得分|自评总分|自评分数|综合(?:评价)?得分|总得分|评价得分|绩效评价得分|评分结果)\s*(?:为|是|达到|共计|合计)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分/g;

function checkNarrative(ctx: Ctx, table: ScoringTable) {
  const total = table.total?.score;
  if (!total || total.value === undefined) return;
  for (const paragraph of ctx.doc.textNodes()) {
    if (paragraph.type === 'tableCell') continue;
    for (const m of paragraph.text.matchAll(SELF_SCORE)) {
      const sentenceStart = Math.max(paragraph.text.lastIndexOf('。', m.index), 0);
      const sentence = paragraph.text.slice(sentenceStart, m.index + m[0].length);
      // A department-wide score in a report that also holds a project table is another figure.
      if (/部门整体|整体支出/.test(sentence)) continue;
      const stated = new Decimal(m[1]!);
      const decimals = Math.min(decimalsOf(total), m[1]!.includes('.') ? m[1]!.length - m[1]!.indexOf('.') - 1 : 0);
      const v = verdict(stated, total.value, decimals);
      if (v === 'ok') continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      ctx.report({
        messageId: 'narrative',
        data: { stated: m[1]!, total: total.text, line: total.cell.position.start.line },
        node: paragraph,
        span: [start, start + m[1]!.length],
        severity: v === 'warning' ? 'warning' : undefined,
      });
    }
  }
}

export default defineRule({
  meta: {
    id: 'score-total',
    description: {
      'zh-CN': '自评表总分等于各项得分之和（含预算执行率得分），且与正文所述自评得分一致',
      en: 'The scoring-table total equals the sum of the scores (budget execution included) and the self-score stated in the text',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      sum: {
        'zh-CN': '各项得分合计 {sum}（含预算执行率得分 {fund}），但总分为 {total}',
        en: 'the scores add up to {sum} (budget execution score {fund} included), but the total is {total}',
      },
      sumPlain: {
        'zh-CN': '各项得分合计 {sum}，但总分为 {total}',
        en: 'the scores add up to {sum}, but the total is {total}',
      },
      allEmpty: {
        'zh-CN': '自评表得分栏未填写：{names} 等 {count} 项都有分值但没有得分',
        en: 'the score column is empty: {names} and the other rows ({count} in all) have weights but no scores',
      },
      allEmptyTotal: {
        'zh-CN': '自评表得分栏未填写：{names} 等 {count} 项都有分值但没有得分，合计行得分也为空',
        en: 'the score column is empty: {names} and the other rows ({count} in all) have weights but no scores, and so has the total row',
      },
      emptyScore: { 'zh-CN': '「{name}」分值 {weight}，得分未填写', en: '"{name}" has a weight of {weight} but no score' },
      emptyTotal: { 'zh-CN': '合计行分值 {weight}，得分（总分）未填写', en: 'the total row has a weight of {weight} but no total score' },
      overTotal: {
        'zh-CN': '总分 {total} 超过总分值 {weight}',
        en: 'the total score {total} is above the total weight {weight}',
      },
      narrative: {
        'zh-CN': '正文所述自评得分为 {stated} 分，但自评表总分为 {total}（第 {line} 行）',
        en: 'the text states a self-score of {stated}, but the scoring table total is {total} (line {line})',
      },
    },
    tags: ['table', 'score'],
  },
  check(ctx) {
    const tables = scoringTables(ctx.doc);
    for (const table of tables) checkTable(ctx, table);
    const withTotal = tables.filter((t) => t.total?.score?.value !== undefined);
    if (ctx.options.narrative && withTotal.length === 1) checkNarrative(ctx, withTotal[0]!);
  },
});
