// Turn one table into a ScoringTable: find the 项目资金 and 绩效指标 header rows by their words (any column order),
// read the rows under them as fund rows and indicator records, then the 总分 row and the 评价等级. Tables without
// such headers are not scoring tables and give undefined.
import type { TableCellNode, TableNode } from '../model/types.js';
import { buildGrid, cellAt, cellText, rowCells, type Grid } from './grid.js';
import { fundRole, indicatorRole, normalizeHeader, TOTAL_LABEL, type FundRole, type IndicatorRole } from './headers.js';
import { figures, parseNature, parseTarget, pureNumber, readCell } from './cell.js';
import { Decimal } from 'decimal.js';
import type {
  CellValue, FundRow, GroupWeight, IndicatorDirection, IndicatorRecord, ScoringTable,
} from './types.js';

type ColumnMap<R extends string> = Partial<Record<R, number>>;

interface HeaderMatch<R extends string> {
  columns: ColumnMap<R>;
  /** Columns of cells that are header words (not data). */
  headerColumns: Set<number>;
}

function matchHeader<R extends string>(grid: Grid, row: number, roleOf: (text: string) => R | undefined): HeaderMatch<R> {
  const columns: ColumnMap<R> = {};
  const headerColumns = new Set<number>();
  for (const { cell, column } of rowCells(grid, row)) {
    const role = roleOf(cell.text);
    if (!role) continue;
    headerColumns.add(column);
    if (columns[role] === undefined) columns[role] = column;
  }
  return { columns, headerColumns };
}

/**
 * Two-row headers ("绩效指标" over 一级/二级/三级, the value headers only in the first row): when a row is not a header
 * on its own, the roles of the row above fill the columns it leaves open.
 */
function withRowAbove<R extends string>(
  own: HeaderMatch<R>, above: HeaderMatch<R> | undefined, isHeader: (m: HeaderMatch<R>) => boolean,
): HeaderMatch<R> {
  if (!above || isHeader(own) || isHeader(above) || Object.keys(own.columns).length === 0) return own;
  const columns = { ...above.columns, ...own.columns };
  const taken = new Set(Object.values(own.columns) as number[]);
  for (const [role, col] of Object.entries(above.columns) as [R, number][]) {
    if (taken.has(col) && own.columns[role] !== col) delete columns[role];
  }
  return { columns, headerColumns: new Set([...own.headerColumns, ...above.headerColumns]) };
}

function isIndicatorHeader(m: HeaderMatch<IndicatorRole>): boolean {
  const c = m.columns;
  const labelled = c.name !== undefined || c.level2 !== undefined || c.level1 !== undefined;
  const valueRoles = (['target', 'actual', 'weight', 'score'] as const).filter((r) => c[r] !== undefined).length;
  return labelled && valueRoles >= 2 && (c.weight !== undefined || c.score !== undefined);
}

function isFundHeader(m: HeaderMatch<FundRole>): boolean {
  const c = m.columns;
  const hasBudget = c.budget !== undefined || c.initialBudget !== undefined;
  return hasBudget && (c.executed !== undefined || c.rate !== undefined) && (c.rate !== undefined || c.weight !== undefined || c.score !== undefined);
}

const GROUP_WEIGHT = /[（(]\s*(\d+(?:\.\d+)?)\s*(?:分|%|％)?\s*[)）]\s*$|(\d+(?:\.\d+)?)\s*分\s*$/;

/** "产出指标（50分）" → { label: "产出指标", weight: 50 }. */
export function splitGroupLabel(text: string): { label: string; weight?: Decimal } {
  const t = text.replace(/\s+/g, '');
  const m = GROUP_WEIGHT.exec(t);
  if (!m) return { label: t };
  return { label: t.slice(0, m.index).replace(/[:：]$/, ''), weight: new Decimal(m[1] ?? m[2]!) };
}

const GRADE_RE = /(?:评价等级|自评等级|绩效等级|评定等级|评价结果|等级|评级)\s*[:：为是]?\s*[“"「]?(优秀|良好|中等|不合格|较差|合格|优|良|中|差)/;
const GRADE_WORD = /^\s*(优秀|良好|中等|不合格|较差|合格|优|良|中|差)\s*$/;

function findGrade(grid: Grid): ScoringTable['grade'] {
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = rowCells(grid, r);
    for (let i = 0; i < cells.length; i++) {
      const { cell } = cells[i]!;
      const m = GRADE_RE.exec(cell.text);
      if (m) {
        const start = m.index + m[0].length - m[1]!.length;
        return { text: m[1]!, cell, span: [start, start + m[1]!.length] };
      }
      if (/^(?:评价等级|自评等级|绩效等级|等级|评级)[:：]?$/.test(cell.text.replace(/\s+/g, ''))) {
        const next = cells[i + 1]?.cell;
        const w = next ? GRADE_WORD.exec(next.text) : null;
        if (next && w) {
          const start = next.text.indexOf(w[1]!);
          return { text: w[1]!, cell: next, span: [start, start + w[1]!.length] };
        }
      }
    }
  }
  return undefined;
}

function valueAt(grid: Grid, row: number, column: number | undefined, exclude: Set<TableCellNode>): CellValue | undefined {
  if (column === undefined) return undefined;
  const cell = cellAt(grid, row, column);
  if (!cell || exclude.has(cell)) return undefined;
  return readCell(cell);
}

/** A cell that started in an earlier row (a vertical merge) does not belong to this row's 分值/得分 again. */
function ownValueAt(grid: Grid, row: number, column: number | undefined, exclude: Set<TableCellNode>): CellValue | undefined {
  if (column === undefined) return undefined;
  const slot = grid.slots[row]?.[column];
  if (!slot || slot.continued) return undefined;
  return valueAt(grid, row, column, exclude);
}

function directionOf(op: string | undefined): IndicatorDirection {
  if (op === '>=' || op === '>') return 'positive';
  if (op === '<=' || op === '<') return 'reverse';
  if (op === '=') return 'exact';
  return 'qualitative';
}

/** Label of the whole indicator block. */
export const BLOCK_LABEL = '绩效指标';

const GROUP_HEADING = /(?:产出|效益|效果|满意度|成本)(?:指标)?/;

const STOP_LABEL = /^(?:评价等级|评价结论|自评结论|存在(?:的)?问题|问题及改进|改进措施|项目负责人|财务负责人|填表人|(?:备注|说明|注|填表说明)(?:[:：]|$))/;

export function recognizeScoringTable(table: TableNode): ScoringTable | undefined {
  const grid = buildGrid(table);
  const fund: FundRow[] = [];
  const indicators: IndicatorRecord[] = [];
  const groupWeights: GroupWeight[] = [];
  const seenGroups = new Set<string>();
  let total: ScoringTable['total'];
  let layout: ScoringTable['layout'] = 'central';
  let mode: 'none' | 'fund' | 'indicators' = 'none';
  let fundCols: ColumnMap<FundRole> = {};
  let indCols: ColumnMap<IndicatorRole> = {};
  let headerCells = new Set<TableCellNode>();
  let fundHeaderRow = 0;
  let goalCols: { target: number; actual: number } | undefined;
  let overallGoal: ScoringTable['overallGoal'];
  let prev1: string | undefined;
  let prev2: string | undefined;
  let headingLevel1: string | undefined;

  const addGroup = (text: string, level: 1 | 2, cell: TableCellNode) => {
    const { label, weight } = splitGroupLabel(text);
    const key = `${level}\u0000${label}`;
    if (!weight || seenGroups.has(key)) return;
    seenGroups.add(key);
    groupWeights.push({ label, level, weight, cell });
  };

  for (let r = 0; r < grid.rowCount; r++) {
    const cells = rowCells(grid, r);
    const ind = withRowAbove(matchHeader(grid, r, indicatorRole), r > 0 ? matchHeader(grid, r - 1, indicatorRole) : undefined, isIndicatorHeader);
    if (isIndicatorHeader(ind)) {
      mode = 'indicators';
      indCols = ind.columns;
      headerCells = new Set(cells.filter((c) => ind.headerColumns.has(c.column)).map((c) => c.cell));
      if (indCols.nature !== undefined || indCols.unit !== undefined) layout = 'sichuan';
      prev1 = prev2 = undefined;
      // Sichuan: "绩效指标（90分）" beside the header row carries the weight of the whole indicator block.
      for (const { cell } of cells) {
        if (headerCells.has(cell)) continue;
        const { label, weight } = splitGroupLabel(cellText(cell));
        if (weight && label === BLOCK_LABEL) addGroup(cellText(cell), 1, cell);
      }
      continue;
    }
    const fh = withRowAbove(matchHeader(grid, r, fundRole), r > 0 ? matchHeader(grid, r - 1, fundRole) : undefined, isFundHeader);
    if (isFundHeader(fh)) {
      mode = 'fund';
      fundCols = fh.columns;
      fundHeaderRow = r;
      headerCells = new Set(cells.filter((c) => fh.headerColumns.has(c.column)).map((c) => c.cell));
      if (cells.some((c) => /调整后预算|预算执行数/.test(normalizeHeader(c.cell.text)))) layout = 'sichuan';
      continue;
    }
    const goal = goalHeader(grid, r);
    if (goal) {
      goalCols = goal;
      mode = 'none';
      continue;
    }
    const nonEmpty = cells.filter((c) => cellText(c.cell) !== '');
    const first = nonEmpty[0];
    if (!first) continue;
    const firstText = normalizeHeader(first.cell.text);

    if (mode === 'fund') {
      const row = readFundRow(grid, r, fundCols, headerCells, fundHeaderRow);
      if (row) {
        fund.push(row);
        continue;
      }
      mode = 'none';
    }

    if (TOTAL_LABEL.test(firstText) && !first.continued) {
      total = readTotal(grid, r, first.cell, indCols, fundCols);
      mode = 'none';
      continue;
    }
    if (goalCols && !overallGoal) {
      overallGoal = { target: valueAt(grid, r, goalCols.target, new Set()), actual: valueAt(grid, r, goalCols.actual, new Set()) };
      goalCols = undefined;
      continue;
    }
    if (mode !== 'indicators') continue;
    if (STOP_LABEL.test(cellText(first.cell).replace(/\s+/g, '')) && first.column <= (indCols.name ?? 0)) {
      mode = 'none';
      continue;
    }

    // A row with one label across the table ("一、产出指标（50分）") heads the rows below it.
    const labelColumn = Math.min(...[indCols.level1, indCols.level2, indCols.name].filter((c): c is number => c !== undefined));
    if (nonEmpty.length === 1 && first.column <= labelColumn && GROUP_HEADING.test(firstText)) {
      const text = cellText(first.cell).replace(/^[一二三四五六七八九十]+[、.．]\s*/, '');
      addGroup(text, 1, first.cell);
      headingLevel1 = prev1 = text;
      prev2 = undefined;
      continue;
    }

    const exclude = new Set(headerCells);
    const l1Cell = indCols.level1 !== undefined ? cellAt(grid, r, indCols.level1) : undefined;
    const l2Cell = indCols.level2 !== undefined ? cellAt(grid, r, indCols.level2) : undefined;
    const nameCol = indCols.name ?? indCols.level2 ?? indCols.level1!;
    const nameCell = cellAt(grid, r, nameCol);
    let l1 = cellText(l1Cell) || undefined;
    let l2 = l2Cell && l2Cell !== l1Cell ? cellText(l2Cell) || undefined : undefined;
    // Markdown tables leave merged labels empty: inherit them from the row above.
    if (!l1) {
      l1 = prev1;
      if (!l2) l2 = prev2;
    }
    if (!l1 && indCols.level1 === undefined) l1 = headingLevel1;
    if (l1Cell && cellText(l1Cell)) addGroup(cellText(l1Cell), 1, l1Cell);
    if (l2Cell && l2Cell !== l1Cell && cellText(l2Cell)) addGroup(cellText(l2Cell), 2, l2Cell);
    prev1 = l1;
    prev2 = l2;

    // A row merged across the label and name columns is a group heading ("产出指标（50分）"), not an indicator.
    if (!nameCell || (indCols.name !== undefined && (nameCell === l1Cell || nameCell === l2Cell))) {
      if (nameCell && nameCell === l1Cell) addGroup(cellText(nameCell), 1, nameCell);
      continue;
    }
    const target = valueAt(grid, r, indCols.target, exclude);
    const actual = valueAt(grid, r, indCols.actual, exclude);
    const weight = ownValueAt(grid, r, indCols.weight, exclude);
    const score = ownValueAt(grid, r, indCols.score, exclude);
    const reason = valueAt(grid, r, indCols.reason, exclude);
    const name = cellText(nameCell);
    const filled = [target, actual, weight, score].some((v) => v && !v.empty);
    if (!name || !filled) continue;

    const record: IndicatorRecord = { level1: l1, level2: l2, name, nameCell, target, actual, weight, score, reason, direction: 'qualitative' };
    const unitText = indCols.unit !== undefined ? cellText(cellAt(grid, r, indCols.unit)) : undefined;
    const natureText = indCols.nature !== undefined ? cellText(cellAt(grid, r, indCols.nature)) : undefined;
    if (unitText !== undefined) record.unitColumn = unitText;
    const nature = natureText ? parseNature(natureText) : undefined;
    if (target && !target.empty && !target.notApplicable) {
      if (nature === 'qualitative') {
        record.direction = 'qualitative';
      } else {
        const parsed = parseTarget(target.text, unitText);
        const fig = nature ? figures(target.text)[0] : undefined;
        if (nature && fig) {
          record.targetValue = { op: nature, value: fig.value, unit: fig.unit ?? (unitText || undefined) };
        } else if (parsed) {
          record.targetValue = { op: parsed.op, value: parsed.value, unit: parsed.unit };
        }
        record.direction = directionOf(record.targetValue?.op);
      }
    }
    if (actual && !actual.empty && !actual.notApplicable) {
      const fig = figures(actual.text)[0];
      if (fig && record.direction !== 'qualitative') record.actualValue = { value: fig.value, unit: fig.unit ?? (unitText || undefined) };
    }
    indicators.push(record);
  }

  const scoredFund = fund.some((f) => f.weight?.value !== undefined || f.score?.value !== undefined || f.rate?.value !== undefined);
  if (indicators.length === 0 && !scoredFund) return undefined;
  return { table, layout, fund, indicators, groupWeights, total, grade: findGrade(grid), overallGoal };
}

const GOAL_TARGET = /^(?:预期目标|年度目标|年度绩效目标|总体目标|预期(?:总体)?目标|目标)$/;
const GOAL_ACTUAL = /^(?:实际完成情况|实际完成|完成情况|全年实际完成情况|实际完成目标)$/;

/** The 年度总体目标 sub-header: 预期目标 | 实际完成情况 (values in the next row). */
function goalHeader(grid: Grid, r: number): { target: number; actual: number } | undefined {
  let target: number | undefined;
  let actual: number | undefined;
  for (const { cell, column } of rowCells(grid, r)) {
    const h = normalizeHeader(cell.text);
    if (target === undefined && GOAL_TARGET.test(h)) target = column;
    else if (actual === undefined && GOAL_ACTUAL.test(h)) actual = column;
  }
  return target !== undefined && actual !== undefined ? { target, actual } : undefined;
}

function readFundRow(
  grid: Grid, r: number, cols: ColumnMap<FundRole>, headerCells: Set<TableCellNode>, headerRow: number,
): FundRow | undefined {
  const exclude = new Set(headerCells);
  const valueColumns = Object.values(cols) as number[];
  const firstValue = Math.min(...valueColumns);
  // The row label sits left of the figures; a Markdown table leaves a merged label empty, so look upwards too.
  let labelCell: TableCellNode | undefined;
  for (let up = r; up >= headerRow && !labelCell; up--) {
    labelCell = [...rowCells(grid, up)].reverse().find((c) => c.column < firstValue && cellText(c.cell) !== '')?.cell;
  }
  if (!labelCell) return undefined;
  exclude.add(labelCell);
  const row: FundRow = {
    label: cellText(labelCell),
    labelCell,
    initialBudget: valueAt(grid, r, cols.initialBudget, exclude),
    budget: valueAt(grid, r, cols.budget, exclude),
    executed: valueAt(grid, r, cols.executed, exclude),
    weight: ownValueAt(grid, r, cols.weight, exclude),
    rate: valueAt(grid, r, cols.rate, exclude),
    score: ownValueAt(grid, r, cols.score, exclude),
    reason: valueAt(grid, r, cols.reason, exclude),
  };
  const money = [row.initialBudget, row.budget, row.executed];
  if (!money.some((v) => v?.value !== undefined)) return undefined;
  return row;
}

function readTotal(
  grid: Grid, r: number, labelCell: TableCellNode, ind: ColumnMap<IndicatorRole>, fund: ColumnMap<FundRole>,
): NonNullable<ScoringTable['total']> {
  const exclude = new Set([labelCell]);
  const weightCol = ind.weight ?? fund.weight;
  const scoreCol = ind.score ?? fund.score;
  let weight = weightCol !== undefined ? valueAt(grid, r, weightCol, exclude) : undefined;
  let score = scoreCol !== undefined ? valueAt(grid, r, scoreCol, exclude) : undefined;
  if (weight && !pureNumber(weight.text)) weight = undefined;
  if (score && !pureNumber(score.text)) score = undefined;
  // The Sichuan export puts 合计's 100 in the 权重 column and leaves 得分 empty: an empty score cell under the 得分
  // column is an unfilled score, never a reason to read the weight as the score.
  const scoreCell = scoreCol !== undefined ? cellAt(grid, r, scoreCol) : undefined;
  if (!score && weight && scoreCell && scoreCell !== labelCell && cellText(scoreCell) === '') {
    return { weight, score: readCell(scoreCell), cell: labelCell };
  }
  if (!score) {
    // The columns did not line up: take the number cells after the label (分值 then 得分, or only 得分).
    const numbers = rowCells(grid, r).filter((c) => c.cell !== labelCell && pureNumber(c.cell.text)).map((c) => readCell(c.cell));
    if (numbers.length >= 2) [weight, score] = [numbers[0], numbers[1]];
    else if (numbers.length === 1) score = numbers[0];
  }
  return { weight, score, cell: labelCell };
}
