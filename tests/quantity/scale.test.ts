// Long inputs are handled (their speed is measured in bench/): one paragraph of 300 000 characters without punctuation, and thousands of breakdowns.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

const RULES = ['sum-total', 'percent-sum', 'percent-ratio', 'metric-consistency', 'target-actual', 'deviation-explained', 'score-grade', 'zero-budget-scored', 'over-completion'];
const lint = (text: string) => lintText(text, { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])), only: true });

describe('numbers rules on long inputs', () => {
  it('a paragraph of 40 000 figures without punctuation', async () => {
    const text = Array.from({ length: 20000 }, (_, i) => `活动${i}次资料${i}份`).join('');
    const result = await lint(text);
    expect(result.messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
  });
  it('3 000 breakdowns in one sentence, one of them wrong', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => `支出${i * 2 + 2}万元，其中甲${i + 1}万元，乙${i + 1}万元`);
    items[1500] = '支出100万元，其中甲60万元，乙30万元';
    const result = await lint(`${items.join('；')}。`);
    expect(result.messages.filter((m) => m.ruleId === 'sum-total').map((m) => m.excerpt)).toEqual(['60万元，乙30万元']);
  });
});
