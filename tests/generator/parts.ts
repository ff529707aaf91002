// Pieces shared by both report kinds: amounts in the report's style, breakdowns in their many written forms,
// targets with their results, scores with grades.
import { amountText, D, Decimal, numberText, share, sum, type AmountStyle, type RenderMode } from './numbers.js';
import type { Rng } from './prng.js';
import type { DefectKind } from './types.js';
import type { Writer } from './writer.js';

export interface Ctx {
  rng: Rng;
  mode: RenderMode;
  style: AmountStyle;
  w: Writer;
  defect?: DefectKind;
  year: number;
  long?: boolean;
}

const PROSE = [
  '严格执行预算管理各项制度，规范资金审批程序，做到专款专用。',
  '建立健全内部控制制度，明确岗位职责，实行不相容岗位相互分离。',
  '加强政府采购管理，严格按照规定程序组织采购，提高采购效率。',
  '按照政务公开要求，及时在门户网站公开部门预决算和绩效信息，主动接受社会监督。',
  '定期召开专题会议，研究解决项目实施中遇到的困难和问题。',
  '加强资产管理，定期开展资产清查，做到账实相符。',
  '组织业务骨干参加上级举办的预算绩效管理培训，提升业务能力。',
  '对照年度工作计划，逐月调度工作进展，确保各项任务按期完成。',
  '积极争取上级支持，统筹各类资金，形成工作合力。',
  '强化项目跟踪问效，对发现的问题及时督促整改。',
];

/** Figure-free paragraphs that make a report as long as real ones (only with `long`). */
export function padding(ctx: Ctx, lo: number, hi: number): void {
  if (!ctx.long) return;
  const n = ctx.rng.int(lo, hi);
  for (let i = 0; i < n; i++) ctx.w.push(`${ctx.rng.pick(PROSE)}${ctx.rng.pick(PROSE)}`, 'prose');
}

export interface Item {
  name: string;
  wan: Decimal;
  /** Written in another style than the report's (亿元 totals, 元 for small items). */
  style?: Partial<AmountStyle>;
}

export const amt = (ctx: Ctx, item: Pick<Item, 'wan' | 'style'>) => amountText(item.wan, { ...ctx.style, ...item.style }, ctx.mode);
/**
 * The last-digit unit (in 万元) of an amount as the report writes it: 0.01 in 'fixed2', and in 'minimal' the unit of
 * its last non-zero decimal (1,802万元 → 1, 7,146.8万元 → 0.1). A planted sum difference smaller than half of the
 * total's unit is a rounding the text allows, not a certain defect.
 */
export const writtenStep = (ctx: Ctx, wan: Decimal) => D(10).pow(-(ctx.style.decimals === 'fixed2' ? Math.max(2, wan.decimalPlaces()) : wan.decimalPlaces()));
export const pct = (v: Decimal, places = 2) => `${numberText(v, places)}%`;

export const BREAKDOWN_FORMS = [
  'bd:qizhong', 'bd:fenbie', 'bd:baokuo', 'bd:gongji', 'bd:total-after', 'bd:next-para', 'bd:nested',
  'bd:shares', 'bd:bracket-shares', 'bd:bracket-sub', 'bd:fenbie-shares',
] as const;
export type BreakdownForm = (typeof BREAKDOWN_FORMS)[number];

export interface BreakdownPlan {
  total: Item;
  parts: Item[];
  /** For bd:nested: the sub-breakdown of parts[0]. */
  sub?: Item[];
  form: BreakdownForm;
  /** Text before the total ("2024年度项目支出" …). */
  lead?: string;
  /** Sum defect: add this to one part's written value. */
  sumDelta?: { index: number; delta: Decimal };
  /** Share defect: add this to one written share. */
  shareDelta?: { index: number; delta: Decimal };
}

const sep = (ctx: Ctx) => (ctx.rng.chance(0.5) ? '，' : '、');

/**
 * Write one breakdown; returns the paragraph texts (two for bd:next-para) and the index of the paragraph that holds
 * the parts.
 */
export function breakdownText(ctx: Ctx, p: BreakdownPlan): { texts: string[]; partsAt: number; shares: Decimal[] } {
  // The ground truth: a breakdown is written consistent except for the planted difference.
  if (!sum(p.parts.map((x) => x.wan)).eq(p.total.wan)) throw new Error(`generator: parts of ${p.total.name} do not add up`);
  if ((p.form === 'bd:nested' || p.form === 'bd:bracket-sub') && !p.sub) p.form = 'bd:qizhong';
  if ((p.form === 'bd:nested' || p.form === 'bd:bracket-sub') && !sum((p.sub ?? []).map((x) => x.wan)).eq(p.parts[0].wan)) throw new Error(`generator: nested parts of ${p.parts[0].name} do not add up`);
  const written = p.parts.map((part, i) => ({
    ...part,
    wan: p.sumDelta && p.sumDelta.index === i ? part.wan.add(p.sumDelta.delta) : part.wan,
  }));
  const shares = p.parts.map((part) => share(part.wan, p.total.wan));
  const writtenShares = shares.map((s, i) => (p.shareDelta && p.shareDelta.index === i ? s.add(p.shareDelta.delta) : s));
  const A = (x: Item) => `${x.name}${amt(ctx, x)}`;
  const lead = p.lead ?? '';
  const total = `${lead}${p.total.name}${amt(ctx, p.total)}`;
  const s = sep(ctx);
  switch (p.form) {
    case 'bd:qizhong':
      return { texts: [`${total}，其中${written.map(A).join(s)}。`], partsAt: 0, shares };
    case 'bd:baokuo':
      return { texts: [`${total}，${ctx.rng.pick(['包括', '具体包括'])}${written.map(A).join('、')}。`], partsAt: 0, shares };
    case 'bd:fenbie':
      return {
        texts: [`${total}，其中${written.map((x) => x.name).join('、')}分别为${written.map((x) => amt(ctx, x)).join('、')}。`],
        partsAt: 0, shares,
      };
    case 'bd:gongji': {
      const names = written.map(A);
      const list = names.length === 2 ? names.join('和') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
      return { texts: [`${lead}${list}，${ctx.rng.pick(['共计', '合计'])}${amt(ctx, p.total)}。`], partsAt: 0, shares };
    }
    case 'bd:total-after':
      return { texts: [`${lead}${written.map(A).join('，')}，${p.total.name.replace(/合计$/, '')}合计${amt(ctx, p.total)}。`], partsAt: 0, shares };
    case 'bd:next-para':
      return { texts: [`${total}。`, `${p.total.name}中：${written.map(A).join('，')}。`], partsAt: 1, shares };
    case 'bd:nested': {
      const sub = p.sub ?? [];
      const head = `${total}，其中${written.map(A).join('、')}。`;
      return { texts: [`${head}${p.parts[0].name}中，${sub.map(A).join('，')}。`], partsAt: 0, shares };
    }
    case 'bd:bracket-sub': {
      // "基本支出41,546.53万元（其中人员经费…、日常公用经费…）": the bracketed sub-parts are not parts of the total
      const inner = `（其中${(p.sub ?? []).map(A).join('、')}）`;
      return { texts: [`${total}，其中${written.map((x, i) => `${A(x)}${i === 0 ? inner : ''}`).join('、')}。`], partsAt: 0, shares };
    }
    case 'bd:shares':
      return {
        texts: [`${total}，其中${written.map((x, i) => `${A(x)}，占${i === 0 ? `${p.total.name}的` : ''}${pct(writtenShares[i])}`).join('；')}。`],
        partsAt: 0, shares,
      };
    case 'bd:fenbie-shares':
      // "A、B、C分别为a、b、c，分别占总额的x%、y%、z%": names, amounts and shares paired by position
      return {
        texts: [`${total}，其中${written.map((x) => x.name).join('、')}分别为${written.map((x) => amt(ctx, x)).join('、')}，分别占${p.total.name}的${writtenShares.map((x) => pct(x)).join('、')}。`],
        partsAt: 0, shares,
      };
    case 'bd:bracket-shares':
      return { texts: [`${total}，其中${written.map((x, i) => `${A(x)}（占${pct(writtenShares[i])}）`).join('、')}。`], partsAt: 0, shares };
  }
}

// ── targets and results ──

export type TargetKind = 'count' | 'rate' | 'satisfaction' | 'reverse' | 'qualitative';
export type Outcome = 'met' | 'over-with-reason' | 'short-with-reason' | 'missed-no-reason' | 'no-result';

export interface Target {
  kind: TargetKind;
  verb: string;
  obj: string;
  unit: string;
  cmp: string;
  target: Decimal;
  actual: Decimal;
  outcome: Outcome;
  /** Amount-valued (万元) reverse target: written through the amount style. */
  money?: boolean;
}

const REASONS_SHORT = [
  '主要原因是受汛期影响部分工程延期开工', '主要原因是上级资金下达较晚', '由于部分乡镇场地调整，活动推迟至次年开展',
  '因部分项目招标流标，实施进度滞后',
];
const REASONS_OVER = ['超额完成的原因是上级追加了任务', '超额完成的原因是社会参与热情高于预期', '超额完成主要由于与乡镇联合开展'];

function num(ctx: Ctx, v: Decimal, unit: string, money?: boolean): string {
  if (money) return amt(ctx, { wan: v });
  const digits = numberText(v, 'minimal', unit !== '%' && v.gte(10000) && ctx.style.thousands, ctx.style.fullWidth && unit !== '%');
  return `${digits}${unit}`;
}

export function targetPhrase(ctx: Ctx, t: Target): string {
  const v = num(ctx, t.target, t.unit, t.money);
  if (t.kind === 'qualitative') return `${t.obj}${t.cmp}`;
  if (t.kind === 'reverse') return t.cmp === '控制在' ? `${t.obj}控制在${v}以内` : `${t.obj}${t.cmp}${v}`;
  return `${t.verb}${t.obj}${t.cmp}${v}`;
}

export function resultPhrase(ctx: Ctx, t: Target): string {
  const v = num(ctx, t.actual, t.unit, t.money);
  if (t.kind === 'qualitative') return `${t.obj}得到明显提升`;
  if (t.kind === 'reverse') return `${t.obj}为${v}`;
  if (t.kind === 'rate' || t.kind === 'satisfaction') return `${t.obj}${ctx.rng.pick(['为', '达到'])}${v}`;
  const base = `${t.verb}${t.obj}${v}`;
  switch (t.outcome) {
    case 'over-with-reason':
      return `${base}，${ctx.rng.pick(REASONS_OVER)}`;
    case 'short-with-reason':
      return `${base}，未达到年度目标${num(ctx, t.target, t.unit)}，${ctx.rng.pick(REASONS_SHORT)}`;
    case 'met':
      return ctx.rng.chance(0.4) && t.actual.gt(t.target) ? `${base}，完成年度目标${num(ctx, t.target, t.unit)}` : base;
    default:
      return base;
  }
}

/** Round a drawn value to the indicator's natural precision. */
export const whole = (x: number) => D(Math.max(1, Math.round(x)));

export function makeTarget(ctx: Ctx, kind: TargetKind, base: { verb?: string; obj: string; unit: string; lo?: number; hi?: number; max?: number; money?: boolean }, outcome: Outcome): Target {
  const r = ctx.rng;
  const t: Target = { kind, verb: base.verb ?? '', obj: base.obj, unit: base.unit, cmp: '', target: D(0), actual: D(0), outcome, money: base.money };
  if (kind === 'count') {
    t.cmp = r.pick(['不少于', '不少于', '达到', '']);
    t.target = whole(r.int(base.lo!, base.hi!));
    const f = outcome === 'over-with-reason' ? 1.4 + r.next() * 0.6
      : outcome === 'short-with-reason' || outcome === 'missed-no-reason' ? 0.55 + r.next() * 0.35
      : 1 + r.next() * 0.2;
    t.actual = whole(t.target.toNumber() * f);
    if (outcome === 'met' && t.actual.lt(t.target)) t.actual = t.target;
    if ((outcome === 'short-with-reason' || outcome === 'missed-no-reason') && t.actual.gte(t.target)) t.actual = t.target.sub(1);
  } else if (kind === 'rate' || kind === 'satisfaction') {
    t.cmp = r.pick(['不低于', '≥', '达到']);
    t.target = D(kind === 'satisfaction' ? r.pick([85, 90, 95]) : r.pick([90, 95, 98]));
    const miss = outcome === 'missed-no-reason' || outcome === 'short-with-reason';
    t.actual = miss ? t.target.sub(D(r.int(150, 800)).div(100)) : Decimal.min(D(100), t.target.add(D(r.int(0, 480)).div(100)));
  } else if (kind === 'reverse') {
    t.cmp = t.unit === '%' ? r.pick(['不高于', '≤']) : r.pick(['控制在', '不超过']);
    t.target = D(base.max!);
    const miss = outcome === 'missed-no-reason';
    const step = t.unit === '%' ? 100 : t.money ? 100 : 1;
    t.actual = miss ? t.target.add(D(r.int(5, 40)).mul(t.target).div(100).toDecimalPlaces(2))
      : t.target.mul(D(r.int(70, 99)).div(100)).toDecimalPlaces(step === 1 ? 0 : 2);
  } else {
    t.cmp = r.pick(['明显提升', '有所提升', '进一步提高']);
  }
  return t;
}

// ── scores and grades ──

export const GRADE_WORDS: Record<'优' | '良' | '中' | '差', string[]> = {
  优: ['优', '优秀'], 良: ['良', '良好'], 中: ['中', '中等', '合格', '及格', '一般'], 差: ['差', '较差', '不合格'],
};
export type Grade = keyof typeof GRADE_WORDS;
export const gradeOf = (s: Decimal): Grade => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');

export const SCORE_FORMS = ['score:90.00-优', 'score:89.99-良', 'score:80-良', 'score:60-中', 'score:below-60', 'score:other'] as const;

export function pickScore(ctx: Ctx): { score: Decimal; form: string } {
  const form = ctx.rng.pick(SCORE_FORMS);
  const score = {
    'score:90.00-优': D('90.00'), 'score:89.99-良': D('89.99'), 'score:80-良': D(80), 'score:60-中': D(60),
    'score:below-60': D(ctx.rng.int(4500, 5990)).div(100), 'score:other': D(ctx.rng.int(6100, 9950)).div(100),
  }[form];
  return { score, form };
}

/** Score text as typed: "90.00" keeps its two decimals for the boundary form. */
export const scoreText = (s: Decimal, form: string) => (form === 'score:90.00-优' ? '90.00' : numberText(s, 'minimal'));

export { sum, share };
