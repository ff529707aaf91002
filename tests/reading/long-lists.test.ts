// Issue 18: sender-controlled lists of any length give an answer, with a message of bounded length.
import { describe, expect, it } from 'vitest';
import { listFigures, maxDecimals } from '../../src/quantity/listing.js';
import { lintWithRule } from '../helpers/rule-tester.js';

describe('long lists', () => {
  it('maxDecimals takes 300 000 figures (no spread into Math.max, no stack overflow)', () => {
    const figures = Array.from({ length: 300_000 }, (_, i) => ({ decimals: i === 123_456 ? 4 : 2 }));
    expect(maxDecimals(figures)).toBe(4);
  });
  it('listFigures names at most eight figures and the length', () => {
    const raws = Array.from({ length: 20_000 }, (_, i) => `${i}万元`);
    const text = listFigures(raws);
    expect(text.length).toBeLessThan(120);
    expect(text).toMatch(/^0万元 \+ 1万元 .* \+ … \+ 19999万元（共 20000 项）$/);
    expect(listFigures(['1万元', '2万元'])).toBe('1万元 + 2万元');
  });
  it('a 其中 list of 3 000 parts gives one short sum-total message', async () => {
    const parts = Array.from({ length: 3_000 }, (_, i) => `第${i}类1万元`).join('，');
    const found = await lintWithRule('sum-total', { text: `支出合计1万元，其中${parts}。` });
    expect(found).toHaveLength(1);
    expect(found[0]!.message.length).toBeLessThan(300);
    expect(found[0]!.message).toMatch(/共 3000 项/);
  });
  it('a share list of 3 000 parts gives short percent-sum messages', async () => {
    const shares = Array.from({ length: 3_000 }, (_, i) => `项目${i}占1.00%`).join('，');
    const found = await lintWithRule('percent-sum', { text: `资金构成：${shares}。` });
    for (const m of found) expect(m.message.length).toBeLessThan(300);
  });
});
