// The numbers rules on the real samples: the 鹿泉 report (Markdown seed and both .docx), the kepu 自评表 and the
// structure helper's clean report. Findings are matched by content, not by line, so they hold for every format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocument, parseReport, parseText, type LintMessage } from '../../src/api.js';
import { findSelfScores, mainSelfScore } from '../../src/quantity/self-score.js';
import { quantities } from '../../src/quantity/index.js';

const KEPU = 'fixtures/kepu-project-selfeval-table.docx';
const RULES = ['sum-total', 'percent-sum', 'percent-ratio', 'metric-consistency', 'target-actual', 'deviation-explained', 'score-grade', 'zero-budget-scored', 'over-completion'];
async function lintFile(path: string): Promise<LintMessage[]> {
  const bytes = new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
  const doc = path.endsWith('.docx') ? await parseReport(bytes, path) : parseText(new TextDecoder().decode(bytes), path);
  // every rule on at 'error'; findings that override their severity (warnings, info) keep it
  const result = await lintDocument(doc, { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])), only: true });
  return result.messages;
}

/** Each file is linted once per test file, by whichever test asks first, so every test also runs alone. */
const cache = new Map<string, Promise<LintMessage[]>>();
const linted = (path: string) => {
  let messages = cache.get(path);
  if (!messages) cache.set(path, (messages = lintFile(path)));
  return messages;
};

const of = (messages: LintMessage[], rule: string, re?: RegExp) =>
  messages.filter((m) => m.ruleId === rule && (!re || re.test(`${m.message}\n${m.excerpt}`)));

describe.each(['fixtures/luquan-2025.md', 'fixtures/luquan-2025-plain.docx', 'fixtures/luquan-2025-styled.docx'])('鹿泉 report %s', (path) => {
  it('lints without internal errors', async () => {
    const messages = await linted(path);
    expect(messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
  });
  it('sum-total: 271.76 vs 271.77 as one warning naming both', async () => {
    const messages = await linted(path);
    const found = of(messages, 'sum-total');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toMatch(/271\.76/);
    expect(found[0]!.message).toMatch(/271\.77/);
  });
  it('percent-sum and percent-ratio silent on 87.19 % / 12.81 %', async () => {
    const messages = await linted(path);
    expect(of(messages, 'percent-sum')).toEqual([]);
    expect(of(messages, 'percent-ratio')).toEqual([]);
  });
  it('metric-consistency: 科普资料 2000 vs 1000', async () => {
    const messages = await linted(path);
    const found = of(messages, 'metric-consistency');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/1000份[\s\S]*2000份/);
  });
  it('target-actual: the four missed targets, once each (deviation-explained silent on them)', async () => {
    const messages = await linted(path);
    expect(of(messages, 'deviation-explained')).toEqual([]);
    for (const rule of ['target-actual']) {
      const found = of(messages, rule);
      expect(found.every((m) => m.severity === 'error' && /未说明偏差原因/.test(m.message))).toBe(true);
      expect(found.map((m) => m.excerpt)).toEqual(['3次', '1000份', '3所', '6次']);
      expect(found[0]!.message).toMatch(/6次/);
      expect(found[1]!.message).toMatch(/2000份/);
      expect(found[2]!.message).toMatch(/6所/);
      expect(found[3]!.message).toMatch(/12次/);
    }
  });
  it('score-grade silent on 80分/良好 and 90分/优秀', async () => expect(of(await linted(path), 'score-grade')).toEqual([]));
  it('zero-budget-scored: 老科协活动经费', async () => {
    const messages = await linted(path);
    const found = of(messages, 'zero-budget-scored');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/老科协活动经费.*90分/);
  });
  it('over-completion silent', async () => expect(of(await linted(path), 'over-completion')).toEqual([]));
});

describe('kepu 自评表 (.docx)', () => {
  it('lints without internal errors', async () => {
    expect((await linted(KEPU)).filter((m) => m.ruleId === 'internal-error')).toEqual([]);
  });
  it('score-grade: 总分 79 labelled 良 → 中', async () => {
    const messages = await linted(KEPU);
    const found = of(messages, 'score-grade');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/79.*中.*良/);
  });
  it('deviation-explained: silent (the missed 科普资料发放数量 is target-actual\'s; rows with a reason and the qualitative 18/20 are fine)', async () => {
    const messages = await linted(KEPU);
    expect(of(messages, 'deviation-explained')).toEqual([]);
  });
  it('target-actual: explained shortfalls are info, the unexplained one an error; the scored empty 橱窗 row is indicator-score\'s', async () => {
    const messages = await linted(KEPU);
    const found = of(messages, 'target-actual');
    const bySeverity = (name: RegExp) => found.find((m) => name.test(m.message))?.severity;
    expect(bySeverity(/科普宣传活动次数/)).toBe('info');
    expect(bySeverity(/参与活动学校数量/)).toBe('info');
    expect(bySeverity(/科普资料发放数量/)).toBe('error');
    // one defect (an empty 实际完成值 given 5 points), one finding: indicator-score's (tables check-samples)
    expect(found.some((m) => /科普橱窗更新频次/.test(m.message))).toBe(false);
    expect(found.some((m) => /项目总成本|满意度/.test(m.message))).toBe(false);
  });
  it('no sum or share false alarms', async () => {
    const messages = await linted(KEPU);
    for (const rule of ['sum-total', 'percent-sum', 'percent-ratio', 'metric-consistency', 'over-completion', 'zero-budget-scored']) {
      expect(of(messages, rule)).toEqual([]);
    }
  });
  it('findSelfScores reads the table total and grade', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/kepu-project-selfeval-table.docx', import.meta.url)));
    const scores = findSelfScores(await parseReport(bytes, 'kepu.docx'));
    expect(scores.map((s) => [s.value.toNumber(), s.grade, s.source])).toEqual([[79, '良', 'table']]);
    expect(mainSelfScore(await parseReport(bytes, 'kepu.docx'))?.value.toNumber()).toBe(79);
  });
});

describe.each(['fixtures/clean-department-2025.md', 'fixtures/clean-department-2025.docx'])('clean report %s', (path) => {
  it('gives no finding of the numbers rules', async () => {
    const messages = await lintFile(path);
    expect(messages.map((m) => `${m.ruleId}: ${m.message} «${m.excerpt}»`)).toEqual([]);
  });
});

describe('findSelfScores on the seed', () => {
  it('finds both scores with their grades and subjects', () => {
    const doc = parseText(readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8'));
    const scores = findSelfScores(doc);
    expect(scores.map((s) => [s.subject, s.value.toNumber(), s.grade, s.gradeClass])).toEqual([
      ['科普活动', 80, '良好', 'good'],
      ['老科协活动经费', 90, '优秀', 'excellent'],
    ]);
    const s = scores[0]!;
    expect(s.node.text.slice(s.span[0], s.span[1])).toBe('80分');
    expect(s.gradeNode!.text.slice(s.gradeSpan![0], s.gradeSpan![1])).toBe('良好');
  });
});

describe('mainSelfScore', () => {
  it('prefers the report-level score in the text', () => {
    const doc = parseText('1.科普活动综合绩效评分为80分，良好。\n经自评，本部门整体支出绩效自评得分为92分，评价等级为优。');
    expect(mainSelfScore(doc)?.value.toNumber()).toBe(92);
    expect(mainSelfScore(doc)?.grade).toBe('优');
  });
});

describe('quantities(doc)', () => {
  it('is memoized and gives offsets into each node', () => {
    const doc = parseText('一、收支情况\n人员经费236.95万元，占基本支出87.19%（鹿发〔2019〕8号），2025年12月31日。');
    const first = quantities(doc);
    expect(quantities(doc)).toBe(first);
    expect(first.all.map((p) => p.q.raw)).toEqual(['236.95万元', '87.19%']);
    for (const p of first.all) expect(p.node.text.slice(p.q.start, p.q.end)).toBe(p.q.raw);
  });
});

describe('seed variants: the same report with other numbers and wording', () => {
  const seed = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
  const lint = async (text: string) => (await lintDocument(parseText(text), { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])), only: true })).messages;
  const edit = (from: string, to: string, text = seed) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  };

  it('34.82 instead of 34.81: the parts add up, sum-total is silent', async () => {
    const text = edit('日常公用经费34.81万元，占基本支出12.81%', '日常公用经费34.82万元，占基本支出12.81%');
    expect(of(await lint(text), 'sum-total')).toEqual([]);
  });
  it('a share typed as 12.31 %: percent-ratio reports it once (percent-sum leaves a share with its amount to it)', async () => {
    const found = await lint(edit('占基本支出12.81%', '占基本支出12.31%'));
    expect(of(found, 'percent-sum')).toHaveLength(0);
    expect(of(found, 'percent-ratio', /12\.81%[\s\S]*12\.31%/)).toHaveLength(1);
  });
  it('the activities target met: three shortfalls remain', async () => {
    const text = edit('展科普宣传活动3次，上半年2次，下半年1次', '开展科普宣传活动6次，上半年3次，下半年3次');
    const found = await lint(text);
    expect(of(found, 'target-actual').map((m) => m.excerpt)).toEqual(['1000份', '3所', '6次']);
  });
  it('a reason added to the first block covers its two shortfalls', async () => {
    const text = edit('制作与发放的科普宣传资料1000份。', '制作与发放的科普宣传资料1000份。由于下半年财政资金紧张，部分活动未能开展。');
    const found = await lint(text);
    expect(of(found, 'deviation-explained')).toEqual([]);
    expect(of(found, 'target-actual').filter((m) => m.severity === 'info').map((m) => m.excerpt)).toEqual(['3次', '1000份']);
    expect(of(found, 'target-actual').filter((m) => m.severity === 'error').map((m) => m.excerpt)).toEqual(['3所', '6次']);
  });
  it('80分 labelled 优秀: score-grade reports it', async () => {
    const found = await lint(edit('80分，良好', '80分，优秀'));
    expect(of(found, 'score-grade', /80分.*良.*优秀/)).toHaveLength(1);
  });
  it('项目支出 10万元: zero-budget-scored is silent', async () => {
    const found = await lint(edit('项目支出0万元，占总支出0%', '项目支出10万元，占总支出3.55%'));
    expect(of(found, 'zero-budget-scored')).toEqual([]);
  });
  it('资料1000份 in both places: metric-consistency is silent', async () => {
    expect(of(await lint(edit('等资料2000份', '等资料1000份')), 'metric-consistency')).toEqual([]);
  });
  it('the money in 元: sum-total still warns, naming both figures in 元', async () => {
    const text = edit('基本支出中人员经费236.95万元，占基本支出87.19%，日常公用经费34.81万元', '基本支出中人员经费2369500元，占基本支出87.19%，日常公用经费348100元');
    const found = of(await lint(text), 'sum-total');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/271\.77万元/);
  });
});
