// Any table shape (random spans, grid columns, header words, numbers, blanks) is read without throwing, and the
// grid repeats every merged cell in each slot it covers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../src/tables/grid.js';
import { recognizeScoringTable } from '../../src/tables/recognize.js';
import type { TableCellNode, TableNode } from '../../src/model/types.js';

const pos = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const words = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因', '指标性质', '度量单位',
  '年初预算数', '全年预算数', '全年执行数', '执行率', '总分', '评价等级：良', '产出指标（50分）', '≥6次', '3次', '—', '', '10', '7.5',
  '85.00%', '效果较明显', '≤12万元', '注：说明', '预期目标', '实际完成情况'];

const cellArb = fc.record({
  text: fc.constantFrom(...words),
  colSpan: fc.integer({ min: 1, max: 4 }),
  rowSpan: fc.integer({ min: 1, max: 4 }),
  skip: fc.integer({ min: 0, max: 2 }),
});
const tableArb = fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 14 });

function toTable(rows: { text: string; colSpan: number; rowSpan: number; skip: number }[][]): TableNode {
  return {
    type: 'table', data: {}, position: pos,
    children: rows.map((cells) => {
      let col = 0;
      const children: TableCellNode[] = cells.map((c) => {
        col += c.skip;
        const cell: TableCellNode = { type: 'tableCell', text: c.text, colSpan: c.colSpan, rowSpan: c.rowSpan, gridColumn: col, data: {}, position: pos };
        col += c.colSpan;
        return cell;
      });
      return { type: 'tableRow', data: {}, position: pos, children };
    }),
  };
}

describe('random tables', () => {
  it('never throw and give consistent records', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const table = toTable(rows);
        const grid = buildGrid(table);
        for (const line of grid.slots) expect(line).toHaveLength(grid.columnCount);
        const scoring = recognizeScoringTable(table);
        if (scoring) {
          for (const record of scoring.indicators) {
            expect(record.name).not.toBe('');
            if (record.direction !== 'qualitative') expect(record.targetValue).toBeDefined();
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a merged cell fills every slot it covers', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const table = toTable(rows);
        const grid = buildGrid(table);
        table.children.forEach((row, r) => {
          for (const cell of row.children) {
            const at = grid.slots[r]!.findIndex((s) => s?.cell === cell && s.origin);
            if (at < 0) continue; // displaced by a cell merged down from above
            for (let dc = 0; dc < cell.colSpan && at + dc < grid.columnCount; dc++) {
              for (let dr = 0; dr < cell.rowSpan && r + dr < grid.rowCount; dr++) {
                const slot = grid.slots[r + dr]![at + dc];
                expect(slot).toBeDefined();
              }
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
