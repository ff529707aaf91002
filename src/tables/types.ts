// Scoring tables (绩效自评表) recognised in a document, as indicator records. Built by src/tables/, read by the
// table rules and by score-grade / deviation-explained.
import type { Decimal } from 'decimal.js';
import type { TableCellNode, TableNode } from '../model/types.js';

/** One cell's content as read for scoring: its text, and its number when it holds one. */
export interface CellValue {
  cell: TableCellNode;
  text: string;
  /** The number in the cell (percent as written, e.g. 85.00 for "85.00%"); undefined when none. */
  value?: Decimal;
  unit?: string;
  /** "—", "/", "无", "不适用": not applicable (not the same as missing). */
  notApplicable?: boolean;
  /** Empty cell. */
  empty?: boolean;
}

export type IndicatorDirection = 'positive' | 'reverse' | 'exact' | 'qualitative';

export interface IndicatorRecord {
  level1?: string;
  level2?: string;
  name: string;
  /** The cell holding the indicator name: the place to report findings about the row. */
  nameCell: TableCellNode;
  target?: CellValue;
  actual?: CellValue;
  weight?: CellValue;
  score?: CellValue;
  reason?: CellValue;
  direction: IndicatorDirection;
  /** Sichuan layout: the 度量单位 cell's text as written. */
  unitColumn?: string;
  /** Comparator and number parsed from the target ("≥2000份" → {op:'>=', value:2000, unit:'份'}). */
  targetValue?: { op: '>=' | '<=' | '>' | '<' | '='; value: Decimal; unit?: string };
  actualValue?: { value: Decimal; unit?: string };
}

export interface FundRow {
  label: string;
  labelCell: TableCellNode;
  initialBudget?: CellValue;
  budget?: CellValue;
  executed?: CellValue;
  weight?: CellValue;
  rate?: CellValue;
  score?: CellValue;
  /** 原因 / 说明 cell of the fund block (Sichuan: why the budget was adjusted or under-spent). */
  reason?: CellValue;
}

export interface GroupWeight {
  /** "产出指标（50分）" → level 1 label 产出指标, weight 50. */
  label: string;
  level: 1 | 2;
  weight: Decimal;
  cell: TableCellNode;
}

export interface ScoringTable {
  table: TableNode;
  /** Sichuan layout (指标性质 / 度量单位 columns) or the 财预〔2020〕10号 附件1 layout. */
  layout: 'central' | 'sichuan';
  fund: FundRow[];
  indicators: IndicatorRecord[];
  groupWeights: GroupWeight[];
  total?: { weight?: CellValue; score?: CellValue; cell: TableCellNode };
  /** 评价等级 cell ("评价等级：良" or a separate cell) with the grade word. */
  grade?: { text: string; cell: TableCellNode; span: [number, number] };
  /** 年度总体目标 block: 预期目标 and 实际完成情况 texts (added by the tables helper; optional). */
  overallGoal?: { target?: CellValue; actual?: CellValue };
}
