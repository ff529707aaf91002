// Issue 12 §2–§3 for shares and ratios: each share paired with its own part and whole, one wrong share reported once
// (percent-ratio when the share has an amount, percent-sum when none has), growth rates whose subject stands in an
// earlier sentence, and the same findings whether the amounts are written in 万元 or 元, in .md or .docx.
import { describe, expect, it } from 'vitest';
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import type { LintMessage } from '../../src/engine/result.js';
import { makeDocx } from '../helpers/make-docx.js';

const RULES: Record<string, ['error', object]> = { 'percent-sum': ['error', {}], 'percent-ratio': ['error', {}] };
const counted = (ms: LintMessage[]) => ms.filter((m) => m.ruleId === 'percent-sum' || m.ruleId === 'percent-ratio');
const show = (ms: LintMessage[]) => ms.map((m) => `${m.ruleId}: ${m.message} «${m.excerpt}»`).join('\n');

async function findings(text: string): Promise<LintMessage[]> {
  return counted((await lintText(text, { rules: RULES, only: true })).messages);
}

async function docxFindings(paragraphs: string[]): Promise<LintMessage[]> {
  const doc = await parseReport(makeDocx({ blocks: paragraphs }), 'shares.docx');
  return counted((await lintDocument(doc, { rules: RULES, only: true })).messages);
}

interface Case { name: string; text: string; rule?: 'percent-sum' | 'percent-ratio'; match?: RegExp; excerpt?: string }

/** Exactly one finding, from the rule that owns the defect, naming what is wrong. */
function oneFinding(cases: Case[]) {
  for (const c of cases) {
    it(c.name, async () => {
      const found = await findings(c.text);
      expect(found.length, show(found)).toBe(1);
      if (c.rule) expect(found[0]!.ruleId).toBe(c.rule);
      if (c.match) expect(`${found[0]!.message}`).toMatch(c.match);
      if (c.excerpt) expect(found[0]!.excerpt).toBe(c.excerpt);
    });
  }
}

function silent(cases: Case[]) {
  for (const c of cases) {
    it(c.name, async () => {
      const found = await findings(c.text);
      expect(show(found)).toBe('');
    });
  }
}

describe('one wrong share with its amount: percent-ratio names it, percent-sum stays silent', () => {
  oneFinding([
    { name: 'bracketed shares, full-width digits', text: '项目资金总额２.３０万元，其中中央补助资金１.１９万元（占51.74%）、省级补助资金０.７２万元（占31.30%）、县级配套资金０.３９万元（占17.96%）。', rule: 'percent-ratio', match: /16\.96%.*17\.96%/ },
    { name: 'bracketed shares in 元', text: '项目资金总额23,000元，其中中央补助资金11,900元（占51.74%）、省级补助资金7,200元（占31.30%）、县级配套资金3,900元（占17.96%）。', rule: 'percent-ratio', match: /16\.96%.*17\.96%/ },
    { name: 'bracketed shares, four-digit amounts', text: '2025年度支出合计2029.25万元，其中基本支出1217.55万元（占60.00%）、项目支出811.70万元（占41.00%）。', rule: 'percent-ratio', match: /40\.00%.*41\.00%/ },
    { name: 'shares in a sentence of their own, parts named earlier', text: '2025年度支出合计2015.50万元，其中基本支出1531.78万元、项目支出483.72万元。\n从支出结构看，基本支出占支出合计的76.00%，项目支出占支出合计的25.00%，预算执行率100.00%。', rule: 'percent-ratio', match: /24\.00%.*25\.00%/ },
    { name: 'the same in 亿元 and 万元', text: '支出合计1.2亿元，其中基本支出9000万元、项目支出3000万元。从支出结构看，基本支出占支出合计的75.00%，项目支出占支出合计的35.00%。', rule: 'percent-ratio', match: /25\.00%.*35\.00%/ },
    { name: 'shares after each part, ；-separated', text: '收入合计1,234.56万元。其中：财政拨款收入1,200.00万元，占97.20%；其他收入34.56万元，占3.80%。', rule: 'percent-ratio', match: /2\.80%.*3\.80%/ },
    { name: 'counts: 学员 by sex', text: '培训学员200人，其中女性学员80人（占45.00%）、男性学员120人（占60.00%）。', rule: 'percent-ratio', excerpt: '45.00%' },
    { name: 'wrong share after a zero part', text: '项目支出300万元，其中老科协活动经费0万元，占0.00%；植保经费100万元，占35.33%；农技经费200万元，占66.67%。', rule: 'percent-ratio', match: /100万元.*33\.33%.*35\.33%/ },
    { name: 'a zero part with a share', text: '项目支出300万元，其中老科协活动经费0万元，占1.00%；植保经费100万元，占33.33%；农技经费200万元，占66.67%。', rule: 'percent-ratio', match: /0万元.*0\.00%.*1\.00%/ },
  ]);
});

describe('shares without amounts: percent-sum owns the defect', () => {
  oneFinding([
    { name: 'structure shares, no amounts anywhere', text: '从支出结构看，基本支出占支出合计的76.00%，项目支出占支出合计的25.00%，预算执行率100.00%。', rule: 'percent-sum', match: /101\.00%/ },
    { name: '分别占, no amounts', text: '基本支出和项目支出分别占支出合计的76.00%、25.00%。', rule: 'percent-sum', match: /101\.00%/ },
    { name: 'shares of three parts two units off', text: '中央补助资金占项目资金的23.96%，省级补助资金占项目资金的32.33%，县级配套资金占项目资金的43.69%。', rule: 'percent-sum', match: /99\.98%/ },
  ]);
});

describe('"分别占…的a%、b%、c%" pairs each share with its own part', () => {
  silent([
    { name: 'two parts in order', text: '2025年度支出合计2015.50万元，其中基本支出1531.78万元、项目支出483.72万元，分别占支出合计的76.00%、24.00%。' },
    { name: 'the whole inside the phrase', text: '基本支出1531.78万元、项目支出483.72万元，分别占支出合计2015.50万元的76.00%、24.00%。' },
    { name: 'three parts after 分别为', text: '收入合计300万元，其中财政拨款、事业收入、其他收入分别为150万元、100万元、50万元，分别占收入合计的50.00%、33.33%、16.67%。' },
    { name: 'the figures before 分别占 are the whole and its change, not parts', text: '总支出200万元，比上年增加10万元，基本支出和项目支出分别占总支出的75%、25%。' },
    { name: 'the figures before 分别占 add up to more than the whole', text: '总支出200万元，上年支出190万元，基本支出和项目支出分别占总支出的75%、25%。' },
    { name: 'counts in 元', text: '收入合计3,000,000元，其中财政拨款1,500,000元、其他收入1,500,000元，分别占收入合计的50.00%和50.00%。' },
  ]);
  oneFinding([
    { name: 'two shares swapped', text: '2025年度支出合计2015.50万元，其中基本支出1531.78万元、项目支出483.72万元，分别占支出合计的24.00%、76.00%。', rule: 'percent-ratio', match: /写反/ },
    { name: 'two of three swapped, 分别为', text: '收入合计300万元，其中财政拨款、事业收入、其他收入分别为150万元、100万元、50万元，分别占收入合计的33.33%、50.00%、16.67%。', rule: 'percent-ratio', match: /150万元 和 100万元.*写反/ },
    { name: 'swapped, whole inside the phrase, in 元', text: '基本支出15,317,800元、项目支出4,837,200元，分别占支出合计20,155,000元的24.00%、76.00%。', rule: 'percent-ratio', match: /写反/ },
    { name: 'one of three wrong', text: '收入合计300万元，其中财政拨款、事业收入、其他收入分别为150万元、100万元、50万元，分别占收入合计的50.00%、33.33%、18.67%。', rule: 'percent-ratio', match: /16\.67%.*18\.67%/ },
  ]);
});

describe('one share with its amount (the other part without a share)', () => {
  oneFinding([
    { name: '239万元 / 233万元 written 98.69%', text: '2024年度我会收入合计239万元，其中财政拨款收入233万元，占收入合计的98.69%；其他收入6万元。', rule: 'percent-ratio', match: /97\.49%.*98\.69%/ },
    { name: 'the same in 元', text: '2024年度我会收入合计2,390,000元，其中财政拨款收入2,330,000元，占收入合计的98.69%；其他收入60,000元。', rule: 'percent-ratio', match: /97\.49%.*98\.69%/ },
    { name: 'four-digit amounts', text: '2021年度我局收入合计2017.00万元，其中财政拨款收入1895.00万元，占收入合计的97.95%；其他收入122.00万元。', rule: 'percent-ratio', match: /93\.95%.*97\.95%/ },
  ]);
  silent([
    { name: 'a share of another whole than the breakdown total', text: '项目支出100万元，其中培训费50万元，占支出的20%；会议费50万元。' },
    { name: '239万元 / 233万元 = 97.49%', text: '2024年度我会收入合计239万元，其中财政拨款收入233万元，占收入合计的97.49%；其他收入6万元。' },
    { name: 'in 元', text: '2024年度我会收入合计2,390,000元，其中财政拨款收入2,330,000元，占收入合计的97.49%；其他收入60,000元。' },
  ]);
});

describe('growth against the previous year', () => {
  oneFinding([
    { name: 'subject in an earlier sentence', text: '2022年度支出合计1,992.5万元，包括基本支出1,454.5万元、项目支出538万元。支出合计较上年的1,897.62万元增长3.50%。', rule: 'percent-ratio', match: /5\.00%.*3\.50%/ },
    { name: 'subject in an earlier paragraph, in 元', text: '2022年度支出合计19,925,000元，包括基本支出14,545,000元、项目支出5,380,000元。\n支出合计较上年的18,976,200元增长3.50%。', rule: 'percent-ratio', match: /5\.00%.*3\.50%/ },
    { name: 'subject in an earlier sentence, a decrease', text: '项目资金总额180.00万元。项目资金总额较上年的200.00万元下降12.00%。', rule: 'percent-ratio', match: /10\.00%.*12\.00%/ },
    { name: 'four-digit amounts', text: '项目资金总额2549.84万元，较上年的2383.03万元增长5.50%，较2020年增加166.81万元。', rule: 'percent-ratio', match: /7\.00%.*5\.50%/ },
    { name: 'trailing zero dropped (0.5万元 next to 0.46万元)', text: '项目资金总额0.5万元，较上年的0.46万元增长13.70%，较2020年增加0.04万元。', rule: 'percent-ratio', match: /8\.70%.*13\.70%/ },
    { name: 'the same in 元', text: '项目资金总额5000元，较上年的4600元增长13.70%，较2020年增加400元。', rule: 'percent-ratio', match: /8\.70%.*13\.70%/ },
  ]);
  silent([
    { name: 'subject in an earlier sentence, right rate', text: '2022年度支出合计1,992.5万元，包括基本支出1,454.5万元、项目支出538万元。支出合计较上年的1,897.62万元增长5.00%。' },
    { name: 'trailing zero dropped, right rate', text: '项目资金总额0.5万元，较上年的0.46万元增长8.70%。' },
    { name: 'no figure named like the subject', text: '项目资金总额180.00万元。专项经费较上年的200.00万元下降12.00%。' },
    { name: 'the subject named only with an earlier year', text: '关于2024年度部门整体支出绩效自评报告\n2023年度支出合计100万元。\n支出合计较上年的90万元增长30%。' },
    { name: 'the subject named in another section', text: '一、收入\n支出合计100万元。\n二、支出\n支出合计较上年的90万元增长30%。' },
  ]);
});

describe('rounding and rates next to shares are not findings', () => {
  silent([
    { name: '100.01 % with amounts', text: '项目资金总额208.14万元，其中中央补助资金49.86万元（占23.96%）、省级补助资金67.29万元（占32.33%）、县级配套资金90.99万元（占43.72%）。' },
    { name: '100.01 % without amounts', text: '中央补助资金占项目资金的23.96%，省级补助资金占项目资金的32.33%，县级配套资金占项目资金的43.72%。' },
    { name: '99.99 % with amounts', text: '项目资金总额3.00万元，其中中央补助资金1.00万元（占33.33%）、省级补助资金1.00万元（占33.33%）、县级配套资金1.00万元（占33.33%）。' },
    { name: '99.99 % 分别占', text: '甲、乙、丙三类分别占总量的33.33%、33.33%、33.33%。' },
    { name: 'rates after the shares', text: '从支出结构看，基本支出占支出合计的76.00%，项目支出占支出合计的24.00%，预算执行率98.50%，满意度96%，任务完成率100%，验收合格率99%。' },
    { name: 'rates between the shares of a breakdown', text: '支出合计200万元，其中基本支出150万元（占75.00%，执行率98.00%）、项目支出50万元（占25.00%，完成率100%）。' },
    { name: 'shares after a zero part', text: '项目支出39222.7万元，其中动物防疫补助资金11181.4万元，占项目支出的28.51%；农业技术推广经费9344.6万元，占23.82%；老科协活动经费0万元，占0.00%；植保经费18696.7万元，占47.67%。' },
  ]);
});

describe('.docx gives the findings of the Markdown', () => {
  const reports = [
    ['项目资金总额２.３０万元，其中中央补助资金１.１９万元（占51.74%）、省级补助资金０.７２万元（占31.30%）、县级配套资金０.３９万元（占17.96%）。'],
    ['2022年度支出合计1,992.5万元，包括基本支出1,454.5万元、项目支出538万元。', '支出合计较上年的1,897.62万元增长3.50%。'],
    ['2025年度支出合计2015.50万元，其中基本支出1531.78万元、项目支出483.72万元，分别占支出合计的24.00%、76.00%。'],
    ['从支出结构看，基本支出占支出合计的76.00%，项目支出占支出合计的25.00%，预算执行率100.00%。'],
  ];
  for (const paragraphs of reports) {
    it(paragraphs[0]!.slice(0, 30), async () => {
      const md = await findings(paragraphs.join('\n'));
      const docx = await docxFindings(paragraphs);
      expect(md.length).toBe(1);
      expect(docx.map((m) => [m.ruleId, m.line, m.excerpt])).toEqual(md.map((m) => [m.ruleId, m.line, m.excerpt]));
    });
  }
});
