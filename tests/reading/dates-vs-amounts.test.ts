// §2 of the reading issue: a four-digit amount with decimals is an amount; a date needs a date context.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantity/extract.js';
import { maskSpans } from '../../src/quantity/mask.js';
import { ruleTester } from '../helpers/rule-tester.js';

const raws = (text: string) => extractQuantities(text).map((q) => q.raw);

describe('four-digit amounts with decimals are figures', () => {
  it.each([
    ['总预算为2455.5万元', '2455.5万元'],
    ['项目支出2024.50万元', '2024.50万元'],
    ['合计1860.00万元', '1860.00万元'],
    ['收入2019.3亿元', '2019.3亿元'],
    ['支出１２０８．５万元', '１２０８．５万元'],
    ['面积2012.5平方米', '2012.5平方米'],
    ['完成2025.12吨', '2025.12吨'],
  ])('%s', (text, raw) => expect(raws(text)).toEqual([raw]));
});

describe('dates in a date context stay masked', () => {
  it.each([
    '于2024.5完成验收', '截至2024.12，项目已完工', '日期：2025.3', '2024.5前完成', '2023.9-2024.6实施',
    '2024.05.31完成', '2025-12-31前', '2025/12',
  ])('%s', (text) => expect(extractQuantities(text).filter((q) => /20\d\d/.test(q.raw))).toEqual([]));
});

describe('the code mask stays linear', () => {
  it('masks model codes but not amounts', () => {
    expect(maskSpans('型号AB123C').map((s) => s.kind)).toContain('code');
    expect(raws('资金12万元')).toEqual(['12万元']);
  });
  it('answers on a long digit run followed by a letter (the result, not the time)', () => {
    const text = `${'9'.repeat(50_000)}x`;
    expect(maskSpans(text).filter((s) => s.kind === 'code')).toEqual([]);
    const letters = `${'a'.repeat(50_000)}-`;
    expect(maskSpans(letters)).toEqual([]);
  });
});

ruleTester('sum-total', {
  valid: [
    { name: '2455.5 = 87.5 + 2368', text: '总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2368万元。' },
    { name: '2024.50 = 1312.30 + 712.20', text: '项目支出2024.50万元，其中文物保护专项1312.30万元，公共文化服务专项712.20万元。' },
  ],
  invalid: [
    { name: '2455.5 ≠ 87.5 + 2350', text: '总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元。', errors: [{ match: /2437\.5万元.*2455\.5万元/ }] },
    { name: 'year-shaped 2024.50', text: '项目支出2024.50万元，其中文物保护专项1312.30万元，公共文化服务专项702.20万元。', errors: [{ match: /2014\.50万元.*2024\.50万元/ }] },
    { name: '亿元, 2019.3', text: '收入合计2019.3亿元，其中税收收入1500.0亿元，非税收入500.0亿元。', errors: [{ match: /2000\.0亿元/ }] },
    { name: 'year-shaped total in 元 with thousands separators', text: '支出合计2,025.00元，其中办公费1,000.00元，差旅费1,000.00元。', errors: [{ match: /2000\.00元/ }] },
  ],
});

ruleTester('percent-ratio', {
  valid: [
    { name: '1116/1860 = 60%', text: '支出合计1860.00万元，其中基本支出1116.00万元，占支出合计的60.00%；项目支出744.00万元，占支出合计的40.00%。' },
  ],
  invalid: [
    { name: '1116/1860 written 62.00%', text: '支出合计1860.00万元，其中基本支出1116.00万元，占支出合计的62.00%；项目支出744.00万元，占支出合计的38.00%。', errors: 2 },
    { name: '2024.5 total, share off', text: '项目支出2024.50万元，其中文物保护专项1012.25万元，占项目支出的55%。', errors: 1 },
  ],
});

// The sentence that names the evaluated year is itself checked.
const titled = (year: number, body: string) => `西岭县文化旅游局${year}年度部门整体支出绩效自评报告\n${body}\n`;
ruleTester('fiscal-year', {
  valid: [
    { name: 'the evaluated year', text: titled(2024, '我局组织对2024年度部门整体支出绩效情况进行了自评。') },
    { name: 'the notice that asks for it (a title)', text: titled(2024, '根据《关于开展2024年度预算绩效自评工作的通知》要求，我局开展了自评。') },
    { name: 'last year\'s evaluation, compared', text: titled(2024, '与2023年度绩效自评结果相比，得分提高3分。') },
    { name: 'next year\'s plan', text: titled(2024, '2025年将继续对项目开展绩效评价。') },
  ],
  invalid: [
    { name: '对2023年度…进行了自评 in a 2024 report', text: titled(2024, '我局组织对2023年度部门整体支出绩效情况进行了自评，现报告如下。'), errors: [{ match: /2023/ }] },
    { name: '对2024年…开展绩效自评 in a 2025 report', text: titled(2025, '根据区财政局要求，我单位对2024年项目支出开展绩效自评。'), errors: [{ match: /2024/ }] },
    { name: '2022年度…自评工作 in a 2023 report, full-width digits', text: titled(2023, '我单位认真组织开展了２０２２年度绩效自评工作。'), errors: [{ match: /２０２２|2022/ }] },
  ],
});

ruleTester('fiscal-year', {
  valid: [
    {
      name: 'last year\'s projects evaluated during this year, among the year\'s work',
      text: `${titled(2024, '一、自评工作开展情况')}我局开展绩效运行监控2次，并对2023年度项目支出全面开展了绩效自评。\n`,
    },
  ],
  invalid: [
    { name: 'in a section, with 现将…报告如下', text: `${titled(2024, '一、基本情况')}我局对2023年度部门整体支出开展了绩效自评，现将有关情况报告如下。\n`, errors: 1 },
  ],
});
