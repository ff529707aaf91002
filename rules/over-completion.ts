// Achieved far above the target (≥ 130 % by default) without an explanation: the target may have been set too low
// (财预〔2020〕10号 第十八条: 超额较多须分析原因; 广西 systems require a note at 130 %).
import { z } from 'zod';
import { chooseProfile, completionRatio, defineRule, indicatorName, hasReason, narrativeTargets, reasonGiven, rowFigures, scoringTables, tableRows, tableTwins, targetText, type LintDocument, type SharedSettings, type TextNode } from '../src/rule-kit.js';

const EXPLAINED = /超额|超计划|超出|超过预期|超预期|目标(?:值)?(?:设置|设定)?偏低/;

function explainedNear(doc: LintDocument, node: TextNode): boolean {
  const section = doc.sectionOf(node);
  const nodes = section ? doc.textNodesIn(section) : [node];
  return nodes.some((n) => n.type !== 'heading' && (EXPLAINED.test(n.text) || hasReason(n.text)));
}

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The report's template (named with --profile, or chosen from the title) is one of `wanted` (ids or aliases). */
function profileSelected(doc: LintDocument, settings: SharedSettings, wanted: string[]): boolean {
  const requested = settings.profile;
  const choice = chooseProfile(doc, requested, settings.templates);
  const names = choice && 'profile' in choice ? [choice.profile.id, ...choice.profile.aliases] : requested ? [requested] : [];
  return names.some((n) => wanted.some((w) => squash(w) === squash(n)));
}

export default defineRule({
  meta: {
    id: 'over-completion',
    description: {
      'zh-CN': '实际完成值远超目标（默认≥130%）且未说明原因，目标可能设定偏低',
      en: 'Achieved far above the target (≥ 130 % by default) without an explanation: the target may have been set too low',
    },
    defaultSeverity: 'info',
    options: z.object({
      /** Achieved / target at or above which an explanation is expected. */
      threshold: z.number().positive().default(1.3),
      /** Templates (--profile, or the one chosen from the title; ids or aliases) in which the rule runs; empty = all. */
      profiles: z.array(z.string()).default([]),
    }),
    messages: {
      over: {
        'zh-CN': '「{label}」目标为{target}，实际完成{actual}（{percent}%），超出较多且未说明原因，目标可能设定偏低',
        en: '"{label}": target {target}, achieved {actual} ({percent}%), far above the target with no explanation; the target may have been set too low',
      },
    },
    tags: ['numbers', 'targets'],
  },
  check({ doc, options, settings, locale, report }) {
    if (options.profiles.length && !profileSelected(doc, settings, options.profiles)) return;
    for (const t of narrativeTargets(doc).quantitative) {
      const ratio = completionRatio(t);
      if (!ratio || ratio.lt(options.threshold) || !t.actual) continue;
      if (explainedNear(doc, t.actual.node)) continue;
      report({
        messageId: 'over',
        data: { label: indicatorName(t.target.q.label) || indicatorName(t.actual.q.label), target: targetText(t, locale), actual: t.actual.q.raw, percent: ratio.mul(100).toFixed(0) },
        node: t.actual.node,
        span: [t.actual.q.start, t.actual.q.end],
      });
    }
    const twins = tableTwins(doc).ofRow;
    for (const row of tableRows(scoringTables(doc))) {
      if (row.status !== 'met' || !row.ratio || row.ratio.lt(options.threshold) || reasonGiven(row.record)) continue;
      // the same indicator stated in the text with its result is judged there (one finding)
      if (twins.get(row.record)?.actual) continue;
      const { record } = row;
      report({
        messageId: 'over',
        data: {
          label: record.name,
          target: locale === 'en' ? rowFigures(row).target : record.target?.text.trim() ?? '',
          actual: record.actual?.text.trim() ?? '',
          percent: row.ratio.mul(100).toFixed(0),
        },
        node: record.actual?.cell ?? record.nameCell,
      });
    }
  },
});
