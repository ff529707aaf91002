// `reportlint tree` view of the recognised scoring tables: one line per fund row and per indicator record, and a
// JSON form with the same content (figures as strings so exact decimals survive).
import type { LintDocument } from '../../model/document.js';
import type { CellValue, IndicatorRecord, ScoringTable } from '../../tables/types.js';
import { scoringTables } from '../../tables/index.js';

export interface CellJson {
  text: string;
  value?: string;
  unit?: string;
  notApplicable?: boolean;
  empty?: boolean;
}

export interface ScoringTableJson {
  line: number;
  layout: ScoringTable['layout'];
  fund: { label: string; line: number; initialBudget?: CellJson; budget?: CellJson; executed?: CellJson; weight?: CellJson; rate?: CellJson; score?: CellJson }[];
  indicators: {
    level1?: string; level2?: string; name: string; line: number; direction: IndicatorRecord['direction'];
    target?: CellJson; actual?: CellJson; weight?: CellJson; score?: CellJson; reason?: CellJson;
    targetValue?: { op: string; value: string; unit?: string };
    actualValue?: { value: string; unit?: string };
  }[];
  groupWeights: { label: string; level: 1 | 2; weight: string }[];
  total?: { weight?: CellJson; score?: CellJson };
  grade?: string;
  overallGoal?: { target?: CellJson; actual?: CellJson };
}

function cellJson(v: CellValue | undefined): CellJson | undefined {
  if (!v) return undefined;
  const out: CellJson = { text: v.text };
  if (v.value !== undefined) out.value = v.value.toString();
  if (v.unit) out.unit = v.unit;
  if (v.notApplicable) out.notApplicable = true;
  if (v.empty) out.empty = true;
  return out;
}

export function scoringTablesJson(doc: LintDocument): ScoringTableJson[] {
  return scoringTables(doc).map((t) => ({
    line: t.table.position.start.line,
    layout: t.layout,
    fund: t.fund.map((f) => ({
      label: f.label,
      line: f.labelCell.position.start.line,
      initialBudget: cellJson(f.initialBudget), budget: cellJson(f.budget), executed: cellJson(f.executed),
      weight: cellJson(f.weight), rate: cellJson(f.rate), score: cellJson(f.score),
    })),
    indicators: t.indicators.map((i) => ({
      level1: i.level1, level2: i.level2, name: i.name, line: i.nameCell.position.start.line, direction: i.direction,
      target: cellJson(i.target), actual: cellJson(i.actual), weight: cellJson(i.weight), score: cellJson(i.score), reason: cellJson(i.reason),
      targetValue: i.targetValue && { op: i.targetValue.op, value: i.targetValue.value.toString(), unit: i.targetValue.unit },
      actualValue: i.actualValue && { value: i.actualValue.value.toString(), unit: i.actualValue.unit },
    })),
    groupWeights: t.groupWeights.map((g) => ({ label: g.label, level: g.level, weight: g.weight.toString() })),
    total: t.total && { weight: cellJson(t.total.weight), score: cellJson(t.total.score) },
    grade: t.grade?.text,
    overallGoal: t.overallGoal && { target: cellJson(t.overallGoal.target), actual: cellJson(t.overallGoal.actual) },
  }));
}

const OP_SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };
const LABELS = {
  'zh-CN': {
    table: '自评表', empty: '(空)', fund: '资金', initial: '年初', budget: '全年', executed: '执行', weight: '分值', rate: '执行率', score: '得分',
    goal: '年度总体目标', expected: '预期', achieved: '实际', level: (n: string) => `${n}级`, points: '分', target: '指标值', actual: '完成值',
    reason: '原因', total: '总分', grade: '评价等级',
  },
  en: {
    table: 'Scoring table', empty: '(empty)', fund: 'funds', initial: 'initial', budget: 'budget', executed: 'spent', weight: 'weight', rate: 'rate', score: 'score',
    goal: 'overall goal', expected: 'expected', achieved: 'achieved', level: (n: string) => `level ${n}`, points: ' points', target: 'target', actual: 'actual',
    reason: 'reason', total: 'total', grade: 'grade',
  },
};

/** Plain-text listing of the scoring tables (for `reportlint tree`); empty string when there are none. */
export function renderScoringTables(doc: LintDocument, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const l = LABELS[locale];
  const show = (v: CellValue | undefined) => (v === undefined ? '·' : v.empty ? l.empty : v.text);
  const out: string[] = [];
  scoringTables(doc).forEach((t, n) => {
    out.push(`${l.table} ${n + 1} (L${t.table.position.start.line}, ${t.layout})`);
    for (const f of t.fund) {
      out.push(
        `  ${l.fund} ${f.label}: ${l.initial} ${show(f.initialBudget)} | ${l.budget} ${show(f.budget)} | ${l.executed} ${show(f.executed)} | ` +
          `${l.weight} ${show(f.weight)} | ${l.rate} ${show(f.rate)} | ${l.score} ${show(f.score)}`,
      );
    }
    if (t.overallGoal) out.push(`  ${l.goal}: ${l.expected} ${show(t.overallGoal.target)} | ${l.achieved} ${show(t.overallGoal.actual)}`);
    for (const g of t.groupWeights) out.push(`  ${l.level(String(g.level))} ${g.label}: ${g.weight.toString()}${l.points}`);
    for (const i of t.indicators) {
      const path = [i.level1, i.level2, i.name].filter(Boolean).join(' > ');
      const tv = i.targetValue ? ` [${OP_SIGN[i.targetValue.op]}${i.targetValue.value.toString()}${i.targetValue.unit ?? ''}]` : '';
      out.push(
        `  L${i.nameCell.position.start.line} ${path} (${i.direction}): ${l.target} ${show(i.target)}${tv} | ${l.actual} ${show(i.actual)} | ` +
          `${l.weight} ${show(i.weight)} | ${l.score} ${show(i.score)}` + (i.reason && !i.reason.empty ? ` | ${l.reason} ${i.reason.text}` : ''),
      );
    }
    if (t.total) out.push(`  ${l.total}: ${l.weight} ${show(t.total.weight)} | ${l.score} ${show(t.total.score)}`);
    if (t.grade) out.push(`  ${l.grade}: ${t.grade.text}`);
  });
  return out.join('\n');
}
