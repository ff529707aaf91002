// Every target (绩效指标 / 绩效目标 lines, 年度指标值 cells) needs an achieved value, and the achieved value must reach a
// "≥ / 不少于 / 达到" target (or stay within a "≤ / 不超过" one).
import { z } from 'zod';
import { defineRule, narrativeTargets, reasonGiven, reasonNear, rowFigures, scoringTables, tableRows, targetText } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'target-actual',
    description: {
      'zh-CN': '每个绩效目标都应有实际完成值，且完成值应达到目标',
      en: 'Every performance target needs an achieved value, and the achieved value must reach the target',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Also report qualitative targets (绩效目标：… without a figure) that have no 完成情况 in their section. */
      qualitative: z.boolean().default(true),
    }),
    messages: {
      missed: {
        'zh-CN': '「{label}」目标为{target}，实际完成{actual}，未达到目标，且未说明偏差原因',
        en: '"{label}": the target is {target} but {actual} was achieved, and no reason is given for the shortfall',
      },
      exceeded: {
        'zh-CN': '「{label}」目标为{target}，实际为{actual}，超出了目标上限，且未说明偏差原因',
        en: '"{label}": the target is {target} but the actual value is {actual}, above the limit, and no reason is given',
      },
      late: {
        'zh-CN': '「{label}」要求{target}完成，实际完成时间为{actual}，晚于期限，且未说明偏差原因',
        en: '"{label}" was due {target} but was completed {actual}, after the deadline, and no reason is given',
      },
      missedExplained: {
        'zh-CN': '「{label}」目标为{target}，实际完成{actual}，未达到目标（已说明原因）',
        en: '"{label}": the target is {target} but {actual} was achieved (a reason is given)',
      },
      exceededExplained: {
        'zh-CN': '「{label}」目标为{target}，实际为{actual}，超出了目标上限（已说明原因）',
        en: '"{label}": the target is {target} but the actual value is {actual}, above the limit (a reason is given)',
      },
      lateExplained: {
        'zh-CN': '「{label}」要求{target}完成，实际完成时间为{actual}，晚于期限（已说明原因）',
        en: '"{label}" was due {target} but was completed {actual}, after the deadline (a reason is given)',
      },
      missing: {
        'zh-CN': '「{label}」设定了目标{target}，但报告中没有对应的实际完成值',
        en: '"{label}" has the target {target} but the report gives no achieved value for it',
      },
      nonNumeric: {
        'zh-CN': '「{label}」目标为{target}，但完成值只写了「{actual}」，量化目标应填写实际完成的数值',
        en: '"{label}": the target is {target} but the achieved value is only "{actual}"; a numeric target needs the measured value',
      },
      qualitativeMissing: {
        'zh-CN': '绩效目标「{target}」在本部分没有对应的完成情况说明',
        en: 'the target "{target}" has no statement of what was achieved in its section',
      },
    },
    tags: ['numbers', 'targets'],
  },
  check({ doc, options, locale, report }) {
    const { quantitative, qualitative } = narrativeTargets(doc);
    for (const t of quantitative) {
      const label = t.target.q.label || t.actual?.q.label || '';
      // a word for a quantitative result ('nonnumeric') is achieved-nonnumeric's finding
      if (t.status === 'missing') {
        report({ messageId: 'missing', data: { label, target: targetText(t, locale) }, node: t.target.node, span: [t.target.q.start, t.target.q.end] });
      } else if (t.status === 'missed' && t.actual) {
        // the shortfall is the report's defect only when it is not explained; explained, it is a note (one finding either way)
        const explained = reasonNear(doc, t);
        report({
          messageId: `${t.direction === 'reverse' ? 'exceeded' : 'missed'}${explained ? 'Explained' : ''}`,
          severity: explained ? 'info' : undefined,
          data: { label, target: targetText(t, locale), actual: t.actual.q.raw },
          node: t.actual.node,
          span: [t.actual.q.start, t.actual.q.end],
        });
      }
    }
    if (options.qualitative) {
      for (const q of qualitative) {
        if (q.answered) continue;
        const text = q.segment.node.text.slice(q.segment.start, q.segment.end).trim();
        report({ messageId: 'qualitativeMissing', data: { target: text.length > 40 ? `${text.slice(0, 40)}…` : text }, node: q.segment.node, span: [q.segment.start, q.segment.end] });
      }
    }
    for (const row of tableRows(scoringTables(doc))) {
      const { record } = row;
      const { target, actual } = rowFigures(row);
      if (row.status === 'missing') {
        report({ messageId: 'missing', data: { label: record.name, target }, node: record.nameCell });
      } else if (row.status === 'missed') {
        const explained = reasonGiven(record);
        report({
          messageId: `${row.deadline ? 'late' : row.direction === 'reverse' ? 'exceeded' : 'missed'}${explained ? 'Explained' : ''}`,
          severity: explained ? 'info' : undefined,
          data: { label: record.name, target, actual },
          node: record.actual?.cell ?? record.nameCell,
        });
      }
    }
  },
});
