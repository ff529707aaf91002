// §2–§3 of the reading issue: a missed target is one defect with one finding, wherever it is stated (the text, the
// targets section, the scoring-table row); reverse targets (不超过 / 控制在…以内 / ≤) are judged too; each case also
// as .docx, and each with a clean twin that must stay silent.
import { describe, expect, it } from 'vitest';
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import type { LintMessage } from '../../src/engine/result.js';
import { makeDocx, type BlockSpec } from '../helpers/make-docx.js';

const RULES = ['target-actual', 'deviation-explained', 'over-completion', 'achieved-nonnumeric', 'indicator-score', 'metric-consistency'];
const options = { rules: Object.fromEntries(RULES.map((r) => [r, 'error' as const])), only: true };
// deviation-explained and over-completion keep their own default levels (info for over-completion) in a real run
const counted = (ms: LintMessage[]) => ms.filter((m) => m.severity !== 'info' && RULES.includes(m.ruleId) && !(m.ruleId === 'over-completion'));

/** Markdown lines to .docx blocks: one paragraph per line, a "| … |" run as one table. */
function docxOf(text: string): Uint8Array {
  const blocks: BlockSpec[] = [];
  let table: string[][] | undefined;
  for (const line of text.split('\n')) {
    if (/^\|/.test(line)) {
      if (/^\|[-| ]+\|$/.test(line)) continue;
      const cells = line.slice(1, -1).split('|').map((c) => c.trim());
      if (!table) blocks.push({ table: (table = []) });
      table.push(cells);
    } else {
      table = undefined;
      if (line.trim()) blocks.push(line);
    }
  }
  return makeDocx({ blocks });
}

async function both(text: string): Promise<{ md: LintMessage[]; docx: LintMessage[] }> {
  const md = (await lintText(text, { ...options, filePath: 'x.md' })).messages;
  const docx = (await lintDocument(await parseReport(docxOf(text), 'x.docx'), options)).messages;
  return { md: counted(md), docx: counted(docx) };
}

const HEAD = '一、绩效目标\n';
const TABLE_HEAD = '\n附件：项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n|---|---|---|---|---|---|---|---|\n';
const row = (cells: string[]) => `| 产出指标 | ${cells.join(' | ')} |  |\n`;

interface Case { name: string; text: string; at: string }

// missed, no reason, stated in the text and in the table: one finding, on the text's result line
const missedTwice: Case[] = [
  {
    name: '份, 发放 prefix, 达到',
    text: `${HEAD}年度绩效指标：发放技术明白纸达到18192份；推广农业主推技术不少于11项。\n二、绩效目标完成情况\n1. 产出指标。全年发放技术明白纸15320份；推广农业主推技术12项。\n${TABLE_HEAD}${row(['数量指标', '技术明白纸', '18192份', '15320份', '8', '6.73'])}${row(['数量指标', '农业主推技术', '≥11项', '12项', '8', '8'])}`,
    at: '全年发放技术明白纸15320份',
  },
  {
    name: '人次, 培训 prefix, 不少于',
    text: `${HEAD}年度绩效指标：培训乡村医生不少于264人次。\n二、绩效目标完成情况\n（1）乡村医生。绩效指标：培训乡村医生不少于264人次。完成情况：培训乡村医生191人次。\n${TABLE_HEAD}${row(['数量指标', '乡村医生', '≥264人次', '191人次', '12', '8.68'])}`,
    at: '完成情况：培训乡村医生191人次',
  },
  {
    name: 'reverse %, 不高于 vs ≤',
    text: `${HEAD}年度绩效指标：孕产妇死亡率不高于1%；适龄儿童疫苗接种率≥95%。\n二、绩效目标完成情况\n1. 效益指标。孕产妇死亡率为1.33%；适龄儿童疫苗接种率为97.10%。\n${TABLE_HEAD}${row(['成本指标', '孕产妇死亡率', '≤1%', '1.33%', '10', '7.51'])}`,
    at: '孕产妇死亡率为1.33%',
  },
  {
    name: 'reverse 元/亩, 控制在…以内 vs ≤',
    text: `${HEAD}年度绩效指标：亩均建设成本控制在2600元/亩以内。\n二、绩效目标完成情况\n（1）亩均建设成本。绩效指标：亩均建设成本控制在2600元/亩以内。\n完成情况：亩均建设成本为3016元/亩。\n${TABLE_HEAD}${row(['成本指标', '亩均建设成本', '≤2600元/亩', '3016元/亩', '12', '10.34'])}`,
    at: '完成情况：亩均建设成本为3016元/亩',
  },
];

describe('a missed target stated in the text and in its table row: one finding, in the text', () => {
  for (const c of missedTwice) {
    it(c.name, async () => {
      const { md, docx } = await both(c.text);
      const line = c.text.split('\n').findIndex((l) => l.includes(c.at)) + 1;
      expect(md.map((m) => `${m.ruleId}:${m.line}`)).toEqual([`target-actual:${line}`]);
      expect(md[0]!.related?.length).toBe(1);
      expect(md[0]!.message).toMatch(/自评表第\d+行为同一指标/);
      expect(docx.map((m) => m.ruleId)).toEqual(['target-actual']);
      expect(docx[0]!.excerpt).toBe(md[0]!.excerpt);
    });
    it(`${c.name}: met in both places is silent`, async () => {
      // the same report with the result raised above the target (or below the ceiling) everywhere
      const fixed = c.text.replace(/15320份/g, '18300份').replace(/191人次/g, '270人次').replace(/1\.33%/g, '0.73%').replace(/3016元/g, '2210元')
        .replace(/\| (\d+) \| [\d.]+ \|  \|/g, '| $1 | $1 |  |');
      const { md, docx } = await both(fixed);
      expect(md).toEqual([]);
      expect(docx).toEqual([]);
    });
  }
});

// missed reverse targets in the three layouts, with 不超过 / 控制在…以内 / ≤, in 万元 and 元/亩
const reverse: Case[] = [
  { name: 'label-lines, 不超过, full-width digits', text: '二、绩效目标完成情况\n（5）单次活动平均成本。绩效指标：单次活动平均成本不超过２万元。完成情况：单次活动平均成本为２.４万元。', at: '单次活动平均成本为２.４万元' },
  { name: 'separate lines, 控制在…以内', text: '二、绩效目标完成情况\n（6）单次活动平均成本。绩效指标：单次活动平均成本控制在2.00万元以内。\n完成情况：单次活动平均成本为2.16万元。', at: '完成情况：单次活动平均成本为2.16万元' },
  {
    name: 'one sentence, target in the targets section',
    text: `${HEAD}年度绩效指标：举办科技工作者培训班4期；单次活动平均成本控制在2.00万元以内。\n二、绩效目标完成情况\n1. 产出指标。计划举办科技工作者培训班4期，实际举办4期；单次活动平均成本为2.76万元。`,
    at: '单次活动平均成本为2.76万元',
  },
  { name: '元/亩, ≤', text: `${HEAD}年度绩效指标：亩均建设成本≤2600元/亩。\n二、绩效目标完成情况\n（1）亩均建设成本。绩效指标：亩均建设成本≤2600元/亩。完成情况：亩均建设成本为2719元/亩。`, at: '2719元/亩' },
];

describe('a missed reverse target is reported once', () => {
  for (const c of reverse) {
    it(c.name, async () => {
      const { md, docx } = await both(c.text);
      const line = c.text.split('\n').findIndex((l) => l.includes(c.at)) + 1;
      expect(md.map((m) => `${m.ruleId}:${m.line}`)).toEqual([`target-actual:${line}`]);
      expect(md[0]!.message).toMatch(/超出了目标上限/);
      expect(docx.map((m) => m.ruleId)).toEqual(['target-actual']);
    });
    it(`${c.name}: within the ceiling is silent`, async () => {
      const { md, docx } = await both(c.text.replace(/２\.４万元/, '１.８万元').replace(/2\.16万元|2\.76万元/, '1.85万元').replace(/2719元/, '2599元'));
      expect(md).toEqual([]);
      expect(docx).toEqual([]);
    });
  }
  it('the message keeps the per-unit and the comparator written after the figure', async () => {
    const { md } = await both(`${HEAD}年度绩效指标：亩均建设成本控制在2600元/亩以内。\n二、绩效目标完成情况\n完成情况：亩均建设成本为3016元/亩。`);
    expect(md[0]?.message).toContain('目标为控制在2600元/亩以内，实际为3016元/亩');
  });
  it('a per-item detail of a result is not the result of a total target', async () => {
    const { md } = await both('二、绩效目标完成情况\n绩效指标：开展科普宣传活动6次。\n完成情况：开展科普宣传活动6次，每次活动持续时间为1天，平均成本0.5万元。');
    expect(md).toEqual([]);
  });
});

describe('what explains one item does not explain the next', () => {
  const text = (reasonOn: 'other' | 'own') => `${HEAD}年度绩效指标：管理高血压患者达到6655人；服务65岁以上老年人健康体检不少于9966人。\n二、绩效目标完成情况\n1. 产出指标。全年管理高血压患者4493人${reasonOn === 'own' ? '，未完成的原因是部分患者外出务工' : ''}；服务65岁以上老年人健康体检18788人，超额完成的原因是上级追加了任务。`;
  it('a reason in the next item (with its own figure) leaves the shortfall unexplained: error', async () => {
    const { md, docx } = await both(text('other'));
    expect(md.map((m) => m.ruleId)).toEqual(['target-actual']);
    expect(md[0]!.message).toMatch(/4493人.*未说明偏差原因/);
    expect(docx.map((m) => m.ruleId)).toEqual(['target-actual']);
  });
  it('its own reason makes it a note', async () => {
    const { md } = await both(text('own'));
    expect(md).toEqual([]);
  });
});

describe('a target without a result is not paired with next year\'s plan', () => {
  const text = `${HEAD}年度绩效指标：培训高素质农民不少于360人；推广农业主推技术不少于11项。\n二、绩效目标完成情况\n（1）高素质农民。绩效指标：培训高素质农民不少于360人。\n（2）农业主推技术。绩效指标：推广农业主推技术不少于11项。完成情况：推广农业主推技术12项。\n三、改进措施\n2025年计划培训高素质农民362人，加强资金管理。`;
  it.each([['2025年计划', '2025年计划'], ['下一年度计划', '下一年度计划'], ['明年计划', '明年计划']])('%s', async (_, lead) => {
    const { md, docx } = await both(text.replace('2025年计划', lead));
    expect(md.map((m) => m.message)).toEqual([expect.stringMatching(/培训高素质农民.*没有对应的实际完成值/)]);
    expect(docx).toHaveLength(1);
  });
  it('this year\'s result elsewhere still answers it', async () => {
    const { md } = await both(text.replace('2025年计划培训高素质农民362人，加强资金管理。', '全年培训高素质农民362人，加强资金管理。'));
    expect(md).toEqual([]);
  });
});
