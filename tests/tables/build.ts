// Small builders for 自评表 fragments in GFM, the way a user writes them (merged labels left empty).

export function gfm(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

export interface SelfEval {
  /** Fund rows: [label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分]. */
  fund?: string[][];
  /** Indicator rows: [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因]. */
  rows: string[][];
  /** [分值, 得分] of the 总分 row. */
  total?: [string, string];
  grade?: string;
  /** Text before / after the table. */
  before?: string;
  after?: string;
}

export function selfEval(t: SelfEval): string {
  const rows: string[][] = [];
  if (t.fund) {
    rows.push(['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    for (const f of t.fund) rows.push(['', ...f]);
  }
  rows.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  rows.push(...t.rows);
  if (t.total) rows.push(['总分', '', '', '', '', t.total[0], t.total[1], t.grade ? `评价等级：${t.grade}` : '']);
  return ['# 项目支出绩效自评表', '', t.before ?? '', '', gfm(rows), '', t.after ?? '', ''].join('\n');
}

/** One indicator row under 产出指标 / 数量指标. */
export function oneRow(name: string, target: string, actual: string, weight: string, score: string, reason = ''): string {
  return selfEval({ rows: [['产出指标', '数量指标', name, target, actual, weight, score, reason]] });
}
