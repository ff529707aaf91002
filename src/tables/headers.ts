// Column roles of a 自评表, recognised by header words and their synonyms (财预〔2020〕10号 附件1 and the Sichuan
// layout), in any column order.

export type IndicatorRole = 'level1' | 'level2' | 'name' | 'nature' | 'target' | 'unit' | 'actual' | 'weight' | 'score' | 'reason';
export type FundRole = 'initialBudget' | 'budget' | 'executed' | 'weight' | 'rate' | 'score' | 'reason';

/** Header text without spaces and the bracketed notes ("全年预算数（A）", "得分(分*执行率)", "（万元）"). */
export function normalizeHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[)）]/g, '')
    .replace(/[:：*＊]/g, '');
}

// Order matters: the first pattern that matches a header decides its role.
const INDICATOR_ROLES: [RegExp, IndicatorRole][] = [
  [/^一级(?:指标)?$/, 'level1'],
  [/^二级(?:指标)?$/, 'level2'],
  [/^(?:三级(?:指标)?|指标名称|具体指标|三级指标(?:名称|内容)|指标内容)$/, 'name'],
  [/^(?:指标性质|性质|指标方向|计算符号|符号)$/, 'nature'],
  [/^(?:度量单位|计量单位|单位)$/, 'unit'],
  [/偏差|原因|改进措施|说明/, 'reason'],
  [/^(?:全年|年度)?(?:实际)?完成(?:值|情况|数)?$|^(?:全年|年度)?实际(?:完成)?(?:值|情况|数)?$|^实际完成指标值$/, 'actual'],
  [/^(?:年度|全年|预期|计划)?(?:指标|目标|计划)(?:值|数)?$|^(?:年度|全年)?(?:计划|预期)目标值$|^预期(?:指标)?值$/, 'target'],
  [/^(?:分值|权重|权重分|标准分|满分|指标分值|权重（?分）?)$/, 'weight'],
  [/^(?:自评)?得分$|^实际得分$|^评分$/, 'score'],
];

const FUND_ROLES: [RegExp, FundRole][] = [
  [/执行率/, 'rate'],
  [/年初预算/, 'initialBudget'],
  [/^(?:全年|调整后|调整)预算(?:数|金额)?$|^预算(?:数|金额)$|^全年预算数$/, 'budget'],
  [/^(?:全年|预算|实际)?执行(?:数|金额)?$|^实际支出(?:数)?$|^支出数$/, 'executed'],
  [/^(?:分值|权重|标准分|满分)$/, 'weight'],
  [/^(?:自评)?得分$/, 'score'],
  [/原因|说明/, 'reason'],
];

export function indicatorRole(text: string): IndicatorRole | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  for (const [re, role] of INDICATOR_ROLES) if (re.test(h)) return role;
  return undefined;
}

export function fundRole(text: string): FundRole | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  for (const [re, role] of FUND_ROLES) if (re.test(h)) return role;
  return undefined;
}

/** Row labels that close a table: 总分 / 合计 (the total row). */
export const TOTAL_LABEL = /^(?:总分|总计|合计|得分合计|总得分|综合得分|自评总分|自评得分|合\s*计|总\s*分)$/;
