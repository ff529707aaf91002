// An indicator of a 自评表 scored below its weight needs a reason in its 偏差原因 cell. A missed target is
// target-actual's finding, with or without a reason (one defect, one finding): this rule stays silent on it.
import { z } from 'zod';
import { defineRule, reasonGiven, scoringTables, tableRows } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'deviation-explained',
    description: {
      'zh-CN': '得分低于分值的指标应在自评表中说明偏差原因（未完成目标由 target-actual 报告）',
      en: 'An indicator scored below its weight needs a stated reason (missed targets are reported by target-actual)',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Qualitative rows need a reason only below this share of their weight (10号: 达成 = 80%–100%). */
      qualitativeShare: z.number().min(0).max(1).default(0.8),
    }),
    messages: {
      scoreNoReason: {
        'zh-CN': '指标「{label}」得分{score}，低于分值{weight}，但「偏差原因分析」栏为空，应填写偏差原因',
        en: 'indicator "{label}" scored {score} of {weight} but the deviation-reason cell is empty; a score below the weight needs a reason',
      },
    },
    tags: ['numbers', 'targets'],
  },
  check({ doc, options, report }) {
    for (const row of tableRows(scoringTables(doc))) {
      const { record } = row;
      if (reasonGiven(record)) continue;
      const weight = record.weight?.value;
      const score = record.score?.value;
      // a missed target, a missing or a non-numeric achieved value is target-actual's finding
      if (row.status === 'missed' || row.status === 'missing' || row.status === 'nonnumeric') continue;
      if (!weight || !score || score.gte(weight)) continue;
      if (row.status === 'qualitative' && score.gte(weight.mul(options.qualitativeShare))) continue;
      report({ messageId: 'scoreNoReason', data: { label: record.name, score: score.toString(), weight: weight.toString() }, node: record.nameCell });
    }
  },
});
