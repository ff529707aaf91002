// Which tables are scoring tables, and what their rows say (both readers).
import { describe, expect, it } from 'vitest';
import { parseReport, parseText } from '../../src/api.js';
import { scoringTables } from '../../src/tables/index.js';
import { renderScoringTables, scoringTablesJson } from '../../src/cli/views/scoring-tables.js';
import { makeDocx } from '../helpers/make-docx.js';

const md = (text: string) => parseText(text, 't.md');

describe('tables that are not scoring tables are left alone', () => {
  it.each([
    ['budget table', '| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n| 基本支出 | 271.77 | 271.77 | 271.77 |'],
    ['staff table', '| 类别 | 人数 |\n|---|---|\n| 在职 | 12 |\n| 退休 | 3 |'],
    ['targets without scores', '| 三级指标 | 指标值 | 完成值 |\n|---|---|---|\n| 培训人数 | ≥800人 | 812人 |'],
    ['goal block only', '| 年度总体目标 | 预期目标 | 实际完成情况 |\n|---|---|---|\n| | 开展活动6次 | 开展活动3次 |'],
  ])('%s', (_name, text) => {
    expect(scoringTables(md(`# 表\n\n${text}\n`))).toEqual([]);
  });

  it('a report without tables has none, and an empty string renders', () => {
    const doc = md('# 一、基本情况\n\n自评得分80分。\n');
    expect(scoringTables(doc)).toEqual([]);
    expect(renderScoringTables(doc)).toBe('');
  });
});

describe('reading indicator rows', () => {
  const table = [
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 | 未完成原因 |',
    '|---|---|---|---|---|---|---|---|',
    '| 产出指标（60分） | 数量指标 | 培训人数 | ≥800人 | 812人 | 30 | 30 | |',
    '| | | 培训期数 | ≥20期 | 18期 | 10 | 9 | 两期并班 |',
    '| | 质量指标 | 合格率 | ≥90% | — | 20 | 20 | |',
    '| 效益指标（30分） | | 就业率 | ≥60% | 66% | 30 | 30 | |',
    '| 满意度指标（10分） | 满意度 | 学员满意度 | ≥90% | | 10 | 0 | 未开展调查 |',
    '| 合计 | | | | | 100 | 89 | |',
  ].join('\n');
  const [t] = scoringTables(md(`# 表\n\n${table}\n`));

  it('inherits empty merged labels from the row above, but not a level-2 label into a new group', () => {
    expect(t!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标（60分）', '数量指标', '培训人数'],
      ['产出指标（60分）', '数量指标', '培训期数'],
      ['产出指标（60分）', '质量指标', '合格率'],
      ['效益指标（30分）', undefined, '就业率'],
      ['满意度指标（10分）', '满意度', '学员满意度'],
    ]);
  });

  it('reads weights from group labels', () => {
    expect(t!.groupWeights.map((g) => `${g.label}=${g.weight}`)).toEqual(['产出指标=60', '效益指标=30', '满意度指标=10']);
  });

  it('tells "not applicable" from "missing"', () => {
    expect(t!.indicators[2]!.actual).toMatchObject({ notApplicable: true });
    expect(t!.indicators[4]!.actual).toMatchObject({ empty: true });
  });

  it('reads 合计 as the total row and the reason column by its synonym', () => {
    expect(t!.total?.score?.value?.toString()).toBe('89');
    expect(t!.total?.weight?.value?.toString()).toBe('100');
    expect(t!.indicators[1]!.reason?.text).toBe('两期并班');
  });

  it('parses targets and actual values', () => {
    const r = t!.indicators[1]!;
    expect(r.direction).toBe('positive');
    expect(r.targetValue).toMatchObject({ op: '>=', unit: '期' });
    expect(r.targetValue!.value.toString()).toBe('20');
    expect(r.actualValue!.value.toString()).toBe('18');
  });

  it('has a JSON form and a text form', () => {
    const doc = md(`# 表\n\n${table}\n`);
    const json = scoringTablesJson(doc);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json[0]!.indicators[0]).toMatchObject({ name: '培训人数', direction: 'positive', targetValue: { op: '>=', value: '800', unit: '人' } });
    const text = renderScoringTables(doc);
    expect(text).toContain('产出指标（60分） > 数量指标 > 培训期数 (positive)');
    expect(text).toContain('总分: 分值 100 | 得分 89');
  });
});

describe('.docx layouts', () => {
  it('group heading rows across the table give the level-1 label and weight', async () => {
    const bytes = makeDocx({
      blocks: [{
        table: [
          ['二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          [{ text: '一、产出指标（40分）', gridSpan: 6 }],
          ['数量指标', '培训人数', '≥800人', '812人', '40', '40'],
          [{ text: '二、效益指标（60分）', gridSpan: 6 }],
          ['社会效益', '就业率', '≥60%', '66%', '60', '60'],
        ],
      }],
    });
    const [t] = scoringTables(await parseReport(bytes, 'g.docx'));
    expect(t!.indicators.map((i) => [i.level1, i.name])).toEqual([['产出指标（40分）', '培训人数'], ['效益指标（60分）', '就业率']]);
    expect(t!.groupWeights.map((g) => `${g.label}=${g.weight}`)).toEqual(['产出指标=40', '效益指标=60']);
  });

  it('cells with several paragraphs, gridAfter and a vertically merged weight', async () => {
    const bytes = makeDocx({
      blocks: [{
        table: [
          { cells: ['一级指标', '三级指标', '指标值', '完成值', '分值', '得分'], gridAfter: 1 },
          { cells: [{ text: '产出指标', vMerge: 'restart' }, { paragraphs: ['培训', '人数'] }, '≥800人', { paragraphs: ['812人', '（含线上）'] }, { text: '20', vMerge: 'restart' }, '10'], gridAfter: 1 },
          { cells: [{ vMerge: 'continue' }, '培训期数', '≥20期', '20期', { vMerge: 'continue' }, '10'], gridAfter: 1 },
        ],
      }],
    });
    const [t] = scoringTables(await parseReport(bytes, 'p.docx'));
    expect(t!.indicators.map((i) => [i.level1, i.name, i.actual?.text, i.weight?.text])).toEqual([
      ['产出指标', '培训人数', '812人 （含线上）', '20'],
      ['产出指标', '培训期数', '20期', undefined],
    ]);
  });

  it('a 评价等级 label with the grade in the next cell', async () => {
    const bytes = makeDocx({
      blocks: [{
        table: [
          ['三级指标', '指标值', '完成值', '分值', '得分'],
          ['培训人数', '≥800人', '812人', '100', '95'],
          ['总分', '', '', '100', '95'],
          ['评价等级', { text: '优', gridSpan: 4 }],
        ],
      }],
    });
    const [t] = scoringTables(await parseReport(bytes, 'g.docx'));
    expect(t!.grade).toMatchObject({ text: '优', span: [0, 1] });
    expect(t!.total?.score?.text).toBe('95');
  });

  it('a Sichuan table reads direction from 指标性质 and the unit from 度量单位', async () => {
    const bytes = makeDocx({
      blocks: [{
        table: [
          ['一级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
          ['产出指标', '单处维修成本', '≤', '0.4', '万元', '0.38', '10', '10'],
          ['产出指标', '处数', '正向', '120', '处', '126', '10', '10'],
          ['效益指标', '长效运行', '定性', '长期', '', '长期', '10', '10'],
        ],
      }],
    });
    const [t] = scoringTables(await parseReport(bytes, 's.docx'));
    expect(t!.layout).toBe('sichuan');
    expect(t!.indicators.map((i) => [i.direction, i.targetValue?.op, i.targetValue?.unit, i.actualValue?.unit])).toEqual([
      ['reverse', '<=', '万元', '万元'],
      ['positive', '>=', '处', '处'],
      ['qualitative', undefined, undefined, undefined],
    ]);
  });

  it('a two-row header: value headers merged down over the 一级/二级/三级 row', async () => {
    const bytes = makeDocx({
      blocks: [{
        table: [
          [{ text: '绩效指标', gridSpan: 3 }, { text: '年度指标值', vMerge: 'restart' }, { text: '实际完成值', vMerge: 'restart' }, { text: '分值', vMerge: 'restart' }, { text: '得分', vMerge: 'restart' }],
          ['一级指标', '二级指标', '三级指标', { vMerge: 'continue' }, { vMerge: 'continue' }, { vMerge: 'continue' }, { vMerge: 'continue' }],
          ['产出指标', '数量指标', '培训人数', '≥800人', '400人', '10', '10'],
        ],
      }],
    });
    const [t] = scoringTables(await parseReport(bytes, 'h.docx'));
    expect(t!.indicators.map((i) => [i.level1, i.name, i.target?.text, i.actual?.text, i.weight?.text])).toEqual([
      ['产出指标', '培训人数', '≥800人', '400人', '10'],
    ]);
  });
});

describe('two-row headers in Markdown', () => {
  it('the second header row leaves the value columns empty', () => {
    const doc = md([
      '# 表', '',
      '| 绩效指标 | | | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| 一级指标 | 二级指标 | 三级指标 | | | | |',
      '| 产出指标 | 数量指标 | 培训人数 | ≥800人 | 400人 | 10 | 10 |', '',
    ].join('\n'));
    const [t] = scoringTables(doc);
    expect(t!.indicators.map((i) => [i.name, i.targetValue?.value.toString(), i.score?.text])).toEqual([['培训人数', '800', '10']]);
  });
});

describe('a 自评表 typed as two tables, or inside a layout table', () => {
  const fundRows = [
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', '10.00', '10.00', '9.00', '10', '90.00%', '9'],
  ];
  const indicatorRows = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标（90分）', '数量指标', '培训人数', '≥800人', '812人', '90', '90'],
    ['总分', '', '', '', '', '100', '99'],
  ];

  it('Markdown: fund table and indicator table read as one', () => {
    const gfm = (rows: string[][]) => [`| ${rows[0]!.join(' | ')} |`, `|${' --- |'.repeat(rows[0]!.length)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const doc = md(`# 表\n\n${gfm(fundRows)}\n\n绩效指标完成情况：\n\n${gfm(indicatorRows)}\n`);
    const tables = scoringTables(doc);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.fund[0]!.score?.text).toBe('9');
    expect(tables[0]!.indicators.map((i) => i.name)).toEqual(['培训人数']);
    expect(tables[0]!.total?.score?.text).toBe('99');
  });

  it('.docx: the same, and tables in different sections stay apart', async () => {
    const joined = await parseReport(makeDocx({ blocks: [{ table: fundRows }, { table: indicatorRows }] }), 'j.docx');
    expect(scoringTables(joined)).toHaveLength(1);
    const apart = await parseReport(makeDocx({
      blocks: [
        { text: '项目一', style: 'Heading 1' }, { table: fundRows },
        { text: '项目二', style: 'Heading 1' }, { table: indicatorRows },
      ],
    }), 'a.docx');
    expect(scoringTables(apart)).toHaveLength(2);
  });

  it('.docx: a 自评表 nested in a layout table cell', async () => {
    const doc = await parseReport(makeDocx({ blocks: [{ table: [[{ text: '附表', table: indicatorRows }]] }] }), 'n.docx');
    const [t] = scoringTables(doc);
    expect(t!.indicators.map((i) => i.name)).toEqual(['培训人数']);
    expect(t!.indicators[0]!.nameCell.position.start.line).toBeGreaterThan(1);
  });
});

describe('damaged tables do not throw', () => {
  it('odd spans and grid columns', async () => {
    const { buildGrid } = await import('../../src/tables/grid.js');
    const { recognizeScoringTable } = await import('../../src/tables/recognize.js');
    const pos = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const cell = (text: string, extra: Partial<{ colSpan: number; rowSpan: number; gridColumn: number }> = {}) =>
      ({ type: 'tableCell' as const, text, colSpan: 1, rowSpan: 1, gridColumn: 0, data: {}, position: pos, ...extra });
    const table = {
      type: 'table' as const, data: {}, position: pos,
      children: [
        { type: 'tableRow' as const, data: {}, position: pos, children: [cell('三级指标'), cell('分值', { gridColumn: 1e9 }), cell('得分', { colSpan: 1e9 }), cell('指标值', { rowSpan: 1e6, gridColumn: -3 })] },
        { type: 'tableRow' as const, data: {}, position: pos, children: [] },
        { type: 'tableRow' as const, data: {}, position: pos, children: [cell('x', { colSpan: Number.NaN, gridColumn: Number.NaN }), cell('5'), cell('6')] },
      ],
    };
    const grid = buildGrid(table);
    expect(grid.columnCount).toBeLessThanOrEqual(512);
    expect(() => recognizeScoringTable(table)).not.toThrow();
    expect(recognizeScoringTable({ ...table, children: [] })).toBeUndefined();
  });
});

describe('where the indicator block ends', () => {
  const rows = (extra: string) => [
    '# 表', '',
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
    '|---|---|---|---|---|---|---|',
    '| 产出指标 | 数量指标 | 培训人数 | ≥800人 | 812人 | 10 | 10 |',
    '| | | 注册会员数量 | ≥300人 | 320人 | 10 | 10 |',
    '| | | 说明书发放数量 | ≥300份 | 320份 | 10 | 10 |',
    extra, '',
  ].join('\n');
  it('names that start like a note ("注册…", "说明书…") are indicators', () => {
    const [t] = scoringTables(md(rows('')));
    expect(t!.indicators.map((i) => i.name)).toEqual(['培训人数', '注册会员数量', '说明书发放数量']);
  });
  it('a note row ends the block', () => {
    const [t] = scoringTables(md(rows('| 注：定量指标按完成比例计分 | | | | | 5 | 5 |')));
    expect(t!.indicators).toHaveLength(3);
  });
});
