// achieved-nonnumeric: a quantitative target answered with a word ("已完成", "达标", "是") instead of the measured
// figure, or with a share where the target counts things. The one rule for this defect: target-actual stays silent.
import { z } from 'zod';
import { achievedProblem, defineRule, indicatorName, narrativeTargets, scoringTables, tableTwins } from '../src/rule-kit.js';

const OP_SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '' };

export default defineRule({
  meta: {
    id: 'achieved-nonnumeric',
    description: {
      'zh-CN': '定量指标的完成值应为实际数值，不能只写“已完成”“达标”“是”，计数目标的完成值也不应写成百分比',
      en: 'A quantitative target needs a measured achieved value: not just "已完成" / "达标" / "是", and not a share for a count target',
    },
    defaultSeverity: 'warning',
    options: z.object({}),
    messages: {
      word: {
        'zh-CN': '「{name}」目标为{target}，但完成值只写了「{actual}」，应填写实际完成的数值',
        en: '"{name}" has the target {target}, but its achieved value only says "{actual}"; write the measured value',
      },
      share: {
        'zh-CN': '「{name}」目标为{target}（以{unit}计），完成值却写成比例「{actual}」，应填写实际完成的{unit}数',
        en: '"{name}" has the target {target} (counted in {unit}), but its achieved value is a share "{actual}"; write the number of {unit}',
      },
    },
    tags: ['numbers', 'targets', 'table'],
  },
  check({ doc, report, locale }) {
    for (const table of scoringTables(doc)) {
      for (const row of table.indicators) {
        const problem = achievedProblem(row);
        if (!problem) continue;
        const t = row.targetValue!;
        const target = `${OP_SIGN[t.op] ?? ''}${t.value.toString()}${t.unit ?? ''}`;
        const data = { name: row.name, target, actual: problem.text, unit: problem.kind === 'share' ? problem.unit : '' };
        report({ messageId: problem.kind, data, node: row.actual?.cell ?? row.nameCell });
      }
    }
    // "完成情况：已完成" answering a quantitative target in the text
    const twins = tableTwins(doc).ofTarget;
    for (const t of narrativeTargets(doc).quantitative) {
      if (t.status !== 'nonnumeric') continue;
      // its scoring-table row says the same word: reported there (one finding)
      const twin = twins.get(t);
      if (twin && achievedProblem(twin.record)) continue;
      const { comparator, comparatorText, raw, label } = t.target.q;
      const target = locale === 'en' ? `${comparator ? OP_SIGN[comparator] ?? '' : ''}${raw}` : `${comparatorText ?? ''}${raw}`;
      const data = { name: indicatorName(label) || indicatorName(t.actual?.q.label ?? ''), target, actual: t.statement ?? '', unit: '' };
      report({ messageId: 'word', data, node: t.target.node, span: [t.target.q.start, t.target.q.end] });
    }
  },
});
