// The structure rules never throw, whatever the text: random mixes of labels, brackets, years, 文号 parts and
// place words (an exception would surface as an internal-error finding).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintText } from '../../src/api.js';

const RULES = ['required-sections', 'empty-section', 'heading-numbering', 'placeholder', 'doc-number', 'fiscal-year', 'admin-level', 'punctuation', 'signature-block', 'terms'];
const PIECES = [
  '一、', '（一）', '（一)', '(二)', '（二）。', '1.', '1、', '7、', '（3）', '①', '1.1', '2.3.1', '\n', '\n\n', '|', '| a | b |\n|---|---|\n',
  '2024年度', '2025年', '财政拨款收入', '271.77万元', '〔', '〕', '﹝', '﹞', '[', ']', '【', '】', '(', ')', '（', '）', '“', '”', '"',
  '鹿发', '2019', '8号', '第', '08号', '全县', '全区', '县委', '区科协', '某某', 'XX', '____', '{{x}}', '[bookmark: _GoBack]',
  '截止', '帐户', '。。', '，', ',', '评价工作组人员名单', '组长：', '张三', '存在的问题', '评价结论', '绩效自评报告', '部门整体支出',
];

describe('structure rules on random text', () => {
  it('never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }), async (parts) => {
        const result = await lintText(parts.join(''), { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])), only: true });
        expect(result.messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
