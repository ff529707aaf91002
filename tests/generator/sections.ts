// Pieces both report kinds write the same way: the size of the budget, targets and their results in the report's
// layout (where the target defects are planted), the score sentence, run-in numbered lists.
import { SECTORS } from './catalogue.js';
import { D, Decimal } from './numbers.js';
import { GRADE_WORDS, gradeOf, makeTarget, pickScore, resultPhrase, scoreText, targetPhrase, type Ctx, type Outcome, type Target } from './parts.js';

/** A total in 万元 over the whole range, and the form it was drawn in. */
export function drawTotal(ctx: Ctx, lo: 'dept' | 'project'): { wan: Decimal; form: string; step: Decimal } {
  const r = ctx.rng;
  const forms = lo === 'dept' ? ['amt:small', 'amt:mid', 'amt:date-shaped', 'amt:large', 'amt:yi'] : ['amt:tiny', 'amt:small', 'amt:mid', 'amt:date-shaped'];
  const form = r.pick(forms);
  const minimal = ctx.style.decimals === 'minimal';
  const step = minimal ? D(r.pick(['1', '0.1', '0.01'])) : D('0.01');
  const draw = (a: number, b: number) => D(Math.exp(Math.log(a) + r.next() * (Math.log(b) - Math.log(a)))).div(step).floor().mul(step);
  switch (form) {
    case 'amt:tiny': return { wan: Decimal.max(D('0.35'), draw(0.35, 9.99)).toDecimalPlaces(2), form, step: D('0.01') };
    case 'amt:small': return { wan: draw(30, 999.99), form, step };
    case 'amt:mid': return { wan: draw(1000, 9999.99), form, step };
    case 'amt:date-shaped': {
      const y = D(r.int(1990, 2035));
      const frac = r.pick(['0', '0.5', '0.50', '0.8', '0.25']);
      return { wan: y.add(frac), form, step: frac === '0' ? D(1) : frac.length === 3 ? D('0.1') : D('0.01') };
    }
    case 'amt:large': return { wan: draw(10000, 123456.78), form, step };
    default: return { wan: D(r.int(100, 1200)).mul(100), form, step: D(1) };
  }
}

/**
 * A numbered list run into one paragraph ("…：1.…。2.…。3.…。"); with the heading-numbering defect in its
 * run-in form, one number is repeated ("…2.…。2.…").
 */
export function runInList(ctx: Ctx, lead: string, items: string[]): void {
  const { rng: r, w } = ctx;
  const planted = ctx.defect === 'heading-numbering' && !w.labelOverride && !w.defect;
  if (!planted && !r.chance(0.4)) return;
  const rep = planted ? r.int(1, items.length - 1) : -1;
  const nums = items.map((_, i) => (i >= rep && rep >= 0 ? i : i + 1));
  const sepForm = r.pick(['.', '、']);
  const line = w.push(`${lead}${items.map((t, i) => `${nums[i]}${sepForm}${t}。`).join('')}`, planted ? 'hn:runin-repeat' : 'list:runin');
  if (planted) w.plant('heading-numbering', 'hn:runin-repeat', [line], `run-in list numbered ${nums.join(',')}`);
}

export function targetTags(targets: Target[]): string[] {
  const units = targets.map((t) => t.unit);
  const tags = [...new Set(targets.map((t) => `tr:${t.kind}`))];
  if (new Set(units).size < units.length) tags.push('tr:same-unit-paragraph');
  for (const o of ['over-with-reason', 'short-with-reason'] as const) if (targets.some((t) => t.outcome === o)) tags.push(`tr:${o}`);
  return tags;
}

export function buildTargets(ctx: Ctx, sector: (typeof SECTORS)[number]): Target[] {
  const r = ctx.rng;
  const quant = r.sample(sector.indicators, r.int(3, Math.min(5, sector.indicators.length)));
  const outcomes: Outcome[] = quant.map(() => r.pick(['met', 'met', 'met', 'over-with-reason', 'short-with-reason'] as Outcome[]));
  const reverseMiss = ctx.defect === 'missed-target-no-reason' && r.chance(0.35);
  if (ctx.defect === 'missed-target-no-reason' && !reverseMiss) outcomes[r.int(0, quant.length - 1)] = 'missed-no-reason';
  if (ctx.defect === 'target-without-result') outcomes[r.int(0, quant.length - 1)] = 'no-result';
  const targets = quant.map((ind, i) => makeTarget(ctx, 'count', ind, outcomes[i]));
  targets.push(makeTarget(ctx, 'rate', { obj: sector.rate, unit: '%' }, 'met'));
  if (reverseMiss || r.chance(0.6)) {
    // a reverse target (≤ cost, ≤ rate); missed when its result is above it ("≤2600元/亩" vs "2719元/亩")
    const rv = sector.reverse;
    targets.push(makeTarget(ctx, 'reverse', { obj: rv.obj, unit: rv.unit === '万元' ? '万元' : rv.unit, max: rv.max, money: rv.unit === '万元' }, reverseMiss ? 'missed-no-reason' : 'met'));
  }
  if (r.chance(0.6)) targets.push(makeTarget(ctx, 'qualitative', { obj: sector.qualitative, unit: '' }, 'met'));
  targets.push(makeTarget(ctx, 'satisfaction', { obj: r.pick(['服务对象满意度', '群众满意度']), unit: '%' }, 'met'));
  return targets;
}

/** The results, in the report's layout; plants the target defects on the right line. */
export function writeResults(ctx: Ctx, targets: Target[], layout: string, targetLines: Map<Target, number>, surveys: number): void {
  const { w } = ctx;
  const sectionLines = [...new Set(targetLines.values())]; // the targets section, before the per-indicator lines
  const groups: [string, Target[]][] = [
    ['产出指标', targets.filter((t) => t.kind === 'count' || t.kind === 'reverse')],
    ['效益指标', targets.filter((t) => t.kind === 'rate' || t.kind === 'qualitative')],
    ['满意度指标', targets.filter((t) => t.kind === 'satisfaction')],
  ];
  let n = 0;
  for (const [label, ts] of groups) {
    if (!ts.length) continue;
    n++;
    const survey = label === '满意度指标' ? `发放满意度调查问卷${surveys}份，收回${surveys}份，` : '';
    const shown = ts.filter((t) => t.outcome !== 'no-result');
    const plantFor = (t: Target, line: number) => {
      if (t.outcome === 'missed-no-reason') w.plant('missed-target-no-reason', t.kind === 'reverse' ? `${layout}+reverse` : layout, [line, targetLines.get(t)!], `${t.obj} ${t.actual} ${t.kind === 'reverse' ? '>' : '<'} ${t.target}`);
    };
    if (layout === 'tr:sections') {
      const line = w.push(`${n}. ${label}。${survey}${shown.map((t) => (t === shown[0] && !survey ? `全年${resultPhrase(ctx, t)}` : resultPhrase(ctx, t))).join('；')}。`, 'results', ...targetTags(shown));
      shown.forEach((t) => plantFor(t, line));
    } else if (layout === 'tr:one-sentence') {
      const line = w.push(`${n}. ${label}。${survey}${shown.map((t) => (t.kind === 'count' ? `计划${t.verb}${t.obj}${t.target}${t.unit}，实际${t.verb}${resultPhrase(ctx, t).slice(t.verb.length + t.obj.length)}` : resultPhrase(ctx, t))).join('；')}。`, 'results', 'tr:one-sentence');
      shown.forEach((t) => plantFor(t, line));
    } else {
      w.push(`${n}. ${label}。${survey ? survey.replace(/，$/, '。') : ''}`, 'results');
      ts.forEach((t, k) => {
        const head = `（${k + 1}）${t.obj}。绩效指标：${targetPhrase(ctx, t)}。`;
        if (layout === 'tr:label-lines') {
          const line = w.push(t.outcome === 'no-result' ? head : `${head}完成情况：${resultPhrase(ctx, t)}。`, layout, `tr:${t.kind}`);
          targetLines.set(t, line);
          plantFor(t, line);
        } else {
          const tl = w.push(head, layout, `tr:${t.kind}`);
          targetLines.set(t, tl);
          if (t.outcome !== 'no-result') plantFor(t, w.push(`完成情况：${resultPhrase(ctx, t)}。`, layout, `tr:${t.kind}`));
        }
      });
    }
  }
  const missing = targets.find((t) => t.outcome === 'no-result');
  if (missing) w.plant('target-without-result', layout, [targetLines.get(missing)!, ...sectionLines], `${missing.obj} 无完成值`);
}

/** The score sentence, at a grade boundary or not, with a wrong grade for the score-grade defect. */
export function writeScore(ctx: Ctx, lead: string, fixed?: Decimal): { score: Decimal; line: number } {
  const { rng: r, w } = ctx;
  const picked = pickScore(ctx);
  const score = fixed ?? picked.score;
  const form = fixed ? 'score:from-table' : picked.form;
  let grade = gradeOf(score);
  if (ctx.defect === 'score-grade') {
    const order = ['优', '良', '中', '差'] as const;
    const i = order.indexOf(grade);
    grade = order[i === 0 ? 1 : i === 3 ? 2 : r.chance(0.5) ? i - 1 : i + 1];
  }
  const word = r.pick(GRADE_WORDS[grade]);
  const pattern = r.pick(['等级为', '直接', '评定等级', '评价结论'] as const);
  const s = scoreText(score, form);
  const text = {
    等级为: `${lead}${s}分，评价等级为“${word}”。`, 直接: `${lead}${s}分，${word}。`,
    评定等级: `${lead}${s}分，评定等级为${word}。`, 评价结论: `${lead}${s}分，评价结论为“${word}”。`,
  }[pattern];
  const line = w.push(text, form, `grade:${word}`, `grade-pattern:${pattern}`);
  if (ctx.defect === 'score-grade') w.plant('score-grade', `${form}+${pattern}`, [line], `${s}分 评为 ${word}`);
  return { score, line };
}
