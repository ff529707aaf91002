// Growth statements (this year, previous year, change, stated rate) and deadline targets, as the rules read them.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/api.js';
import { computedRate, growthStatements } from '../../src/quantity/growth.js';
import { deadlineMissed, parseAchievedDate, parseDeadline } from '../../src/quantity/deadline.js';

const growth = (text: string) => growthStatements(parseText(text)).map((g) => ({
  current: g.current.raw, previous: g.previous?.raw, change: g.change?.raw, rate: g.rate?.raw, direction: g.direction,
  computed: computedRate(g)?.toFixed(2),
}));

describe('growthStatements', () => {
  it('reads this year, the previous year and the stated rate', () => {
    expect(growth('支出合计152.40万元，较上年的140.00万元增长10.86%。')).toEqual([
      { current: '152.40万元', previous: '140.00万元', change: undefined, rate: '10.86%', direction: 'up', computed: '8.86' },
    ]);
  });
  it('derives the previous year from the change', () => {
    expect(growth('支出152.40万元，比上年减少7.60万元，下降4.75%。')[0]).toMatchObject({ change: '7.60万元', direction: 'down', computed: '4.75' });
  });
  it('reads 上年同期 … 同比增长 and counts in 万人次', () => {
    expect(growth('本年接待游客286.3万人次，上年同期270.1万人次，同比增长6.00%。')[0]).toMatchObject({ previous: '270.1万人次', computed: '6.00' });
  });
  it('reads two figures without a rate', () => {
    expect(growth('全年接待游客275.1万人次，较上年的270.1万人次有所增长。')[0]).toMatchObject({ rate: undefined, computed: '1.85' });
  });
  it('ignores rates without both figures, percentage points and changes against a budget', () => {
    expect(growth('项目支出95.20万元，较上年增长10%。')).toEqual([]);
    expect(growth('执行率98.5%，较上年的95.0%提高3.5个百分点。')).toEqual([]);
    expect(growth('调整后预算120万元，较年初预算100万元增加20万元，增长20%。')).toEqual([]);
    expect(growth('全年发放资料5000份，较上年多发放1000份，增长25%。')).toEqual([]);
  });
});

describe('deadlines', () => {
  it('parses deadline targets and achieved dates', () => {
    expect(parseDeadline('2024年10月底前')).toEqual({ year: 2024, month: 10 });
    expect(parseDeadline('10月31日前完成')).toEqual({ month: 10, day: 31 });
    expect(parseDeadline('2024年底前')).toEqual({ year: 2024, month: 12 });
    expect(parseDeadline('2024年1月-12月')).toBeUndefined();
    expect(parseDeadline('12个月内')).toBeUndefined();
    expect(parseAchievedDate('已于2024年9月20日完成')).toEqual({ year: 2024, month: 9, day: 20 });
    expect(parseAchievedDate('2024年10月-11月')).toBeUndefined();
  });
  it('judges a date against a deadline (a month without a day means the whole month)', () => {
    expect(deadlineMissed({ year: 2024, month: 10 }, { year: 2024, month: 11 })).toBe(true);
    expect(deadlineMissed({ year: 2024, month: 10 }, { year: 2024, month: 10, day: 31 })).toBe(false);
    expect(deadlineMissed({ year: 2024, month: 10, day: 15 }, { year: 2024, month: 10, day: 20 })).toBe(true);
    expect(deadlineMissed({ month: 10 }, { month: 9 })).toBe(false);
    expect(deadlineMissed({ year: 2024, month: 12 }, { year: 2025, month: 1 })).toBe(true);
  });
});
