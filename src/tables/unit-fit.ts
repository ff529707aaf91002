// Whether an indicator's target, its unit and its result fit together: a share that cannot exceed 100 % written
// "≥100%", 百分比 spelt out as a unit, a 度量单位 column that disagrees with the unit in the target, a result in
// another measure word than the target (个 → 次), a result with no unit where the target has one.
import { figures, inUnit } from './cell.js';
import type { IndicatorRecord } from './types.js';

export type UnitProblem =
  | { kind: 'shareOver'; target: string }
  | { kind: 'percentWord'; text: string }
  | { kind: 'columnMismatch'; column: string; own: string }
  | { kind: 'actualUnit'; target: string; actual: string }
  | { kind: 'actualNoUnit'; unit: string; actual: string };

const PERCENT = /^(?:%|％|百分比|百分率)$/;
/** Rates that may pass 100 %: growth, increase, comparison with last year. */
const MAY_EXCEED = /增长|增幅|增加|提高|提升|同比|环比|较上年|上升|超额|倍/;

const own = (text: string | undefined) => (text ? figures(text)[0]?.unit : undefined);
const plain = (text: string | undefined) => (text ?? '').trim();

/** At most one problem per row: the first that applies, in the order above. */
export function unitProblem(row: IndicatorRecord, unitColumn: string | undefined): UnitProblem | undefined {
  const t = row.targetValue;
  if (!t || row.direction === 'qualitative') return undefined;
  const targetText = plain(row.target?.text);
  const column = plain(unitColumn).replace(/^[/／—-]$/, '');
  const targetUnit = own(targetText);
  const unit = t.unit ?? (column || undefined);
  if ((t.op === '>=' || t.op === '>') && t.value.gte(100) && unit && PERCENT.test(unit) && !MAY_EXCEED.test(row.name)) {
    return { kind: 'shareOver', target: `${t.op === '>' ? '>' : '≥'}${t.value.toString()}${unit === '百分比' ? '百分比' : '%'}` };
  }
  if (/百分比|百分率/.test(column) || /\d\s*百分比/.test(targetText)) return { kind: 'percentWord', text: /百分比|百分率/.test(column) ? column : targetText };
  if (column && targetUnit && column !== targetUnit && inUnit(t.value, targetUnit, column) === undefined && !(PERCENT.test(column) && PERCENT.test(targetUnit))) {
    return { kind: 'columnMismatch', column, own: targetUnit };
  }
  const actual = row.actual;
  if (!actual || actual.empty || actual.notApplicable) return undefined;
  const actualText = plain(actual.text);
  const fig = figures(actualText)[0];
  if (!fig) return undefined;
  const goal = targetUnit ?? (column || undefined);
  if (goal && fig.unit && fig.unit !== goal && !PERCENT.test(fig.unit) && !PERCENT.test(goal) && inUnit(fig.value, fig.unit, goal) === undefined) {
    return { kind: 'actualUnit', target: goal, actual: fig.unit };
  }
  // "≥18000册" answered "18600": only when the unit is in the target text itself (no 度量单位 column to carry it).
  if (targetUnit && !column && !fig.unit && actualText === actualText.match(/^[\d.,，]+$/)?.[0]) {
    return { kind: 'actualNoUnit', unit: targetUnit, actual: actualText };
  }
  return undefined;
}
