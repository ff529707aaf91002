// unit-format: an indicator's target, its unit and its result fit together (≥100% for a share, 百分比 as a unit,
// a 度量单位 column that disagrees with the target, a result in another measure word or with no unit).
import { z } from 'zod';
import { defineRule, scoringTables, unitProblem } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'unit-format',
    description: {
      'zh-CN': '指标值与计量单位相符：比率目标不写“≥100%”，单位用“%”而非“百分比”，度量单位栏与指标值一致，完成值与指标值单位一致',
      en: 'Targets and units fit: no "≥100%" for a share, "%" rather than 百分比, the unit column agrees with the target, the result has the target\'s unit',
    },
    defaultSeverity: 'warning',
    options: z.object({}),
    messages: {
      shareOver: {
        'zh-CN': '「{name}」指标值为「{target}」：比率不会超过 100%，应写为「=100%」',
        en: '"{name}" has the target "{target}": a share cannot exceed 100 %, so write "=100%"',
      },
      percentWord: {
        'zh-CN': '「{name}」的单位写作「{text}」，百分比应写为「%」',
        en: '"{name}" spells its unit as "{text}"; write a share with "%"',
      },
      columnMismatch: {
        'zh-CN': '「{name}」度量单位栏为「{column}」，但指标值的单位是「{own}」，两者应一致',
        en: '"{name}": the unit column says "{column}" but the target is in "{own}"; they should agree',
      },
      actualUnit: {
        'zh-CN': '「{name}」指标值以「{target}」计，完成值却以「{actual}」计，应使用同一计量单位',
        en: '"{name}": the target is counted in "{target}" but the result in "{actual}"; use one unit',
      },
      actualNoUnit: {
        'zh-CN': '「{name}」完成值「{actual}」没有单位，指标值的单位为「{unit}」',
        en: '"{name}": the result "{actual}" has no unit, while the target is in "{unit}"',
      },
    },
    tags: ['table', 'numbers'],
  },
  check({ doc, report }) {
    for (const table of scoringTables(doc)) {
      for (const row of table.indicators) {
        const problem = unitProblem(row, row.unitColumn);
        if (!problem) continue;
        const node = problem.kind.startsWith('actual') ? row.actual?.cell ?? row.nameCell : row.target?.cell ?? row.nameCell;
        report({ messageId: problem.kind, data: { name: row.name, ...problem }, node: node.data.segments?.length ? node : row.nameCell });
      }
    }
  },
});
