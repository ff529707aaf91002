import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { makeDocx } from '../helpers/make-docx.js';
import { lintDocument, parseReport, parseText } from '../../src/api.js';
import type { LintMessage } from '../../src/engine/result.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

ruleTester('heading-numbering', {
  valid: [
    { name: 'GB/T 9704 levels in order', text: '一、基本情况\n（一）概况\n正文。\n（二）收支\n正文。\n二、自评情况\n（一）组织\n1.成立工作组\n正文。\n2.制定方案\n正文。\n（二）方法\n正文。\n' },
    { name: 'levels skipped (一、 then 1.) are allowed', text: '一、基本情况\n1.机构设置\n正文。\n2.人员编制\n正文。\n二、问题\n正文。\n' },
    { name: 'body list with 1、 throughout and nested （1）', text: '一、绩效目标\n1、引导科技工作者建功立业。\n（1）提高学术交流质量。\n（2）推动产学研结合。\n2、实施全民科学素质行动。\n（1）实施未成年人科学素质行动。\n' },
    { name: 'a new list after other text may start again at 1', text: '一、目标\n年度目标：\n1. 开展活动6次。\n2. 发放资料2000份。\n实现情况：\n1. 开展活动6次。\n2. 发放资料2100份。\n' },
    { name: 'half-width brackets used consistently', text: '一、基本情况\n(一)概况\n正文。\n(二)收支\n正文。\n' },
    { name: 'numbers, years and decimals at the start of a line are not labels', text: '一、收支情况\n2025年度财政拨款收入100万元。\n1.5万元用于购置设备。\n' },
    { name: 'circled numbers under （1）', text: '一、问题\n（一）主要问题\n1.认识不足\n（1）宣传不够\n①覆盖面窄；\n②形式单一。\n（2）投入不足\n正文。\n' },
  ],
  invalid: [
    {
      name: '（3） among （一）（二）',
      text: '一、部门基本情况\n（一）部门概况\n正文。\n（二）部门收支\n正文。\n（3）绩效目标\n正文。\n',
      errors: [{ match: /「（3）」.*应为「（三）」/, severity: 'error', excerpt: '（3）' }],
    },
    {
      name: '（1） first then （二）: the form under 一、 is （一）',
      text: '一、绩效目标实现情况\n（1）总体目标实现情况\n正文。\n（二）分项目标实现情况\n正文。\n',
      errors: [{ match: /「（1）」.*应为「（一）」/, excerpt: '（1）' }],
    },
    {
      name: 'a gap and a repeat in top-level headings',
      text: '一、基本情况\n正文。\n二、自评情况\n正文。\n四、结论\n正文。\n四、问题\n正文。\n',
      errors: [{ match: /「四、」不连续.*应为「三、」/ }, { match: /「四、」不连续.*应为「五、」/ }],
    },
    {
      name: 'mismatched bracket and stray punctuation after the label',
      text: '一、基本情况\n（一)概况\n正文。\n（二）。收支\n正文。\n',
      errors: [{ match: /「（一\)」的括号不成对.*「（一）」/, excerpt: '（一)' }, { match: /「（二）。」后多了「。」/, excerpt: '（二）。' }],
    },
    {
      name: '"6." followed by "7、" in a body list',
      text: '一、职能\n1. 开展学术交流。\n2. 组织科技工作者。\n3. 普及科学知识。\n4. 反映科技工作者诉求。\n5. 推动诚信建设。\n6. 表彰奖励。\n7、开展民间科技交流。\n',
      errors: [{ match: /「7、」.*「7\.」/, severity: 'warning', excerpt: '7、' }],
    },
    {
      name: '"1、" followed by "2." and "3."',
      text: '一、实现情况\n1、开展科普宣传活动。\n2.组织科普进校园。\n3.维护科普画廊。\n',
      errors: [{ match: /「1、」.*「1\.」/, severity: 'warning' }],
    },
    {
      name: 'a list that skips a number',
      text: '一、措施\n1.加强领导。\n2.完善制度。\n4.强化监督。\n',
      errors: [{ match: /「4\.」不连续.*应为「3\.」/, severity: 'warning' }],
    },
    {
      name: 'a restart at （一） inside one parent',
      text: '一、实现情况\n（一）产出\n正文。\n（二）效益\n正文。\n（一）满意度\n正文。\n',
      errors: [{ match: /「（一）」不连续（前一个是「（二）」），应为「（三）」/ }],
    },
    {
      name: 'top level starting at 二、',
      text: '二、基本情况\n正文。\n三、自评情况\n正文。\n',
      errors: [{ match: /第一个编号是「二、」，应为「一、」/ }],
    },
    {
      name: '一. instead of 一、',
      text: '一.基本情况\n正文。\n二.自评情况\n正文。\n',
      errors: [{ match: /「一\.」.*「一、」/, severity: 'warning' }, { match: /「二\.」.*「二、」/, severity: 'warning' }],
    },
    {
      name: 'half-width (二) in a document of full-width labels',
      text: '一、基本情况\n（一）概况\n正文。\n(二)收支\n正文。\n（三）目标\n正文。\n',
      errors: [{ match: /半角括号.*「（二）」/, severity: 'warning', excerpt: '(二)' }],
    },
    {
      name: '（一） nested under （二） (level inversion)',
      text: '一、实现情况\n（一）总体\n正文。\n（二）分项\n（一）科普活动\n正文。\n（二）科普进校园\n正文。\n',
      errors: [{ match: /「（一）」是「（二）」的下级.*应为「1\.」/, severity: 'warning' }],
    },
  ],
});

const seedFindings = (messages: LintMessage[]) => messages.filter((m) => m.ruleId === 'heading-numbering');

async function lintSample(doc: Awaited<ReturnType<typeof parseReport>>) {
  return seedFindings((await lintDocument(doc, { rules: { 'heading-numbering': 'error' }, only: true })).messages);
}

describe('heading-numbering on the 鹿泉 report', () => {
  const inputs: [string, () => Promise<Awaited<ReturnType<typeof parseReport>>>][] = [
    ['markdown', async () => parseText(SEED, 'luquan-2025.md')],
    ['plain docx', async () => parseReport(new Uint8Array(readFileSync(new URL('../../fixtures/luquan-2025-plain.docx', import.meta.url))), 'plain.docx')],
    ['styled docx (Word numbering for 1.–6.)', async () => parseReport(new Uint8Array(readFileSync(new URL('../../fixtures/luquan-2025-styled.docx', import.meta.url))), 'styled.docx')],
  ];
  for (const [name, load] of inputs) {
    it(`finds every defect in the ${name}`, async () => {
      const found = await lintSample(await load());
      const text = found.map((m) => `${m.excerpt} | ${m.message} | ${m.section.join(' > ')}`);
      const want: [RegExp, RegExp][] = [
        [/^（3） \|.*（三）/, /部门整体支出绩效目标、指标/],
        [/^（2） \|.*（二）/, /自评的方法和过程/],
        [/^（1） \|.*（一）/, /总体绩效目标实现情况/],
        [/^（2） \|.*（二）/, /针对问题/],
        [/^（一\) \|.*括号不成对/, /科普活动成效明显/],
        [/^（二）。 \|.*多了「。」/, /科普进校园/],
        [/^7、 \|/, /部门概况/],
        [/^1、 \|.*1\./, /总体绩效目标实现情况/],
      ];
      for (const [finding, section] of want) {
        expect(text.some((t) => finding.test(t) && section.test(t)), `${finding} in ${section}\n${text.join('\n')}`).toBe(true);
      }
      // Correct labels stay silent: （一）部门概况, 二、, the （1）–（4） sub-lists.
      expect(text.filter((t) => /^(（一）|二、|三、|（4）) \|/.test(t) && !/下级/.test(t))).toEqual([]);
    });
  }
});

describe('heading-numbering on Word automatic numbering', () => {
  const lists = [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、' }, { numFmt: 'chineseCounting', lvlText: '（%2）' }] }];
  it('a typed （3） among auto-numbered （一）（二）', async () => {
    const bytes = makeDocx({
      lists,
      blocks: [
        { text: '某县科协2025年度部门整体支出绩效自评报告', style: 'Title' },
        { text: '部门基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
        { text: '部门概况', style: 'Heading 2', numbering: { numId: 1, ilvl: 1 } },
        '正文。',
        { text: '部门收支预决算情况', style: 'Heading 2', numbering: { numId: 1, ilvl: 1 } },
        '正文。',
        { text: '（3）部门整体支出绩效目标', style: 'Heading 2' },
        '正文。',
      ],
    });
    const found = await lintSample(await parseReport(bytes, 'auto.docx'));
    expect(found.map((m) => m.message).join('\n')).toMatch(/「（3）」.*应为「（三）」/);
    expect(found).toHaveLength(1);
  });
  it('auto-numbered headings in order are silent', async () => {
    const bytes = makeDocx({
      lists,
      blocks: [
        { text: '部门基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
        { text: '部门概况', style: 'Heading 2', numbering: { numId: 1, ilvl: 1 } },
        '正文。',
        { text: '收支情况', style: 'Heading 2', numbering: { numId: 1, ilvl: 1 } },
        '正文。',
        { text: '自评工作开展情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
        '正文。',
      ],
    });
    expect(await lintSample(await parseReport(bytes, 'auto-ok.docx'))).toEqual([]);
  });
});
