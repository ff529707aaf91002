import { describe, expect, it } from 'vitest';
import {
  chineseNumeralValue, toChineseNumeral, parseLabel, formatLabel, expectedLabel, labelRank, kindRank, titleOffsetAfter,
  circledValue, toCircled, isCanonical, confusableKind,
} from '../../src/tree/labels.js';

describe('chineseNumeralValue', () => {
  it.each([
    ['一', 1], ['二', 2], ['两', 2], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23],
    ['九十九', 99], ['一十', 10], ['〇', 0], ['零', 0],
  ])('%s → %d', (numeral, value) => expect(chineseNumeralValue(numeral)).toBe(value));

  it.each(['', '十十', '三二', '一百', '二十零', '零十', '十二三', 'a'])('%s is not a numeral', (numeral) => {
    expect(chineseNumeralValue(numeral)).toBeUndefined();
  });

  it('round-trips 1–99 through toChineseNumeral', () => {
    for (let n = 1; n <= 99; n++) expect(chineseNumeralValue(toChineseNumeral(n))).toBe(n);
    expect(toChineseNumeral(10)).toBe('十');
    expect(toChineseNumeral(12)).toBe('十二');
    expect(toChineseNumeral(30)).toBe('三十');
  });
});

describe('parseLabel: the kinds', () => {
  it.each([
    ['一、部门基本情况', 'chinese', 1, '一、'],
    ['十二、其他', 'chinese', 12, '十二、'],
    ['二十三、附则', 'chinese', 23, '二十三、'],
    ['三．评价结论', 'chinese', 3, '三．'],
    ['四.结论', 'chinese', 4, '四.'],
    ['（一）部门概况', 'paren-chinese', 1, '（一）'],
    ['(二)收支情况', 'paren-chinese', 2, '(二)'],
    ['（十一）其他', 'paren-chinese', 11, '（十一）'],
    ['1. 开展学术交流', 'arabic', 1, '1.'],
    ['7、开展民间科学技术交流活动。', 'arabic', 7, '7、'],
    ['2．组织', 'arabic', 2, '2．'],
    ['3）项目', 'arabic', 3, '3）'],
    ['12.目标', 'arabic', 12, '12.'],
    ['（1）提高学术交流质量', 'paren-arabic', 1, '（1）'],
    ['(12)要加强', 'paren-arabic', 12, '(12)'],
    ['①科普', 'circled', 1, '①'],
    ['⑳最后', 'circled', 20, '⑳'],
    ['㉑更多', 'circled', 21, '㉑'],
    ['1.1 项目概况', 'multi-level', 1, '1.1'],
    ['2.3.4 细节', 'multi-level', 4, '2.3.4'],
    ['1.2. 项目', 'multi-level', 2, '1.2.'],
  ] as const)('%s', (text, kind, value, raw) => {
    const label = parseLabel(text);
    expect(label).toMatchObject({ kind, value, raw, source: 'typed' });
  });

  it('reads full-width digits', () => {
    expect(parseLabel('１２．项目')).toMatchObject({ kind: 'arabic', value: 12, raw: '１２．' });
    expect(parseLabel('（３）部门整体')).toMatchObject({ kind: 'paren-arabic', value: 3 });
    expect(parseLabel('１.２ 概况')).toMatchObject({ kind: 'multi-level', path: [1, 2] });
  });

  it('keeps multi-level paths', () => {
    expect(parseLabel('3.2.1 绩效')?.path).toEqual([3, 2, 1]);
  });

  it('skips leading whitespace but keeps raw without it', () => {
    const text = '     一、部门基本情况';
    const label = parseLabel(text)!;
    expect(label.raw).toBe('一、');
    expect(text.slice(titleOffsetAfter(text, label))).toBe('部门基本情况');
    expect(parseLabel('\u3000\u3000（二）收支')).toMatchObject({ kind: 'paren-chinese', value: 2 });
  });
});

describe('parseLabel: real mistakes stay labels', () => {
  it('mismatched brackets', () => {
    expect(parseLabel('（一)科普活动成效明显')).toMatchObject({ kind: 'paren-chinese', value: 1, open: '（', close: ')', raw: '（一)' });
    expect(parseLabel('(三）定期更换')).toMatchObject({ kind: 'paren-chinese', value: 3, open: '(', close: '）' });
  });
  it('stray punctuation after the bracket is the suffix', () => {
    const text = '（二）。由我单位组织';
    const label = parseLabel(text)!;
    expect(label).toMatchObject({ kind: 'paren-chinese', value: 2, raw: '（二）。', suffix: '。' });
    expect(text.slice(titleOffsetAfter(text, label))).toBe('由我单位组织');
    expect(parseLabel('（一）、概况')).toMatchObject({ suffix: '、' });
  });
  it('spaces inside the brackets and before the punctuation', () => {
    expect(parseLabel('（ 3 ） 部门')).toMatchObject({ kind: 'paren-arabic', value: 3 });
    expect(parseLabel('一 、概况')).toMatchObject({ kind: 'chinese', value: 1, raw: '一 、' });
  });
});

describe('parseLabel: not labels', () => {
  it.each([
    '2025年度整体支出绩效自评报告',
    '271.77万元为财政拨款',
    '12.81%为公用经费',
    '2.5万元用于',
    '87.19，占基本支出',
    '3.14）',
    '一是要稳定乡镇科协干部',
    '一年来，区科协紧紧围绕',
    '十分重要',
    '科协主席：邢亚旗',
    '（注：单位万元）',
    '(a)项目',
    '0. 零',
    '（0）零',
    '（〇）零',
    '',
    '   ',
    '2024.12.31 截止',
    '三五成群',
  ])('%s', (text) => expect(parseLabel(text)).toBeUndefined());
});

describe('ranks and expected labels', () => {
  it('follows GB/T 9704-2012 7.3.3', () => {
    const order = ['一、', '（一）', '1.', '（1）', '①'].map((t) => labelRank(parseLabel(`${t}x`)!));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(kindRank('arabic')).toBe(kindRank('multi-level'));
    expect(labelRank(parseLabel('1.1 a')!)).toBeLessThan(labelRank(parseLabel('1.1.1 a')!));
    expect(labelRank(parseLabel('1.1.1 a')!)).toBeLessThan(labelRank(parseLabel('（1）a')!));
  });

  it('formats canonical labels', () => {
    expect(formatLabel('paren-chinese', 3)).toBe('（三）');
    expect(formatLabel('chinese', 12)).toBe('十二、');
    expect(formatLabel('arabic', 2)).toBe('2.');
    expect(formatLabel('arabic', 2, { suffix: '、' })).toBe('2、');
    expect(formatLabel('paren-arabic', 4)).toBe('（4）');
    expect(formatLabel('circled', 3)).toBe('③');
    expect(formatLabel('multi-level', 3, { parentPath: [1, 2] })).toBe('1.2.3');
  });

  it('expected label keeps the writer’s style', () => {
    expect(expectedLabel(parseLabel('(一)概况')!, 2)).toBe('(二)');
    expect(expectedLabel(parseLabel('1、a')!, 5)).toBe('5、');
    expect(expectedLabel(parseLabel('1.2 a')!, 3)).toBe('1.3');
    expect(expectedLabel(parseLabel('（二）。a')!, 3)).toBe('（三）');
  });

  it('circled numbers round-trip', () => {
    for (let n = 1; n <= 50; n++) expect(circledValue(toCircled(n))).toBe(n);
  });

  it('canonical forms', () => {
    expect(isCanonical(parseLabel('（一）a')!)).toBe(true);
    expect(isCanonical(parseLabel('（一)a')!)).toBe(false);
    expect(isCanonical(parseLabel('(一)a')!)).toBe(false);
    expect(isCanonical(parseLabel('（二）。a')!)).toBe(false);
    expect(confusableKind('paren-arabic')).toBe('paren-chinese');
    expect(confusableKind('chinese')).toBeUndefined();
  });
});
