// §2 and §4 of the reading issue: info findings are held to the same standard as errors. A name never cuts through a
// bracket or runs over another figure's clause; a figure in brackets that explains the figure before it is no target;
// a word answer ("基本完成") to a numeric target is achieved-nonnumeric's one finding.
import { describe, expect, it } from 'vitest';
import { indicatorName } from '../../src/content/targets.js';
import { lintText } from '../../src/api.js';

const RULES = ['target-actual', 'deviation-explained', 'over-completion', 'achieved-nonnumeric', 'metric-consistency'];
const lint = async (text: string) =>
  (await lintText(text, { rules: Object.fromEntries(RULES.map((r) => [r, 'error' as const])), only: true })).messages;

describe('indicatorName', () => {
  it.each([
    ['发放科普资料', '发放科普资料'],
    ['服务65岁以上老年人健康体检', '服务65岁以上老年人健康体检'],
    ['为辖区特殊困难老年人提供居家养老上门服务不少于36000人次（按原', '按原'],
    ['完成36000人次，服务老年人', '服务老年人'],
    ['数量指标（培训人数', '培训人数'],
  ])('%s → %s', (label, name) => expect(indicatorName(label)).toBe(name));
});

describe('a figure in brackets explaining the figure before it is no target', () => {
  const text = (beds: string, people: string) => `一、部门基本情况\n年度绩效目标：为辖区特殊困难老年人提供居家养老上门服务不少于36000人次（按原目标为1000名老年人每人每月3次计算），新增养老床位50张。\n二、绩效目标完成情况\n全年为辖区特殊困难老年人提供居家养老上门服务${people}，服务老年人1070名，新增养老床位${beds}。\n`;
  it('met: silent at every level, info included', async () => {
    expect(await lint(text('52张', '38520人次'))).toEqual([]);
  });
  it('missed: one finding, on the figure that was missed, with a clean name', async () => {
    const found = await lint(text('52张', '30120人次'));
    expect(found.map((m) => m.message)).toEqual([expect.stringMatching(/^「为辖区特殊困难老年人提供居家养老上门服务」目标为不少于36000人次，实际完成30120人次/)]);
  });
  it('新增 is the measured result for a 新增 target', async () => {
    const found = await lint(text('41张', '38520人次'));
    expect(found.map((m) => m.message)).toEqual([expect.stringMatching(/新增养老床位.*50张.*41张/)]);
  });
  it('brackets holding words still hold a target', async () => {
    const found = await lint('二、绩效目标完成情况\n绩效指标：数量指标（培训基层农技人员不少于50人）。\n完成情况：培训基层农技人员42人。\n');
    expect(found.map((m) => m.ruleId)).toEqual(['target-actual']);
  });
});

describe('a word for a numeric result: achieved-nonnumeric, once', () => {
  it.each(['已完成', '基本完成', '已全部完成年度目标', '完成'])('%s', async (word) => {
    const found = await lint(`二、绩效目标完成情况\n（1）科普资料。绩效指标：发放科普资料不少于2000份。完成情况：${word}。\n`);
    expect(found.map((m) => m.ruleId)).toEqual(['achieved-nonnumeric']);
  });
  it('the figure written: no word finding', async () => {
    expect(await lint('二、绩效目标完成情况\n（1）科普资料。绩效指标：发放科普资料不少于2000份。完成情况：基本完成，发放科普资料2100份。\n')).toEqual([]);
  });
});

describe('a goal written without a comparator is not a result (metric-consistency)', () => {
  const mc = async (text: string) => (await lint(text)).filter((m) => m.ruleId === 'metric-consistency');
  const results = '二、绩效目标完成情况\n全年开展执法检查1136家次，办结投诉举报案件215件。\n';
  it.each([
    ['按照年度工作安排，开展执法检查1100家次，实际开展执法检查1136家次。'],
    ['年初确定的目标任务是开展执法检查1100家次，实际完成1136家次。'],
    ['2024年主要目标：开展执法检查1100家次，办结投诉举报案件200件。'],
    ['全年工作目标为开展执法检查1100家次。'],
  ])('%s', async (goal) => {
    expect(await mc(`一、部门基本情况\n${goal}\n${results}`)).toEqual([]);
  });
  it('two results of one quantity still differ, and the message says why they are one quantity', async () => {
    const found = await mc(`2024年度部门整体支出绩效自评报告\n一、部门基本情况\n全年开展执法检查1136家次。\n${results.replace('1136', '1163')}`);
    expect(found.map((m) => m.message)).toEqual([expect.stringMatching(/两处计量的都是2024年度的「执法检查」（单位家次）/)]);
  });
});
