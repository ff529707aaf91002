// Built-in templates: 部门整体支出绩效自评报告 (generic synthesis of the provincial formats, and the Hebei variant with
// the signed 评价工作组人员名单) and 项目支出绩效自评报告 (narrative report). Source: domain guide §2.3 and §2.4.
import type { Profile, SectionSpec } from './types.js';

/** "其他需要说明的问题" is the template's last catch-all, not its 存在的问题. */
const NOT_OTHER = '(?!.*其他(?:需要|需|应|要)?(?:说明|补充|报告)?的?(?:问题|事项|情况))';

/** Titles that name a section only in passing ("评价工作组人员名单" is not the 自评工作开展 section). */
const NOT_NAMES = '(?!.*(名单|签字|签名))';

const basic: SectionSpec = {
  key: 'basic', group: 1,
  name: { 'zh-CN': '部门（单位）基本情况', en: 'basic information on the department' },
  patterns: [/基本情况|基本概况|概况|简介|职能职责|主要职能|机构设置|机构职能/],
};
const budget: SectionSpec = {
  key: 'budget', group: 1,
  name: { 'zh-CN': '预算（收支）及执行情况', en: 'budget, revenue and expenditure, and execution' },
  patterns: [/收支|预决算|预算.{0,6}(执行|情况|安排|管理)|决算|资金.{0,6}(投入|使用|管理|执行|到位|情况)|(收入|支出)(情况|构成)|经费(情况|使用)/],
};
const targets: SectionSpec = {
  key: 'targets', group: 1,
  name: { 'zh-CN': '绩效目标（及指标）', en: 'performance targets (and indicators)' },
  patterns: [/^(?!.*(实现|完成)).*(绩效目标|绩效指标|年度(工作)?目标|履职(总体)?目标|目标.{0,3}指标|工作任务)/],
};
const process: SectionSpec = {
  key: 'process', group: 2,
  name: { 'zh-CN': '自评工作开展情况', en: 'how the self-evaluation was carried out' },
  patterns: [new RegExp(`^${NOT_NAMES}.*(自评.{0,6}(工作|组织|开展|过程|方法|依据)|评价工作.{0,4}(开展|组织|情况|过程)|(组织|开展).{0,4}(自评|评价)|评价(方法|过程|组织|依据))`)],
};
const results: SectionSpec = {
  key: 'results', group: 3,
  name: { 'zh-CN': '绩效目标实现情况及指标分析', en: 'achievement of the targets and indicator analysis' },
  patterns: [/(目标|指标|任务).{0,6}(实现|完成)|绩效(情况|分析|表现|实现)|实现情况|完成情况|履职(成效|效果|完成)|指标分析|产出|效益/],
};
const conclusion: SectionSpec = {
  key: 'conclusion', group: 4,
  name: { 'zh-CN': '评价结论和评价等级（自评得分）', en: 'evaluation conclusion and grade (self-evaluation score)' },
  patterns: [/^(?!.*(应用|公开)).*(评价结论|自评结论|评价等级|自评等级|自评得分|自评结果|综合评价|评价得分|总体评价|综合得分|评分情况|得分情况|评价结果)/],
};
const problems: SectionSpec = {
  key: 'problems', group: 5,
  name: { 'zh-CN': '存在的问题', en: 'problems found' },
  patterns: [new RegExp(`^${NOT_OTHER}.*(问题|不足|偏差|偏离|差距)`)],
};
const measures: SectionSpec = {
  key: 'measures', group: 5,
  name: { 'zh-CN': '改进措施（建议）', en: 'improvement measures (suggestions)' },
  patterns: [/改进|措施|建议|整改|下一步|对策|打算/],
};
const application: SectionSpec = {
  key: 'application', group: 6, optional: true,
  name: { 'zh-CN': '自评结果应用及公开情况', en: 'use and publication of the results' },
  patterns: [/结果.{0,6}(应用|公开)|拟应用|应用.{0,4}公开|公开情况/],
};
const signature: SectionSpec = {
  key: 'signature', group: 6, signature: true,
  name: { 'zh-CN': '评价工作组人员名单及签字', en: 'evaluation team members and signatures' },
  patterns: [/人员名单|(工作|评价|自评)(组|小组).{0,4}(成员|名单|人员)|签字|签名/],
};

export const departmentProfile: Profile = {
  id: '部门整体',
  aliases: ['部门整体', '部门整体支出', '部门整体支出绩效自评报告', 'department', 'dept'],
  name: { 'zh-CN': '部门整体支出绩效自评报告', en: 'department-wide expenditure self-evaluation report' },
  ordered: true,
  sections: [basic, budget, targets, process, results, { ...conclusion, mayLead: true }, problems, measures, application, { ...signature, optional: true }],
};

export const hebeiDepartmentProfile: Profile = {
  id: '部门整体-河北',
  aliases: ['部门整体-河北', '河北', 'hebei', 'department-hebei'],
  name: { 'zh-CN': '部门整体支出绩效自评报告（河北格式，含评价工作组人员名单及签字）', en: 'department-wide expenditure self-evaluation report (Hebei format, with signed team list)' },
  ordered: true,
  sections: [basic, budget, targets, process, results, conclusion, problems, measures, application, signature],
};

export const projectProfile: Profile = {
  id: '项目支出',
  aliases: ['项目支出', '项目支出绩效自评报告', 'project'],
  name: { 'zh-CN': '项目支出绩效自评报告', en: 'project expenditure self-evaluation report' },
  ordered: true,
  sections: [
    {
      key: 'overview', group: 1,
      name: { 'zh-CN': '项目基本情况（绩效目标设定/下达情况）', en: 'project overview (targets set or assigned)' },
      patterns: [/基本情况|概况|项目简介|立项|项目背景|绩效目标.{0,4}(分解|下达|设定|设置)|目标(分解|下达)/],
    },
    { ...process, optional: true, group: 2 },
    {
      // 财预〔2020〕10号 附件3 puts 资金投入和使用情况 inside 项目概况, so it need not be a heading of its own; real
      // reports also give it its own section after 基本情况, and the central layout puts it in the analysis (§2.4).
      key: 'funds', group: 3, optional: true, floating: true,
      name: { 'zh-CN': '资金投入和使用情况', en: 'funding and spending' },
      patterns: [/资金|预算|预决算|收支|投入|经费|执行情况/],
    },
    {
      key: 'results', group: 3,
      name: { 'zh-CN': '绩效目标完成情况分析', en: 'analysis of the achievement of the targets' },
      // The Sichuan layout reports the achieved values only in the 自评表 ("三、项目绩效自评表", §2.2).
      patterns: [...results.patterns, /自评表|评价表/],
    },
    // 财预〔2020〕10号 附件3 gives 综合评价情况及评价结论 before the indicator analysis.
    { ...conclusion, optional: true, group: 3 },
    {
      ...problems,
      name: { 'zh-CN': '偏离绩效目标的原因（存在的问题）', en: 'reasons for deviations (problems)' },
      patterns: [new RegExp(`^${NOT_OTHER}.*(问题|偏离|偏差|原因|不足)`)],
    },
    measures,
    application,
  ],
};

export const builtinProfiles: Profile[] = [departmentProfile, hebeiDepartmentProfile, projectProfile];
