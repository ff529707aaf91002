import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantity/extract.js';
import { parseChineseNumeral } from '../../src/quantity/numerals.js';
import { agreement, ratioAgreement } from '../../src/quantity/tolerance.js';
import { Decimal } from 'decimal.js';

const raws = (text: string) => extractQuantities(text).map((q) => q.raw);
const one = (text: string) => {
  const qs = extractQuantities(text);
  expect(qs.length, qs.map((q) => q.raw).join(',')).toBe(1);
  return qs[0]!;
};

describe('Chinese numerals', () => {
  it.each([
    ['三', 3], ['十', 10], ['十二', 12], ['两', 2], ['二十', 20], ['一百零五', 105], ['三万五千', 35000], ['二〇二五', 2025],
  ])('%s → %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  it('rejects non-numerals', () => expect(parseChineseNumeral('三是')).toBeUndefined());
});

describe('extractQuantities: figures and units', () => {
  it('money with exact conversion to 元', () => {
    const q = one('人员经费236.95万元');
    expect(q.value.toString()).toBe('236.95');
    expect(q.unit).toBe('万元');
    expect(q.kind).toBe('money');
    expect(q.base.toString()).toBe('2369500');
    expect(q.step.toString()).toBe('100');
    expect(q.label).toBe('人员经费');
  });
  it('亿元 and 元 are the same dimension in base units', () => {
    expect(one('总投资1.2亿元').base.toString()).toBe('120000000');
    expect(one('支出3,500.50元').base.toString()).toBe('3500.5');
  });
  it('full-width digits', () => {
    const q = one('发放资料２０００份');
    expect(q.value.toString()).toBe('2000');
    expect(q.raw).toBe('２０００份');
  });
  it('thousands separators', () => expect(one('服务群众12,345人次').value.toString()).toBe('12345'));
  it('percent', () => {
    const q = one('执行率98.5%');
    expect(q.kind).toBe('percent');
    expect(q.label).toBe('执行率');
    expect(q.share).toBeUndefined();
  });
  it('count units, 人（次） normalized', () => {
    expect(extractQuantities('接受群众咨询5000人（次）')[0]!.unit).toBe('人次');
    for (const [text, unit] of [['3所', '所'], ['5场', '场'], ['2期', '期'], ['4篇', '篇'], ['6项', '项'], ['3家', '家'], ['2册', '册'], ['8小时', '小时'], ['3个月', '个月']]) {
      expect(one(`完成${text}`).unit).toBe(unit);
    }
  });
  it('万 multiplier on counts', () => {
    const q = one('受益群众1.5万人次');
    expect(q.value.toString()).toBe('15000');
    expect(q.unit).toBe('人次');
    expect(q.step.toString()).toBe('1000');
  });
  it('Chinese numerals with units', () => {
    expect(raws('开展活动三次，覆盖十二所学校')).toEqual(['三次', '十二所']);
    expect(one('科普橱窗更新十二次').value.toNumber()).toBe(12);
  });
  it('frequencies are marked', () => {
    const qs = extractQuantities('科普橱窗更新两月一次，一年总共更新6次');
    expect(qs.map((q) => [q.raw, !!q.frequency])).toEqual([['一次', true], ['6次', false]]);
    expect(one('每月2次').frequency).toBe(true);
  });
  it('上半年 / 下半年 are periods, not frequencies', () => {
    const qs = extractQuantities('开展活动6次，上半年3次，下半年3次');
    expect(qs.map((q) => q.period ?? '')).toEqual(['', '上半年', '下半年']);
    expect(qs.every((q) => !q.frequency)).toBe(true);
  });
  it('scores', () => {
    const q = one('综合绩效评分为80分');
    expect(q.kind).toBe('score');
    expect(q.label).toBe('综合绩效评分');
  });
  it('Chinese percentages', () => {
    const q = one('满意度达到百分之九十五点五');
    expect(q.kind).toBe('percent');
    expect(q.value.toString()).toBe('95.5');
    expect(q.comparator).toBe('>=');
  });
  it('percentage points are not percents', () => expect(one('提高2.5个百分点').kind).toBe('points'));
  it('分 in 分别 / 分钟 is not a unit', () => {
    expect(extractQuantities('两项分别为3').map((q) => q.kind)).toEqual(['count', 'bare']);
    expect(one('得分为3分别计入').kind).toBe('bare');
    expect(one('用时30分钟').kind).toBe('bare');
  });
});

describe('extractQuantities: comparators and ranges', () => {
  it.each([
    ['资料不少于2000份', '>=', '不少于'], ['≥6所', '>=', '≥'], ['不低于90%', '>=', '不低于'], ['达到12次', '>=', '达到'],
    ['不超过12万元', '<=', '不超过'], ['≤30天', '<=', '≤'], ['控制在10万元以内', '<=', '控制在'], ['超过5次', '>', '超过'],
    ['低于3%', '<', '低于'],
  ])('%s', (text, op, words) => {
    const q = one(text);
    expect(q.comparator).toBe(op);
    expect(q.comparatorText).toBe(words);
  });
  it('comparators after the figure', () => {
    expect(one('培训500人以上').comparator).toBe('>=');
    expect(one('10个工作日以内').comparator).toBe('<=');
    expect(one('约200人').approximate).toBe(true);
    expect(one('500余人').approximate).toBe(true);
  });
  it('ranges', () => {
    const q = one('开展3-5次');
    expect(q.range?.low.toNumber()).toBe(3);
    expect(q.range?.high.toNumber()).toBe(5);
    expect(q.unit).toBe('次');
    expect(one('满意度80%～90%').range?.high.toNumber()).toBe(90);
    expect(one('培训3至5期').range?.low.toNumber()).toBe(3);
  });
});

describe('extractQuantities: numbers that are not quantities', () => {
  it.each([
    '鹿发〔2019〕8号', '鹿发﹝2019﹞8号', '财预[2020]10号', '2025年12月31日', '2025年度', '2024年', '12月31日', '2025-12-31',
    '联系电话：0311-82012345', '手机13812345678', '《全民科学素质行动计划纲要（2021—2035年）》', '1、开展学术交流', '（1）提高学术交流质量',
    '第3次会议', '二〇二五年', '3月份', '10:30开会', 'G20峰会',
  ])('%s', (text) => expect(raws(text)).toEqual([]));
  it('inline enumeration labels', () => {
    expect(raws('根据情况，1.科普活动评分为80分，良好。2.老科协活动经费评分为90分')).toEqual(['80分', '90分']);
  });
  it('decimals are not labels', () => expect(raws('1.5万元')).toEqual(['1.5万元']));
  it('12个月 is a duration, not a date', () => expect(one('建设期12个月').unit).toBe('个月'));
});

describe('extractQuantities: labels and binding', () => {
  it('binds the seed budget sentence', () => {
    const qs = extractQuantities('基本支出中人员经费236.95万元，占基本支出87.19%，日常公用经费34.81万元，占基本支出12.81%。');
    expect(qs.map((q) => q.label)).toEqual(['人员经费', '', '日常公用经费', '']);
    expect(qs[0]!.partOf).toBe('基本支出');
    expect(qs[1]!.share).toEqual({ of: '基本支出' });
    expect(qs[3]!.share).toEqual({ of: '基本支出' });
  });
  it('其中 lists', () => {
    const qs = extractQuantities('支出100万元，其中：基本支出60万元，项目支出40万元');
    expect(qs.map((q) => q.label)).toEqual(['支出', '基本支出', '项目支出']);
  });
  it('share with subject', () => {
    expect(one('人员经费占基本支出的87.19%').share).toEqual({ of: '基本支出', subject: '人员经费' });
    expect(one('财政拨款占比60%').share).toEqual({ of: '', subject: '财政拨款' });
  });
  it('rates are not shares', () => {
    for (const text of ['预算执行率98%', '群众满意度95%', '任务完成率100%', '同比增长率12%', '资产占用率90%']) expect(one(text).share).toBeUndefined();
  });
  it('the year of the sentence', () => {
    const qs = extractQuantities('我单位2024年度财政拨款收入271.77万元，年初结转0万元');
    expect(qs[0]!.year).toBe(2024);
    expect(qs[0]!.label).toBe('财政拨款收入');
  });
  it('words after the figure', () => expect(one('组织326名学生参加大赛').after).toBe('学生参加大赛'));
  it('per-item figures are distributive', () => expect(one('每次活动持续时间为1天').distributive).toBe(true));
  it('每年 in an annual report is the year\'s amount', () => {
    const q = one('每年开展活动不少于6次');
    expect(q.distributive).toBeUndefined();
    expect(q.frequency).toBeUndefined();
    expect(one('每年更新1次').frequency).toBeUndefined();
    expect(one('每季度更新1次').frequency).toBe(true);
  });
  it('offsets point at the figure', () => {
    const text = '向群众发放资料2000份，接受咨询5000人次';
    for (const q of extractQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.raw);
  });
});

describe('tolerance', () => {
  const d = (v: string) => new Decimal(v);
  it('half a unit is no finding, one unit is a last-digit slip, more is an error', () => {
    expect(agreement(d('271.765'), d('271.77'), d('0.01'))).toBe('ok');
    expect(agreement(d('271.76'), d('271.77'), d('0.01'))).toBe('last-digit');
    expect(agreement(d('271.74'), d('271.77'), d('0.01'))).toBe('off');
  });
  it('ratio allows for rounding of its inputs', () => {
    expect(ratioAgreement(d('236.95'), d('0.01'), d('271.77'), d('0.01'), d('87.19'), d('0.01'))?.agreement).toBe('ok');
    expect(ratioAgreement(d('236.95'), d('0.01'), d('271.77'), d('0.01'), d('87.20'), d('0.01'))?.agreement).toBe('last-digit');
    expect(ratioAgreement(d('236.95'), d('0.01'), d('271.77'), d('0.01'), d('85'), d('1'))?.agreement).toBe('off');
    // 1 of 3 written as 33% is fine
    expect(ratioAgreement(d('1'), d('1'), d('3'), d('1'), d('33'), d('1'))?.agreement).toBe('ok');
  });
});
