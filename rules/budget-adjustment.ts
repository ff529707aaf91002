// budget-adjustment: a budget adjusted during the year (年初预算 ≠ 全年/调整后预算: 追加 or 调减) needs a stated reason,
// and so does an execution rate below the threshold (90 % by default) — in the 自评表 or in the text.
import { z } from 'zod';
import {
  adjustmentExplained, defineRule, lowRateExplained, narrativeAdjustments, narrativeLowRates, tableAdjustments, tableLowRates,
  type Adjustment, type FundRow, type LowRate,
} from '../src/rule-kit.js';

const options = z.object({
  /** Execution rates below this share (0–1) need a reason. */
  threshold: z.number().min(0).max(1).default(0.9),
  /** Also check the execution rate (not only the adjustment). */
  executionRate: z.boolean().default(true),
});

export default defineRule({
  meta: {
    id: 'budget-adjustment',
    description: {
      'zh-CN': '年初预算与全年（调整后）预算不一致时应说明调整原因；预算执行率低于 90%（可配置）时应说明原因',
      en: 'A budget adjusted during the year (initial ≠ full-year budget) needs a stated reason; so does an execution rate below 90 % (configurable)',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      adjusted: {
        'zh-CN': '年初预算 {initial} 调整为 {adjusted}（{direction} {change}），报告中未说明预算调整的原因',
        en: 'the initial budget {initial} became {adjusted} ({direction} {change}), but the report gives no reason for the adjustment',
      },
      lowRate: {
        'zh-CN': '预算执行率 {rate} 低于 {threshold}，报告中未说明执行率偏低的原因',
        en: 'the execution rate {rate} is below {threshold}, but the report gives no reason for it',
      },
    },
    tags: ['table', 'numbers', 'budget'],
  },
  check({ doc, options, report, locale }) {
    const zh = locale !== 'en';
    const direction = (up: boolean) => (up ? (zh ? '追加' : 'increase') : (zh ? '调减' : 'cut'));
    const inTable = tableAdjustments(doc);
    const adjustments: (Adjustment & { row?: FundRow })[] = inTable.length ? inTable : narrativeAdjustments(doc).slice(0, 1);
    for (const a of adjustments) {
      if (adjustmentExplained(doc, a.row)) continue;
      report({ messageId: 'adjusted', data: { initial: a.initial, adjusted: a.adjusted, direction: direction(a.change.gt(0)), change: a.changeText }, node: a.node, span: a.span });
    }
    if (!options.executionRate) return;
    const threshold = `${Math.round(options.threshold * 10000) / 100}%`;
    const low = tableLowRates(doc, options.threshold);
    const rates: (LowRate & { row?: FundRow })[] = low.length ? low : narrativeLowRates(doc, options.threshold).slice(0, 1);
    for (const r of rates) {
      if (lowRateExplained(doc, r.row)) continue;
      report({ messageId: 'lowRate', data: { rate: r.rate, threshold }, node: r.node, span: r.span, severity: 'warning' });
    }
  },
});
