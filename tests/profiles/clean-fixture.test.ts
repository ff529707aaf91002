// The clean 部门整体 report (another unit, another year, figures that add up, targets met) must give no finding of
// the structure rules, as Markdown and as the .docx a user would save from Word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport, parseText } from '../../src/api.js';
import { docInfo } from '../../src/model/doc-info.js';
import { cleanDocxFromMarkdown } from './clean-docx.js';

const MD = readFileSync(new URL('../../fixtures/clean-department-2025.md', import.meta.url), 'utf8');
const DOCX = new Uint8Array(readFileSync(new URL('../../fixtures/clean-department-2025.docx', import.meta.url)));
const STRUCTURE_RULES = ['required-sections', 'empty-section', 'heading-numbering', 'placeholder', 'doc-number', 'fiscal-year', 'admin-level', 'punctuation', 'signature-block', 'terms'];
const only = Object.fromEntries(STRUCTURE_RULES.map((id) => [id, 'error' as const]));

describe('fixtures/clean-department-2025', () => {
  it('the .docx is the Markdown fixture built with make-docx (regenerate with scratch/structure/write-clean-docx.mjs)', () => {
    expect(Buffer.from(cleanDocxFromMarkdown(MD)).equals(Buffer.from(DOCX))).toBe(true);
  });

  for (const [name, load] of [
    ['markdown', async () => parseText(MD, 'clean.md')],
    ['docx', async () => parseReport(DOCX, 'clean.docx')],
  ] as const) {
    it(`${name}: identity read from the title`, async () => {
      const info = docInfo(await load());
      expect(info).toMatchObject({ year: 2024, unit: '平山县科学技术协会', level: '县', kind: 'department', reportDate: { year: 2025, month: 2, day: 20 } });
    });
    for (const profile of [undefined, '部门整体-河北']) {
      it(`${name}: no structure finding (profile ${profile ?? 'from title'})`, async () => {
        const result = await lintDocument(await load(), { rules: only, only: true, settings: profile ? { profile } : {} });
        expect(result.messages.map((m) => `${m.ruleId} ${m.line}: ${m.message}`)).toEqual([]);
      });
    }
    it(`${name}: the list paragraphs carry labels (Word numbering in the docx)`, async () => {
      const doc = await load();
      const labelled = doc.paragraphs().filter((p) => p.label);
      expect(labelled.length).toBeGreaterThanOrEqual(10);
      if (name === 'docx') expect(labelled.some((p) => p.label!.source === 'auto')).toBe(true);
    });
  }

  it('breaking the clean report is noticed by each rule', async () => {
    const broken = MD
      .replace('（二）自评的方法和过程', '（2）自评的方法和过程')
      .replace('平财预〔2025〕3号', '平财预[2025]3号')
      .replace('2024年度支出合计184.60万元', '2023年度支出合计184.60万元')
      .replace('紧紧围绕全县中心工作', '紧紧围绕全区中心工作')
      .replace('核定编制12人', '核定编制XX人')
      .replace('会计账簿', '会计帐簿')
      .replace('明确分工和时间安排。', '明确分工和时间安排。。')
      .replace(/四、评价结论和评价等级\n\n经自评[^\n]*\n/, '四、评价结论和评价等级\n\n')
      .replace(/组长：王建平[\s\S]*?会计师）\n/, '');
    const result = await lintDocument(parseText(broken, 'broken.md'), { rules: only, only: true });
    const fired = new Set(result.messages.map((m) => m.ruleId));
    expect([...fired].sort()).toEqual(['admin-level', 'doc-number', 'empty-section', 'fiscal-year', 'heading-numbering', 'placeholder', 'punctuation', 'signature-block', 'terms'].sort());
  });
});
