// Indicator rows of 绩效自评表 (from src/tables) judged against their targets: missed, met, over-completed or without
// an achieved value. Shared by target-actual, deviation-explained and over-completion.
import { Decimal } from 'decimal.js';
import type { IndicatorRecord, ScoringTable } from '../tables/types.js';
import { deadlineMissed, parseAchievedDate, parseDeadline } from './deadline.js';
import { matchUnit } from './units.js';

export interface RowJudgement {
  table: ScoringTable;
  record: IndicatorRecord;
  /** nonnumeric: a numeric target answered only with a word ("已完成", "达标", "已完成100%"). */
  status: 'met' | 'missed' | 'missing' | 'nonnumeric' | 'qualitative' | 'unknown';
  /** Achieved / target for positive quantitative targets. */
  ratio?: Decimal;
  direction: 'positive' | 'reverse';
  /** The target is a deadline ("2024年10月底前") and the achieved value a date. */
  deadline?: boolean;
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
  if (!target) {
    // "2024年10月底前" / "2024年11月": a deadline is a target that can be missed
    const deadline = record.target ? parseDeadline(record.target.text) : undefined;
    const got = deadline && record.actual ? parseAchievedDate(record.actual.text) : undefined;
    const missed = deadline && got ? deadlineMissed(deadline, got) : undefined;
    if (missed !== undefined) return { table, record, direction: 'reverse', deadline: true, status: missed ? 'missed' : 'met' };
  }
  if (record.direction === 'qualitative' || !target) return { ...base, status: record.direction === 'qualitative' ? 'qualitative' : 'unknown' };
  const actualCell = record.actual;
  if (actualCell && progressWord(actualCell.text)) return { ...base, status: 'nonnumeric' };
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

/** "已完成", "完成", "基本完成", "达标", "已完成100%": a statement of progress, not a measured value (domain guide §3.2). */
const PROGRESS = /^(?:已经|已|均已|全部|均|已全部|按期|按时|如期)?(?:基本)?(?:完成|达标|达到|实现|达成)(?:了)?(?:目标|预期|预期目标|年度目标|任务|计划)?(?:100(?:\.0+)?[%％])?$/;

export function progressWord(text: string): boolean {
  return PROGRESS.test(text.replace(/[\s。．.，,；;！!]/g, ''));
}

export function tableRows(tables: ScoringTable[]): RowJudgement[] {
  return tables.flatMap((table) => table.indicators.map((record) => judgeRow(table, record)));
}

/** A 偏差原因 cell that says something (not empty, not "无", "—", "/"). */
export function reasonGiven(record: IndicatorRecord): boolean {
  const text = record.reason?.text.replace(/\s+/g, '') ?? '';
  return text !== '' && !record.reason?.notApplicable && !/^(?:无|没有|暂无|不适用|[—\-/／、\\]+)$/.test(text);
}
