// Every target (绩效指标 / 绩效目标 lines, 年度指标值 cells) needs an achieved value, and the achieved value must reach a
// "≥ / 不少于 / 达到" target (or stay within a "≤ / 不超过" one).
import { z } from 'zod';
import { actualText, defineRule, indicatorName, narrativeTargets, reasonGiven, reasonNear, rowFigures, scoringTables, tableRows, tableTwins, targetText, type LintDocument, type TableCellNode } from '../src/rule-kit.js';

/** "；自评表第57行为同一指标": where else the same indicator is stated (reported once, here). */
function alsoIn(doc: LintDocument, cell: TableCellNode | undefined, locale: string): string {
  if (!cell) return '';
  const { line } = doc.locate(cell);
  return locale === 'en' ? `; the scoring-table row on line ${line} states the same indicator` : `；自评表第${line}行为同一指标`;
}

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
        'zh-CN': '「{label}」目标为{target}，实际完成{actual}，未达到目标，且未说明偏差原因{also}',
        en: '"{label}": the target is {target} but {actual} was achieved, and no reason is given for the shortfall{also}',
      },
      exceeded: {
        'zh-CN': '「{label}」目标为{target}，实际为{actual}，超出了目标上限，且未说明偏差原因{also}',
        en: '"{label}": the target is {target} but the actual value is {actual}, above the limit, and no reason is given{also}',
      },
      late: {
        'zh-CN': '「{label}」要求{target}完成，实际完成时间为{actual}，晚于期限，且未说明偏差原因',
        en: '"{label}" was due {target} but was completed {actual}, after the deadline, and no reason is given',
      },
      missedExplained: {
        'zh-CN': '「{label}」目标为{target}，实际完成{actual}，未达到目标（已说明原因）{also}',
        en: '"{label}": the target is {target} but {actual} was achieved (a reason is given){also}',
      },
      exceededExplained: {
        'zh-CN': '「{label}」目标为{target}，实际为{actual}，超出了目标上限（已说明原因）{also}',
        en: '"{label}": the target is {target} but the actual value is {actual}, above the limit (a reason is given){also}',
      },
      lateExplained: {
        'zh-CN': '「{label}」要求{target}完成，实际完成时间为{actual}，晚于期限（已说明原因）',
        en: '"{label}" was due {target} but was completed {actual}, after the deadline (a reason is given)',
      },
      missing: {
        'zh-CN': '「{label}」设定了目标{target}，但报告中没有对应的实际完成值{also}',
        en: '"{label}" has the target {target} but the report gives no achieved value for it{also}',
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
    // the same indicator in the text and in a scoring-table row is one target: reported once, in the text
    const twins = tableTwins(doc);
    for (const t of quantitative) {
      const label = indicatorName(t.target.q.label) || indicatorName(t.actual?.q.label ?? '');
      const twin = twins.ofTarget.get(t);
      // a word for a quantitative result ('nonnumeric') is achieved-nonnumeric's finding
      if (t.status === 'missing') {
        // the result is in the table row: judged there
        if (twin && twin.status !== 'missing') continue;
        const cell = twin?.record.actual?.cell ?? twin?.record.nameCell;
        report({
          messageId: 'missing', data: { label, target: targetText(t, locale), also: alsoIn(doc, cell, locale) }, node: t.target.node,
          span: [t.target.q.start, t.target.q.end], ...(cell ? { related: [{ node: cell }] } : {}),
        });
      } else if (t.status === 'missed' && t.actual) {
        // the shortfall is the report's defect only when it is not explained; explained, it is a note (one finding either way)
        const cell = twin?.status === 'missed' ? twin.record.actual?.cell ?? twin.record.nameCell : undefined;
        const explained = reasonNear(doc, t) || (!!cell && reasonGiven(twin!.record));
        report({
          messageId: `${t.direction === 'reverse' ? 'exceeded' : 'missed'}${explained ? 'Explained' : ''}`,
          severity: explained ? 'info' : undefined,
          data: { label, target: targetText(t, locale), actual: actualText(t), also: alsoIn(doc, cell, locale) },
          node: t.actual.node,
          span: [t.actual.q.start, t.actual.q.end],
          ...(cell ? { related: [{ node: cell }] } : {}),
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
      const twin = twins.ofRow.get(record);
      // a score given to a row without its result is indicator-score's finding (one defect, one finding)
      const score = record.score?.value;
      if (row.status === 'missing') {
        if (twin?.status === 'missing' || (record.actual?.empty && score?.gt(0))) continue;
        report({ messageId: 'missing', data: { label: record.name, target, also: '' }, node: record.nameCell });
      } else if (row.status === 'missed') {
        if (twin?.status === 'missed') continue;
        const explained = reasonGiven(record);
        report({
          messageId: `${row.deadline ? 'late' : row.direction === 'reverse' ? 'exceeded' : 'missed'}${explained ? 'Explained' : ''}`,
          severity: explained ? 'info' : undefined,
          data: { label: record.name, target, actual, also: '' },
          node: record.actual?.cell ?? record.nameCell,
        });
      }
    }
  },
});
