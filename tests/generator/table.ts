// The 项目支出绩效自评表 (财预〔2020〕10号 附件1) at the end of a project report: the fund block with its execution
// rate and score, one row per indicator with weight and score, and the total with its grade. Weights add up to 100,
// scores follow the results (full for met targets, proportional for shortfalls, 90 % for qualitative ones), the
// total is their exact sum and is the score the text states.
import { D, Decimal, numberText } from './numbers.js';
import { amt, GRADE_WORDS, gradeOf, type Ctx, type Target } from './parts.js';

export interface ScoreTable {
  rows: string[][];
  total: Decimal;
}

const cell = (ctx: Ctx, v: Decimal, unit: string, money?: boolean) => (money ? amt(ctx, { wan: v }) : `${numberText(v, 'minimal')}${unit}`);

function targetCell(ctx: Ctx, t: Target): string {
  if (t.kind === 'qualitative') return t.cmp;
  const v = cell(ctx, t.target, t.unit, t.money);
  if (t.kind === 'reverse') return `≤${v}`;
  return t.cmp === '达到' || t.cmp === '' ? v : `≥${v}`;
}

/** Integer weights over n rows adding up to `total`. */
function weights(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

export function scoreTable(ctx: Ctx, budget: Decimal, spent: Decimal, rate: Decimal, targets: Target[]): ScoreTable {
  const r = ctx.rng;
  const money = (v: Decimal) => numberText(ctx.mode.scaleYuan ? v.mul(10000) : v, ctx.mode.scaleYuan ? 'minimal' : 'fixed2');
  const execScore = rate.div(10).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const rows: string[][] = [
    [`项目资金（${ctx.mode.scaleYuan ? '元' : '万元'}）`, '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['---', '---', '---', '---', '---', '---', '---', '---'],
    ['', '年度资金总额', money(budget), money(budget), money(spent), '10', `${numberText(rate, 2)}%`, numberText(execScore, 'minimal')],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  let total = execScore;
  const groups: [string, number, Target[]][] = [
    ['产出指标', 50, targets.filter((t) => t.kind === 'count' || t.kind === 'reverse')],
    ['效益指标', 30, targets.filter((t) => t.kind === 'rate' || t.kind === 'qualitative')],
    ['满意度指标', 10, targets.filter((t) => t.kind === 'satisfaction')],
  ];
  for (const [label, weight, ts] of groups) {
    const ws = weights(weight, ts.length);
    ts.forEach((t, i) => {
      const w = D(ws[i]);
      let score = w;
      let actual = t.kind === 'qualitative' ? '达成预期指标' : cell(ctx, t.actual, t.unit, t.money);
      let reason = '';
      if (t.kind === 'qualitative') score = w.mul('0.9');
      else if (t.outcome === 'short-with-reason' || t.outcome === 'missed-no-reason') {
        score = (t.kind === 'reverse' ? t.target.div(t.actual) : t.actual.div(t.target)).mul(w).toDecimalPlaces(2, Decimal.ROUND_DOWN);
        if (t.outcome === 'short-with-reason') reason = r.pick(['受汛期影响部分工程延期', '上级资金下达较晚，部分任务顺延', '场地调整，部分活动推迟']);
      } else if (t.outcome === 'over-with-reason') reason = '上级追加任务，超额完成';
      if (t.outcome === 'no-result') actual = '';
      total = total.add(score);
      const second = t.kind === 'satisfaction' ? '服务对象满意度指标' : t.kind === 'rate' ? '社会效益指标' : t.kind === 'reverse' ? '成本指标' : t.kind === 'qualitative' ? '社会效益指标' : '数量指标';
      rows.push([i === 0 ? `${label}（${weight}分）` : '', second, t.obj, targetCell(ctx, t), actual, String(ws[i]), numberText(score, 'minimal'), reason]);
    });
  }
  const grade = gradeOf(total);
  rows.push(['总分', '', '', '', '', '100', numberText(total, 'minimal'), `评价等级：${r.pick(GRADE_WORDS[grade])}`]);
  return { rows, total };
}
