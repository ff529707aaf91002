// A 自评表 that is visibly incomplete: no 合计/总分 row and the last indicator row cut off (its weight missing), or an
// indicator block with no 预算执行 block whose weights fall short of the total by just the 预算执行率 weight. Such a table gets one finding saying
// so (weight-sum), and its weight sum is not reported as wrong.
import type { TableCellNode } from '../model/types.js';
import type { ScoringTable } from './types.js';
import type { Decimal } from 'decimal.js';

export type Incomplete = { kind: 'cut'; name: string; cell: TableCellNode } | { kind: 'noFund'; cell: TableCellNode };

export function incompleteTable(table: ScoringTable, indicatorSum: Decimal | undefined, total: Decimal, fundWeight: Decimal): Incomplete | undefined {
  const last = table.indicators.at(-1);
  if (!last) return undefined;
  if (!table.total && (!last.weight || last.weight.empty || (last.score?.empty && last.actual?.empty))) {
    return { kind: 'cut', name: last.name, cell: last.nameCell };
  }
  const executionRow = table.indicators.some((r) => /执行率/.test(r.name));
  const stated = table.total?.weight?.value;
  if (table.fund.length === 0 && !executionRow && indicatorSum?.plus(fundWeight).equals(total) && (!stated || stated.equals(total))) {
    return { kind: 'noFund', cell: table.total?.cell ?? table.indicators[0]!.nameCell };
  }
  return undefined;
}
