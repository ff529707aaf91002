import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { figures, inUnit, isNotApplicable, parseNature, parseTarget, pureNumber, readCell } from '../../src/tables/cell.js';
import { exceeds, verdict } from '../../src/tables/compare.js';
import { outcomeOf } from '../../src/tables/qualitative.js';
import { normalizeHeader, indicatorRole, fundRole } from '../../src/tables/headers.js';
import { splitGroupLabel } from '../../src/tables/index.js';
import type { TableCellNode } from '../../src/model/types.js';

const cell = (text: string): TableCellNode => ({
  type: 'tableCell', text, colSpan: 1, rowSpan: 1, gridColumn: 0, data: {},
  position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
});

describe('cell values', () => {
  it.each([
    ['≥2000份', '2000', '份'],
    ['85.00%', '85', '%'],
    ['10.2万元', '10.2', '万元'],
    ['12次/年', '12', '次/年'],
    ['92％', '92', '%'],
    ['1,200人次', '1200', '人次'],
    ['3所小学', '3', '所'],
    ['0.5', '0.5', undefined],
  ])('%s → %s %s', (text, value, unit) => {
    const v = readCell(cell(text));
    expect(v.value?.toString()).toBe(value);
    expect(v.unit).toBe(unit);
  });

  it.each(['—', '——', '-', '/', '／', '无', '不适用', ' — '])('"%s" is not applicable, not missing', (text) => {
    const v = readCell(cell(text));
    expect(v.notApplicable).toBe(true);
    expect(v.empty).toBeUndefined();
    expect(isNotApplicable(text)).toBe(true);
  });

  it('an empty cell is empty', () => {
    expect(readCell(cell('  ')).empty).toBe(true);
    expect(readCell(cell('两月更新一次')).value).toBeUndefined();
  });

  it('keeps the printed precision', () => {
    expect(figures('85.00%')[0]!.decimals).toBe(2);
    expect(figures('12')[0]!.decimals).toBe(0);
  });

  it('pure numbers for 分值/得分', () => {
    expect(pureNumber('7.5')?.value.toString()).toBe('7.5');
    expect(pureNumber('10分')?.value.toString()).toBe('10');
    expect(pureNumber('评价等级：良')).toBeUndefined();
    expect(pureNumber('约10')).toBeUndefined();
  });
});

describe('targets and direction', () => {
  it.each([
    ['≥6次', '>=', '6', '次'],
    ['不少于2000份', '>=', '2000', '份'],
    ['90%以上', '>=', '90', '%'],
    ['≤12万元', '<=', '12', '万元'],
    ['不超过0.4万元', '<=', '0.4', '万元'],
    ['控制在5%以内', '<=', '5', '%'],
    ['=100%', '=', '100', '%'],
    ['12次/年', '=', '12', '次/年'],
    ['>95%', '>', '95', '%'],
  ])('%s → %s %s %s', (text, op, value, unit) => {
    const t = parseTarget(text)!;
    expect(t.op).toBe(op);
    expect(t.value.toString()).toBe(value);
    expect(t.unit).toBe(unit);
  });

  it.each(['效果明显', '长期', '2024年12月底前', '按时完成', '在项目计划完成时间内完成', '覆盖全区所有3个街道的宣传效果明显提升'])(
    '"%s" is qualitative', (text) => expect(parseTarget(text)).toBeUndefined(),
  );

  it('takes the unit from a 度量单位 column when the value has none', () => {
    expect(parseTarget('120', '处')!.unit).toBe('处');
  });

  it.each([['≥', '>='], ['正向', '>='], ['≤', '<='], ['反向', '<='], ['=', '='], ['定性', 'qualitative']])(
    'Sichuan 指标性质 %s → %s', (text, want) => expect(parseNature(text)).toBe(want),
  );

  it('converts money units and keeps measure words apart', () => {
    expect(inUnit(new Decimal(102000), '元', '万元')!.toString()).toBe('10.2');
    expect(inUnit(new Decimal(6), '次', '次/年')!.toString()).toBe('6');
    expect(inUnit(new Decimal(6), '所', '份')).toBeUndefined();
    expect(inUnit(new Decimal(6), '%', '万元')).toBeUndefined();
  });
});

describe('qualitative outcomes', () => {
  it.each([
    ['效果较明显', 'achieved'], ['达成预期指标', 'achieved'], ['已完成', 'achieved'], ['长期', 'achieved'], ['好', 'achieved'],
    ['部分达成', 'partial'], ['有所改善', 'partial'], ['效果一般', 'partial'], ['部分改善', 'partial'],
    ['未达成', 'missed'], ['效果较差', 'missed'], ['未完成', 'missed'],
  ])('%s → %s', (text, want) => expect(outcomeOf(text)).toBe(want));

  it('the same words as the target mean achieved; unclear words mean nothing', () => {
    expect(outcomeOf('按季度发放', '按季度发放')).toBe('achieved');
    expect(outcomeOf('见附件')).toBeUndefined();
  });
});

describe('rounding tolerance', () => {
  const d = (x: string) => new Decimal(x);
  it('half a unit of the least precise figure is no finding', () => {
    expect(verdict(d('85.00'), d('85.004'), 2)).toBe('ok');
    expect(verdict(d('12'), d('12.5'), 0)).toBe('ok');
  });
  it('one last-digit unit is a warning, more an error', () => {
    expect(verdict(d('271.77'), d('271.76'), 2)).toBe('warning');
    expect(verdict(d('85.02'), d('85.00'), 2)).toBe('error');
    expect(verdict(d('85.01'), d('85.014'), 2)).toBe('ok');
  });
  it('an upper bound is only exceeded from above', () => {
    expect(exceeds(d('4'), d('5'), 0)).toBe('ok');
    expect(exceeds(d('4.5'), d('4.17'), 0)).toBe('ok');
    expect(exceeds(d('5'), d('4.17'), 0)).toBe('warning');
    expect(exceeds(d('8.6'), d('8.5'), 1)).toBe('warning');
    expect(exceeds(d('6'), d('4'), 0)).toBe('error');
    expect(exceeds(d('10'), d('5'), 0)).toBe('error');
  });
});

describe('headers', () => {
  it.each([
    ['年度指标值（A）', 'target'], ['指标值', 'target'], ['实际完成值（B）', 'actual'], ['完成值', 'actual'], ['分值', 'weight'],
    ['权重', 'weight'], ['得分', 'score'], ['偏差原因分析及改进措施', 'reason'], ['未完成原因分析', 'reason'], ['三级指标', 'name'],
    ['指标性质', 'nature'], ['度量单位', 'unit'], ['一级指标', 'level1'], ['二 级 指 标', 'level2'],
    ['全年实际完成值', 'actual'], ['全年实际值', 'actual'], ['实际完成情况', 'actual'], ['年度目标值', 'target'],
    ['计划目标值', 'target'], ['目标值', 'target'], ['预期指标值', 'target'], ['指标名称', 'name'], ['自评得分', 'score'],
  ])('indicator header %s → %s', (text, role) => expect(indicatorRole(text)).toBe(role));

  it.each([
    ['年初预算数', 'initialBudget'], ['全年预算数（A）', 'budget'], ['调整后预算数', 'budget'], ['全年执行数（B）', 'executed'],
    ['预算执行数', 'executed'], ['执行率（B/A）', 'rate'], ['预算执行率', 'rate'], ['得分(分*执行率)', 'score'], ['分值', 'weight'],
  ])('fund header %s → %s', (text, role) => expect(fundRole(text)).toBe(role));

  it('drops bracketed notes', () => expect(normalizeHeader('全年预算数（A）')).toBe('全年预算数'));

  it('splits group weights off labels', () => {
    expect(splitGroupLabel('产出指标（50分）')).toMatchObject({ label: '产出指标' });
    expect(splitGroupLabel('产出指标（50分）').weight?.toString()).toBe('50');
    expect(splitGroupLabel('效益指标(30)').weight?.toString()).toBe('30');
    expect(splitGroupLabel('满意度指标').weight).toBeUndefined();
  });
});
