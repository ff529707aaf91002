// indicator-class: an indicator filed where it does not belong, from a small table of certain cases: 预算执行率 as
// an indicator beside the table's own 预算执行 block (counted twice), 满意度 outside 满意度指标, cost indicators
// outside 成本指标 (when the table has that class).
import { z } from 'zod';
import { defineRule, scoringTables, splitGroupLabel, type IndicatorRecord, type ScoringTable } from '../src/rule-kit.js';

const classRule = z.object({
  /** Regular expression over the indicator name. */
  name: z.string(),
  /** Regular expression the 一级 or 二级 class label must match. */
  belongsTo: z.string(),
  /** Shown in the message: the class it belongs to. */
  label: z.string(),
  /** Only when some indicator of the table is filed under a class matching this (e.g. the table has 成本指标). */
  whenTableHas: z.string().optional(),
});

const options = z.object({
  classes: z.array(classRule).default([
    { name: '满意度|满意率', belongsTo: '满意', label: '满意度指标' },
    { name: '^(?:项目|单位|人均)?(?:成本|单位成本|造价|单价)(?:控制)?$|成本节约率', belongsTo: '成本', label: '成本指标', whenTableHas: '成本' },
  ]),
});

const labelOf = (text: string | undefined) => (text ? splitGroupLabel(text).label : '');
const safe = (source: string) => { try { return new RegExp(source); } catch { return undefined; } };

function fundHasRate(table: ScoringTable): boolean {
  return table.fund.some((f) => f.rate?.value !== undefined || f.weight?.value !== undefined);
}

function where(row: IndicatorRecord): string {
  return [labelOf(row.level1), labelOf(row.level2)].filter(Boolean).join(' › ');
}

export default defineRule({
  meta: {
    id: 'indicator-class',
    description: {
      'zh-CN': '指标归类正确：预算执行率已单列时不再作为产出/效益指标，满意度归入满意度指标，成本指标归入成本指标',
      en: 'Indicators are filed in their class: budget execution not again as an output/outcome indicator, satisfaction under 满意度指标, costs under 成本指标',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      executionTwice: {
        'zh-CN': '「{name}」列在「{where}」下，但自评表已有单独的预算执行率部分，执行率被重复计分；应删除该指标',
        en: '"{name}" is filed under "{where}", but the table has its own budget-execution block, so the rate is scored twice; remove the indicator',
      },
      misfiled: {
        'zh-CN': '「{name}」列在「{where}」下，应归入「{label}」',
        en: '"{name}" is filed under "{where}"; it belongs under "{label}"',
      },
    },
    tags: ['table', 'score'],
  },
  check({ doc, options, report }) {
    const classes = options.classes.flatMap((c) => {
      const name = safe(c.name), belongsTo = safe(c.belongsTo), when = c.whenTableHas ? safe(c.whenTableHas) : undefined;
      return name && belongsTo ? [{ ...c, nameRe: name, belongsRe: belongsTo, whenRe: when }] : [];
    });
    for (const table of scoringTables(doc)) {
      const ownBlock = fundHasRate(table);
      const labels = table.indicators.flatMap((r) => [labelOf(r.level1), labelOf(r.level2)]);
      for (const row of table.indicators) {
        const l1 = labelOf(row.level1), l2 = labelOf(row.level2);
        if (!l1 && !l2) continue;
        if (ownBlock && /预算执行率|资金执行率|预算资金执行率/.test(row.name) && /产出|效益|效果/.test(`${l1}${l2}`)) {
          report({ messageId: 'executionTwice', data: { name: row.name, where: where(row) }, node: row.nameCell });
          continue;
        }
        for (const c of classes) {
          if (!c.nameRe.test(row.name) || c.belongsRe.test(l1) || c.belongsRe.test(l2)) continue;
          if (c.whenRe && !labels.some((l) => c.whenRe!.test(l))) continue;
          report({ messageId: 'misfiled', data: { name: row.name, where: where(row), label: c.label }, node: row.nameCell });
          break;
        }
      }
    }
  },
});
