import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleTester, lintWithRule } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

// A complete 部门整体 report in the Hebei layout; cases remove or move parts of it.
const HEBEI_SECTIONS = [
  '一、部门基本情况\n（一）部门概况\n本局内设3个股室，编制20人。\n（二）部门收支预决算情况\n2025年度财政拨款收入500.00万元。\n（三）部门整体支出绩效目标、指标\n完成培训1000人次。',
  '二、自评工作开展情况\n成立自评工作组，逐项对照指标自评。',
  '三、部门整体支出绩效目标实现情况及指标分析\n完成培训1050人次，目标全部实现。',
  '四、评价结论和评价等级\n自评得分92分，等级为优。',
  '五、存在的问题及改进措施\n预算编制不够精细，下一步细化测算。',
  '六、评价工作组人员名单及签字\n组长：张明（局长）',
];
const report = (title: string, parts: string[]) => `${title}\n\n${parts.join('\n')}\n`;
const DEPT_TITLE = '平山县农业农村局2025年度部门整体支出绩效自评报告';

const PROJECT = [
  '一、项目基本情况\n项目由县财政安排资金，用于农村道路养护。',
  '二、绩效自评工作开展情况\n成立评价小组。',
  '三、资金投入和使用情况\n预算资金120.00万元，实际支出118.50万元。',
  '四、绩效目标完成情况分析\n养护道路85公里，完成目标。',
  '五、偏离绩效目标的原因和下一步改进措施\n部分路段施工延期，下一步加强调度。',
];
const PROJECT_TITLE = '2025年度农村公路养护项目支出绩效自评报告';

ruleTester('required-sections', {
  valid: [
    { name: 'the 鹿泉 report as written', text: SEED },
    { name: 'complete Hebei layout', text: report(DEPT_TITLE, HEBEI_SECTIONS) },
    { name: 'Hebei layout checked against the Hebei profile', text: report(DEPT_TITLE, HEBEI_SECTIONS), settings: { profile: '部门整体-河北' } },
    { name: 'synonyms of another province (单位概况, 自评得分, 存在问题, 改进建议)', text: report('某市科技局部门整体支出绩效自评报告', [
      '一、单位概况\n（一）职能职责\n负责科技管理。\n（二）预算执行情况\n预算300万元，执行率98%。\n（三）年度绩效目标\n引进人才20人。',
      '二、自评组织情况\n局党组牵头开展自评。',
      '三、绩效目标完成情况\n引进人才22人。',
      '四、自评得分\n91分。',
      '五、存在问题\n项目进度偏慢。',
      '六、改进建议\n加强调度。',
    ]) },
    { name: 'the generic profile does not require the team list', text: report(DEPT_TITLE, HEBEI_SECTIONS.slice(0, 5)) },
    { name: 'a complete project report', text: report(PROJECT_TITLE, PROJECT) },
    { name: 'a project report in the central transfer-payment style', text: report('2025年度文化旅游发展专项资金项目支出绩效自评报告', [
      '一、绩效目标分解下达情况\n下达资金800万元。',
      '二、绩效目标完成情况分析\n（一）资金投入情况\n资金全部到位。\n（二）资金管理情况\n专款专用。\n（三）总体绩效目标完成情况\n全部完成。',
      '三、偏离绩效目标的原因和下一步改进措施\n无明显偏离，下一步加强监控。',
      '四、绩效自评结果拟应用和公开情况\n在门户网站公开。',
    ]) },
    { name: 'Hunan style: the score stated first', text: report('某县财政局2025年度部门整体支出绩效自评报告', [
      '一、自评得分情况\n综合评分92分，等级为优。',
      '二、单位基本概况\n（一）机构设置\n内设5个股室。\n（二）预算执行情况\n预算800万元，执行率97%。\n（三）年度绩效目标\n完成财政收入目标。',
      '三、自评工作组织情况\n成立工作组。',
      '四、绩效目标完成情况\n全部完成。',
      '五、存在问题及改进措施\n绩效目标不够细化，下一步改进。',
    ]) },
    { name: 'a project report in the 财预〔2020〕10号 附件3 layout (conclusion before the analysis)', text: readFileSync(new URL('../../fixtures/clean-project-2025.md', import.meta.url), 'utf8') },
    { name: 'Sichuan layout: the achieved values are only in the section holding the 自评表', text: report('营山县2023年度高标准农田建设项目支出绩效自评报告', [
      '一、项目基本情况\n项目调整后预算320.00万元。',
      '二、绩效自评工作开展情况\n成立自评小组。',
      '三、项目绩效自评表\n| 三级指标 | 指标值 | 完成值 | 权重 | 得分 |\n|---|---|---|---|---|\n| 建设高标准农田面积 | 1.2万亩 | 1.25万亩 | 20 | 20 |\n',
      '四、评价结论\n自评总分98.3分，评价等级为优。',
      '五、存在问题\n个别乡镇管护责任落实不够。',
      '六、改进措施\n建立三级管护台账。',
    ]) },
    { name: 'a special-fund (transfer payment) report is checked as a project report', text: report('湘潭市2022年度中央补助地方公共文化服务体系建设专项资金绩效自评报告', [
      '一、绩效目标分解下达情况\n下达资金800万元。',
      '二、绩效目标完成情况分析\n全部完成。',
      '三、偏离绩效目标的原因和下一步改进措施\n无明显偏离，下一步加强监控。',
      '四、绩效自评结果拟应用和公开情况\n在门户网站公开。',
    ]) },
    { name: 'a 自评表 is not checked against a narrative template', text: '2025年度项目支出绩效自评表\n\n| 项目名称 | 科普活动 |\n|---|---|\n| 预算 | 10 |\n' },
    { name: 'a document of unknown kind is not checked', text: '会议纪要\n\n一、会议内容\n讨论了工作。\n' },
    {
      name: 'a custom template from the config',
      text: '某协会2025年度工作报告\n\n一、基本情况\n协会概况。\n二、科普工作\n开展活动。\n三、下一步工作\n继续开展。\n',
      options: { profile: '协会', templates: { 协会: { sections: [{ name: '基本情况' }, { name: '科普工作', synonyms: ['科普'] }, { name: '下一步', patterns: ['下一步|明年'] }] } } },
    },
  ],
  invalid: [
    {
      name: 'the 鹿泉 report without 四、评价结论和评价等级',
      text: SEED.replace(/四、评价结论和评价等级[\s\S]*?(?=五、)/, ''),
      errors: [{ match: /评价结论.*应位于「三、部门整体支出绩效目标实现情况及指标分析」之后/, severity: 'error', excerpt: '五、存在的问题及改进措施' }],
    },
    {
      name: 'no 自评工作开展情况',
      text: report(DEPT_TITLE, [HEBEI_SECTIONS[0]!, ...HEBEI_SECTIONS.slice(2)]),
      errors: [{ match: /自评工作开展情况.*应位于「（三）部门整体支出绩效目标、指标」之后/ }],
    },
    {
      name: 'problems and measures both missing',
      text: report(DEPT_TITLE, [...HEBEI_SECTIONS.slice(0, 4), HEBEI_SECTIONS[5]!]),
      errors: [{ match: '存在的问题' }, { match: '改进措施' }],
    },
    {
      name: 'Hebei profile requires the signed team list',
      text: report(DEPT_TITLE, HEBEI_SECTIONS.slice(0, 5)),
      settings: { profile: 'hebei' },
      errors: [{ match: /评价工作组人员名单及签字.*五、存在的问题及改进措施/ }],
    },
    {
      name: 'conclusion placed after the problems (out of order, warning)',
      text: report(DEPT_TITLE, [HEBEI_SECTIONS[0]!, HEBEI_SECTIONS[1]!, HEBEI_SECTIONS[2]!, HEBEI_SECTIONS[4]!, HEBEI_SECTIONS[3]!, HEBEI_SECTIONS[5]!]),
      errors: [{ match: /四、评价结论和评价等级.*不符合.*顺序.*之后/, severity: 'warning' }],
    },
    {
      name: 'a special-fund (transfer payment) report without the analysis of the targets',
      text: report('湘潭市2022年度中央补助地方公共文化服务体系建设专项资金绩效自评报告', [
        '一、绩效目标分解下达情况\n下达资金800万元。',
        '二、偏离绩效目标的原因和下一步改进措施\n无明显偏离，下一步加强监控。',
      ]),
      errors: [{ match: /绩效目标完成情况分析/ }],
    },
    {
      name: 'project report without the analysis of the targets',
      text: report(PROJECT_TITLE, [PROJECT[0]!, PROJECT[1]!, PROJECT[2]!, PROJECT[4]!]),
      errors: [{ match: /绩效目标完成情况分析/ }],
    },
    {
      name: '--profile 项目支出 on a report whose title does not tell its kind',
      text: report('关于2025年度绩效自评情况的报告', [PROJECT[0]!, PROJECT[2]!, PROJECT[3]!]),
      settings: { profile: '项目支出' },
      errors: [{ match: /偏离绩效目标的原因.*应位于「四、绩效目标完成情况分析」之后/ }, { match: /改进措施.*应位于「四、绩效目标完成情况分析」之后/ }],
    },
    {
      name: 'an unknown profile name is reported',
      text: report(DEPT_TITLE, HEBEI_SECTIONS),
      settings: { profile: '广东' },
      errors: [{ match: /未知的报告模板「广东」/ }],
    },
    {
      name: 'custom template: a missing section and a regex synonym',
      text: '某协会2025年度工作报告\n\n一、基本情况\n协会概况。\n二、明年打算\n继续开展。\n',
      options: { profile: '协会', templates: { 协会: { sections: [{ name: '基本情况' }, { name: '科普工作', synonyms: ['科普'] }, { name: '下一步', patterns: ['下一步|明年'] }] } } },
      errors: [{ match: /缺少「科普工作」.*应位于「一、基本情况」之后/ }],
    },
    {
      name: 'custom template chosen by its title pattern',
      text: '某协会2025年度工作报告\n\n一、基本情况\n协会概况。\n',
      options: { templates: { 协会: { match: '协会.*工作报告', sections: [{ name: '基本情况' }, { name: '财务收支', level: 1 }] } } },
      errors: [{ match: '财务收支' }],
    },
  ],
});

describe('required-sections: options', () => {
  it('rejects an invalid regex in a custom template', async () => {
    await expect(lintWithRule('required-sections', { text: 'x', options: { templates: { a: { sections: [{ name: 'x', patterns: ['('] }] } } } })).rejects.toThrow(/regular expression/);
  });
  it('a report with no headings at all names every required part once', async () => {
    const found = await lintWithRule('required-sections', { text: `${DEPT_TITLE}\n\n本单位全年完成各项工作。\n` });
    expect(found.length).toBe(8);
    expect(found.every((m) => m.severity === 'error')).toBe(true);
  });
  it('speaks English with --locale en', async () => {
    const found = await lintWithRule('required-sections', { text: SEED.replace(/四、评价结论和评价等级[\s\S]*?(?=五、)/, '') }, 'en');
    expect(found[0]!.message).toMatch(/section ".*conclusion.*" is missing .* belongs after/);
  });
});
