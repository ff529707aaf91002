// A missed target needs a reason nearby (原因, 由于, 因…, 受…影响 in the same paragraph or section; the row's 偏差原因
// cell in a 自评表). Scored below its weight without a reason is the same defect.
import { z } from 'zod';
import { defineRule, narrativeTargets, reasonGiven, reasonNear, rowFigures, scoringTables, tableRows, targetText } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'deviation-explained',
    description: {
      'zh-CN': '未完成的绩效目标（或得分低于分值的指标）应说明偏差原因',
      en: 'A missed target (or an indicator scored below its weight) needs a stated reason',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Qualitative rows need a reason only below this share of their weight (10号: 达成 = 80%–100%). */
      qualitativeShare: z.number().min(0).max(1).default(0.8),
    }),
    messages: {
      noReason: {
        'zh-CN': '「{label}」目标 {target}，实际完成 {actual}，未说明偏差原因',
        en: '"{label}": target {target}, achieved {actual}, and no reason is given for the shortfall; a missed target needs one',
      },
      rowNoReason: {
        'zh-CN': '指标「{label}」目标 {target}，实际完成 {actual}，但“偏差原因分析”栏为空，应填写偏差原因',
        en: 'indicator "{label}": target {target}, achieved {actual}, but the deviation-reason cell is empty; a missed target needs a reason',
      },
      scoreNoReason: {
        'zh-CN': '指标「{label}」得分 {score}，低于分值 {weight}，但“偏差原因分析”栏为空，应填写偏差原因',
        en: 'indicator "{label}" scored {score} of {weight} but the deviation-reason cell is empty; a score below the weight needs a reason',
      },
    },
    tags: ['numbers', 'targets'],
  },
  check({ doc, options, locale, report }) {
    for (const t of narrativeTargets(doc).quantitative) {
      if (t.status !== 'missed' || !t.actual) continue;
      if (reasonNear(doc, [t.actual.node, t.target.node])) continue;
      report({
        messageId: 'noReason',
        data: { label: t.target.q.label || t.actual.q.label, target: targetText(t, locale), actual: t.actual.q.raw },
        node: t.actual.node,
        span: [t.actual.q.start, t.actual.q.end],
      });
    }
    for (const row of tableRows(scoringTables(doc))) {
      const { record } = row;
      if (reasonGiven(record)) continue;
      const weight = record.weight?.value;
      const score = record.score?.value;
      const { target, actual } = rowFigures(row);
      if (row.status === 'missed') {
        report({ messageId: 'rowNoReason', data: { label: record.name, target, actual }, node: record.nameCell });
        continue;
      }
      if (!weight || !score || score.gte(weight)) continue;
      if (row.status === 'qualitative' && score.gte(weight.mul(options.qualitativeShare))) continue;
      report({ messageId: 'scoreNoReason', data: { label: record.name, score: score.toString(), weight: weight.toString() }, node: record.nameCell });
    }
  },
});
