// The shared 自评表 form samples (../shared/samples/forms, built by its build.py): each defect of the unfilled Sichuan
// form reported in both formats with the same findings, the clean twins silent. Skipped when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport } from '../../src/api.js';

const DIR = fileURLToPath(new URL('../../../shared/samples/forms/', import.meta.url));
const lint = async (name: string) => {
  const doc = await parseReport(readFileSync(`${DIR}${name}`), name);
  return (await lintDocument(doc)).messages.filter((m) => m.severity !== 'info');
};

describe.skipIf(!existsSync(`${DIR}sichuan-form-unfilled.xlsx`))('shared form samples', () => {
  it('the unfilled Sichuan form: every defect, the same in .docx and .xlsx', async () => {
    const [docx, xlsx] = await Promise.all([lint('sichuan-form-unfilled.docx'), lint('sichuan-form-unfilled.xlsx')]);
    const brief = (ms: typeof docx) => ms.map((m) => `${m.line} ${m.ruleId} ${m.message}`);
    expect(brief(xlsx)).toEqual(brief(docx));
    expect(docx.map((m) => m.ruleId).sort()).toEqual([
      'achieved-nonnumeric', 'budget-adjustment', 'empty-section', 'indicator-class', 'placeholder', 'placeholder', 'placeholder',
      'placeholder', 'score-total', 'signature-block', 'signature-block', 'unit-format',
    ]);
    expect(xlsx.every((m) => /^自评表![A-J]\d+$/.test(m.cell ?? ''))).toBe(true);
  });
  for (const name of ['sichuan-form-filled', 'annex1-form-filled']) {
    for (const ext of ['docx', 'xlsx']) {
      it(`${name}.${ext} gets no error or warning`, async () => {
        expect((await lint(`${name}.${ext}`)).map((m) => m.message)).toEqual([]);
      });
    }
  }
});
