// The fixture tables in both formats: Markdown (fixtures/tables/*.md, merged labels left empty) and .docx (the same
// tables with real vMerge/gridSpan merges). Both must give the same indicator records and the same findings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport, parseText, type LintDocument } from '../../src/api.js';
import { scoringTablesJson } from '../../src/cli/views/scoring-tables.js';
import { docxTables, toDocx } from './docx-tables.js';

const RULES = ['indicator-score', 'weight-sum', 'score-total', 'execution-rate'] as const;

async function findings(doc: LintDocument) {
  const result = await lintDocument(doc, { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])), only: true });
  return result.messages.map((m) => ({ rule: m.ruleId, severity: m.severity, text: `${m.message} «${m.excerpt}»` }));
}

/** Records without line numbers (the two formats render lines differently). */
function records(doc: LintDocument) {
  return JSON.parse(JSON.stringify(scoringTablesJson(doc), (key, value) => (key === 'line' ? undefined : value)));
}

const markdown = (name: string) => parseText(readFileSync(`fixtures/tables/${name}.md`, 'utf8'), `${name}.md`);
const docx = (name: string) => parseReport(toDocx(docxTables[name]!), `${name}.docx`);

interface Expect { rule: string; severity: string; match: RegExp }

const expected: Record<string, Expect[]> = {
  sichuan: [{ rule: 'indicator-score', severity: 'error', match: /单处维修成本.*反向.*0\.5.*0\.4.*最多 4 分.*5 分/ }],
  reordered: [{ rule: 'indicator-score', severity: 'error', match: /助餐服务覆盖社区数.*得分 12 超过分值 10/ }],
  merged: [
    { rule: 'weight-sum', severity: 'error', match: /产出指标.*合计 45.*50 分/ },
    { rule: 'weight-sum', severity: 'error', match: /合计 95.*应为 100/ },
  ],
  total: [{ rule: 'score-total', severity: 'error', match: /合计 94\.2.*总分为 96\.2/ }],
  clean: [],
};

function expectFindings(found: Awaited<ReturnType<typeof findings>>, want: Expect[]) {
  expect(found.map((f) => `${f.rule}: ${f.text}`)).toHaveLength(want.length);
  want.forEach((w, i) => {
    expect(found[i]!.rule).toBe(w.rule);
    expect(found[i]!.severity).toBe(w.severity);
    expect(found[i]!.text).toMatch(w.match);
  });
}

describe('fixture tables, Markdown and .docx', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}.md gives the expected findings`, async () => {
      expectFindings(await findings(markdown(name)), want);
    });
    it(`${name}.docx gives the expected findings`, async () => {
      expectFindings(await findings(await docx(name)), want);
    });
    it(`${name}: both formats give the same records`, async () => {
      const md = records(markdown(name));
      expect(md).toHaveLength(1);
      expect(records(await docx(name))).toEqual(md);
    });
  }

  it('an indented table (gridBefore on every row) reads the same', async () => {
    const shifted = { ...docxTables.merged!, gridBefore: 1 };
    const doc = await parseReport(toDocx(shifted), 'shifted.docx');
    expect(records(doc)).toEqual(records(markdown('merged')));
  });
});

describe('kepu 自评表 (sample .docx and its Markdown copy)', () => {
  const want: Expect[] = [
    { rule: 'indicator-score', severity: 'error', match: /科普资料发放数量.*1000份.*2000份.*应得 5 分.*10 分/ },
    { rule: 'indicator-score', severity: 'error', match: /科普橱窗更新频次.*实际完成值为空.*5 分/ },
  ];
  it('the sample .docx', async () => {
    const doc = await parseReport(readFileSync('fixtures/kepu-project-selfeval-table.docx'), 'kepu.docx');
    expectFindings(await findings(doc), want);
  });
  it('the Markdown copy', async () => {
    expectFindings(await findings(markdown('kepu')), want);
  });
  it('same records in both', async () => {
    const doc = await parseReport(readFileSync('fixtures/kepu-project-selfeval-table.docx'), 'kepu.docx');
    const json = records(doc);
    expect(json).toEqual(records(markdown('kepu')));
    expect(json[0].total).toEqual({ weight: { text: '100', value: '100' }, score: { text: '79', value: '79' } });
    expect(json[0].grade).toBe('良');
    expect(json[0].overallGoal.target.text).toMatch(/^开展科普宣传活动6次/);
    expect(json[0].overallGoal.actual.text).toMatch(/^开展科普宣传活动3次/);
    expect(json[0].indicators.map((i: { name: string }) => i.name)).toEqual([
      '科普宣传活动次数', '科普资料发放数量', '参与活动学校数量', '科普橱窗更新频次', '项目总成本', '公众科学素质提升', '科普阵地长效运行', '参与群众满意度',
    ]);
  });
  it('the English messages carry the figures too', async () => {
    const doc = markdown('kepu');
    const result = await lintDocument(doc, { rules: { 'indicator-score': 'error' }, only: true, locale: 'en' });
    expect(result.messages[0]!.message).toMatch(/1000份.*≥2000份.*proportional score is 5.*gives 10/);
  });
});

describe('English messages name the figures', () => {
  const en = async (name: string, rule: string) =>
    (await lintDocument(markdown(name), { rules: { [rule]: 'error' }, only: true, locale: 'en' })).messages.map((m) => m.message);
  it('weight-sum', async () => {
    expect(await en('merged', 'weight-sum')).toEqual([
      'the 4 indicators under "产出指标" have weights adding up to 45, but the group is labelled 50 points',
      'the weights add up to 95 (indicators 85 + budget execution 10); they should add up to 100',
    ]);
  });
  it('score-total', async () => {
    expect(await en('total', 'score-total')).toEqual(['the scores add up to 94.2 (budget execution score 9.2 included), but the total is 96.2']);
  });
  it('indicator-score (reverse)', async () => {
    expect((await en('sichuan', 'indicator-score'))[0]).toMatch(/reverse indicator: actual 0\.5 exceeds the target 0\.4, so the score is at most 4/);
  });
  it('execution-rate', async () => {
    const text = readFileSync('fixtures/tables/clean.md', 'utf8').replace('| 96.00% |', '| 95.00% |');
    const result = await lintDocument(parseText(text, 'x.md'), { rules: { 'execution-rate': 'error' }, only: true, locale: 'en' });
    expect(result.messages.map((m) => m.message)).toEqual(['"年度资金总额": the execution rate is 95.00%, but spent 144.00 / budget 150.00 gives 96.00%']);
  });
});

describe('the narrative score in a .docx report', () => {
  it('is compared with the table total and located on its paragraph', async () => {
    const f = { ...docxTables.clean!, after: ['四、评价结论', '经综合评价，本项目自评得分为90分，评价等级为优。'] };
    const doc = await parseReport(toDocx(f), 'n.docx');
    const result = await lintDocument(doc, { rules: { 'score-total': 'error' }, only: true });
    expect(result.messages).toHaveLength(1);
    const m = result.messages[0]!;
    expect(m.message).toBe('正文所述自评得分为 90 分，但自评表总分为 92.4（第 ' + m.message.match(/第 (\d+) 行/)![1] + ' 行）');
    expect(m.excerpt).toBe('90');
    expect(doc.lines[m.line - 1]).toContain('自评得分为90分');
  });
});
