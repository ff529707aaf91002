// A 项目支出绩效自评表 in the Sichuan layout (10 columns) as the provincial system exports it, and the 财预〔2020〕10号
// 附件1 layout (9 columns), built in the "^" / "<" notation of tests/tables/docx-tables.ts, then written both as .docx
// (gridSpan / vMerge) and as .xlsx (mergeCells). The defaults are clean, filled forms; each field can be replaced.
import { makeDocx } from '../helpers/make-docx.js';
import { makeXlsx } from '../helpers/make-xlsx.js';
import { tableSpec } from '../tables/docx-tables.js';
import { parseReport, lintDocument } from '../../src/api.js';
import { findRule } from '../../rules/index.js';
import type { LintMessage } from '../../src/engine/result.js';

export interface Indicator { l1: string; l2: string; name: string; nature: string; target: string; unit: string; actual: string; weight: string; score: string; reason?: string }

export const INDICATORS: Indicator[] = [
  { l1: '产出指标', l2: '数量指标', name: '建成示范点数量', nature: '≥', target: '8', unit: '个', actual: '8', weight: '15', score: '15' },
  { l1: '产出指标', l2: '数量指标', name: '文化惠民演出场次', nature: '≥', target: '36', unit: '场', actual: '41', weight: '15', score: '15' },
  { l1: '产出指标', l2: '数量指标', name: '文艺骨干培训人次', nature: '≥', target: '240', unit: '人次', actual: '262', weight: '10', score: '10' },
  { l1: '产出指标', l2: '质量指标', name: '示范点验收合格率', nature: '=', target: '100', unit: '%', actual: '100', weight: '5', score: '5' },
  { l1: '产出指标', l2: '时效指标', name: '演出按期完成率', nature: '=', target: '100', unit: '%', actual: '100', weight: '5', score: '5' },
  { l1: '效益指标', l2: '社会效益指标', name: '惠及群众人次', nature: '≥', target: '35000', unit: '人次', actual: '38600', weight: '15', score: '15' },
  { l1: '效益指标', l2: '可持续影响指标', name: '示范点长效运行', nature: '定性', target: '长期', unit: '/', actual: '长期', weight: '15', score: '15' },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '群众满意度', nature: '≥', target: '90', unit: '%', actual: '93.5', weight: '10', score: '10' },
];

export interface SichuanForm {
  department: string;
  budget: [string, string, string, string, string, string, string];
  goal: string;
  done: string;
  indicators: Indicator[];
  total: [string, string];
  conclusion: string;
  problems: string;
  measures: string;
  signers: [string, string];
}

export const CLEAN: SichuanForm = {
  department: '云溪县文化广播电视和旅游局',
  // 年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重, 得分, 原因
  budget: ['156.40', '180.00', '171.00', '95.00%', '10', '9.5', '年中追加示范点演出设备购置资金23.60万元'],
  goal: '建成乡村文化振兴示范点8个，开展文化惠民演出不少于36场，群众满意度达到90%以上。',
  done: '建成示范点8个，开展文化惠民演出41场，群众满意度93.5%，年度目标全部完成。',
  indicators: INDICATORS,
  total: ['100', '99.5'],
  conclusion: '本项目年度绩效目标全部完成，预算执行率95.00%，自评总分99.5分，评价等级为优。',
  problems: '部分示范点文艺骨干流动较大，村级文化活动室周末开放时间偏短。',
  measures: '2025年6月底前建立文艺骨干激励办法，按季度对示范点开放情况开展督导。',
  signers: ['项目负责人：钟子涵', '财务负责人：黎佩瑶'],
};

const span = (text: string, n: number) => [text, ...Array<string>(n - 1).fill('<')];

/** Rows of the Sichuan form in the merge notation. */
export function sichuanRows(o: Partial<SichuanForm> = {}): string[][] {
  const f = { ...CLEAN, ...o };
  const rows: string[][] = [
    [...span('项目名称', 2), ...span('云溪县乡村文化振兴示范点建设项目', 8)],
    [...span('主管部门', 2), ...span(f.department, 3), ...span('实施单位', 2), ...span('云溪县文化馆', 3)],
    [...span('预算执行情况（万元）', 2), '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', ...span('原因', 2)],
    ['^', '<', ...f.budget.slice(0, 6), ...span(f.budget[6], 2)],
    [...span('年度总体目标', 2), ...span('年度目标', 4), ...span('年度目标完成情况', 4)],
    ['^', '<', ...span(f.goal, 4), ...span(f.done, 4)],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
  ];
  f.indicators.forEach((r, i) => {
    const prev = f.indicators[i - 1];
    const l1 = prev && prev.l1 === r.l1 ? '^' : r.l1;
    const l2 = prev && prev.l1 === r.l1 && prev.l2 === r.l2 ? '^' : r.l2;
    rows.push([l1, l2, r.name, r.nature, r.target, r.unit, r.actual, r.weight, r.score, r.reason ?? '/']);
  });
  rows.push([...span('合计', 7), f.total[0], f.total[1], '/']);
  rows.push([...span('评价结论', 2), ...span(f.conclusion, 8)]);
  rows.push([...span('存在问题', 2), ...span(f.problems, 8)]);
  rows.push([...span('改进措施', 2), ...span(f.measures, 8)]);
  rows.push([...span(f.signers[0], 5), ...span(f.signers[1], 5)]);
  return rows;
}

/** The clean 附件1 table (青禾镇农家书屋提档升级项目). */
export function annex1Rows(): string[][] {
  const ind = [
    ['产出指标（50分）', '数量指标', '提档升级书屋数量', '≥12个', '12个', '20', '20'],
    ['^', '^', '配送图书册数', '≥18000册', '18600册', '15', '15'],
    ['^', '质量指标', '图书验收合格率', '=100%', '100%', '10', '10'],
    ['^', '时效指标', '图书配送及时率', '≥95%', '98%', '5', '5'],
    ['效益指标（30分）', '社会效益指标', '书屋年借阅人次', '≥6000人次', '6420人次', '15', '15'],
    ['^', '可持续影响指标', '书屋长效管理机制', '健全', '健全', '15', '15'],
    ['满意度指标（10分）', '服务对象满意度指标', '读者满意度', '≥90%', '94%', '10', '10'],
  ];
  return [
    [...span('项目名称', 2), ...span('青禾镇农家书屋提档升级项目', 7)],
    [...span('主管部门', 2), ...span('青禾镇人民政府', 3), ...span('实施单位', 2), ...span('青禾镇综合文化站', 2)],
    [...span('项目资金（万元）', 2), '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['^', '<', '年度资金总额', '80.00', '80.00', '76.00', '10', '95.00%', '9.5'],
    ['^', '<', '其中：本年财政拨款', '80.00', '80.00', '76.00', '—', '—', '—'],
    [...span('年度总体目标', 2), ...span('预期目标', 4), ...span('实际完成情况', 3)],
    ['^', '<', ...span('完成12个农家书屋提档升级，配送图书不少于18000册，读者满意度达到90%以上。', 4), ...span('完成12个农家书屋提档升级，配送图书18600册，读者满意度94%。', 3)],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', ...span('偏差原因分析及改进措施', 2)],
    ...ind.map((r) => [...r, ...span('/', 2)]),
    [...span('总分', 5), '100', '99.5', ...span('评价等级：优', 2)],
  ];
}

const TITLES = ['项目支出绩效自评表', '（2024年度）'];

export function formDocx(rows: string[][], after: string[] = []): Uint8Array {
  return makeDocx({ blocks: [...TITLES, { table: tableSpec(rows) }, ...after] });
}

export function formXlsx(rows: string[][]): Uint8Array {
  return makeXlsx({ sheets: [{ name: '自评表', titles: TITLES, rows }] });
}

export type Format = 'docx' | 'xlsx';
export const FORMATS: Format[] = ['docx', 'xlsx'];

/** Findings of one rule (at its default severity, with options) on the form in the given format. */
export async function lintForm(ruleId: string, rows: string[][], format: Format, options: unknown = {}): Promise<LintMessage[]> {
  const bytes = format === 'docx' ? formDocx(rows) : formXlsx(rows);
  const doc = await parseReport(bytes, `form.${format}`);
  const rule = findRule(ruleId)!;
  const result = await lintDocument(doc, { rules: { [ruleId]: [rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, options] }, only: true });
  return result.messages.filter((m) => m.ruleId === ruleId);
}

/** Every error and warning of all rules on the form. */
export async function lintFormAll(rows: string[][], format: Format): Promise<LintMessage[]> {
  const bytes = format === 'docx' ? formDocx(rows) : formXlsx(rows);
  const doc = await parseReport(bytes, `form.${format}`);
  const result = await lintDocument(doc, {});
  return result.messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
}
