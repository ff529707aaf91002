// Indicator rows of 绩效自评表 (from src/tables) judged against their targets: missed, met, over-completed or without
// an achieved value. Shared by target-actual, deviation-explained and over-completion.
import { Decimal } from 'decimal.js';
import type { IndicatorRecord, ScoringTable } from '../tables/types.js';
import { matchUnit } from './units.js';

export interface RowJudgement {
  table: ScoringTable;
  record: IndicatorRecord;
  status: 'met' | 'missed' | 'missing' | 'qualitative' | 'unknown';
  /** Achieved / target for positive quantitative targets. */
  ratio?: Decimal;
  direction: 'positive' | 'reverse';
}

/** The factor of a unit written in a table ("万元" → 10000, "次/年" → 1) and its measure word. */
function unitScale(unit: string | undefined): { word: string; factor: Decimal } {
  const word = (unit ?? '').split('/')[0]!.trim();
  const match = word ? matchUnit(word) : undefined;
  if (match && match.length === word.length) return { word: match.kind === 'money' ? '元' : match.unit, factor: match.factor };
  return { word, factor: new Decimal(1) };
}

export function judgeRow(table: ScoringTable, record: IndicatorRecord): RowJudgement {
  const target = record.targetValue;
  const direction = target && (target.op === '<=' || target.op === '<') ? 'reverse' : 'positive';
  const base = { table, record, direction } as const;
  if (record.direction === 'qualitative' || !target) return { ...base, status: record.direction === 'qualitative' ? 'qualitative' : 'unknown' };
  const actualCell = record.actual;
  if (!record.actualValue) {
    const blank = !actualCell || actualCell.empty || actualCell.text.trim() === '';
    return { ...base, status: blank && !actualCell?.notApplicable ? 'missing' : 'unknown' };
  }
  const t = unitScale(target.unit);
  const a = unitScale(record.actualValue.unit ?? target.unit);
  if (t.word && a.word && t.word !== a.word) return { ...base, status: 'unknown' };
  const goal = target.value.mul(t.factor);
  const got = record.actualValue.value.mul(a.factor);
  const missed = direction === 'positive' ? got.lt(goal) : got.gt(goal);
  const ratio = direction === 'positive' && goal.gt(0) ? got.div(goal) : undefined;
  return { ...base, status: missed ? 'missed' : 'met', ...(ratio ? { ratio } : {}) };
}

export function tableRows(tables: ScoringTable[]): RowJudgement[] {
  return tables.flatMap((table) => table.indicators.map((record) => judgeRow(table, record)));
}

/** A 偏差原因 cell that says something (not empty, not "无", "—", "/"). */
export function reasonGiven(record: IndicatorRecord): boolean {
  const text = record.reason?.text.replace(/\s+/g, '') ?? '';
  return text !== '' && !record.reason?.notApplicable && !/^(?:无|没有|暂无|不适用|[—\-/／、\\]+)$/.test(text);
}
