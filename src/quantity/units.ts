// Units a figure can carry, their kind and their size in the kind's base unit.
import { Decimal } from 'decimal.js';
import type { UnitKind } from './types.js';

export interface UnitInfo {
  /** Normalized unit name. */
  unit: string;
  kind: UnitKind;
  /** Size of the unit in the kind's base unit (万元 → 10000 元). */
  factor: Decimal;
}

/** The factor of every unit that needs no scaling: compared by identity to skip multiplying by one. */
export const ONE = new Decimal(1);

const MONEY: [string, number][] = [['亿元', 1e8], ['万元', 1e4], ['千元', 1e3], ['元', 1]];

/** Money units and their size in 元 (亿元 → 1e8): the one table every reader of amounts uses. */
export const MONEY_FACTORS: Readonly<Record<string, number>> = Object.fromEntries(MONEY);
const COUNT_UNITS = [
  '人（次）', '人(次)', '人次', '户次', '场次', '批次', '家次', '课时', '学时',
  '次', '份', '所', '人', '个', '场', '期', '项', '家', '篇', '册', '名', '户', '件', '本', '条', '处', '台', '套', '张',
  '幅', '块', '座', '辆', '间', '栋', '株', '头', '只', '批', '部', '支', '位', '节', '堂', '门', '首', '集', '盏', '棵', '本',
];
const DURATION_UNITS = ['个工作日', '工作日', '个月', '小时', '周', '年', '天'];
const MEASURE_UNITS = ['平方米', '平方公里', '公里', '千米', '公顷', '立方米', '千瓦', '吨', '亩', '米'];

/** Units tried after a number, longest first. */
const TABLE: UnitInfo[] = [
  ...MONEY.map(([unit, f]) => ({ unit, kind: 'money' as const, factor: new Decimal(f) })),
  { unit: '个百分点', kind: 'points' as const, factor: ONE },
  { unit: '%', kind: 'percent' as const, factor: ONE },
  { unit: '％', kind: 'percent' as const, factor: ONE },
  { unit: '‰', kind: 'percent' as const, factor: new Decimal('0.1') },
  ...DURATION_UNITS.map((unit) => ({ unit, kind: 'duration' as const, factor: ONE })),
  ...MEASURE_UNITS.map((unit) => ({ unit, kind: 'measure' as const, factor: ONE })),
  ...COUNT_UNITS.map((unit) => ({ unit, kind: 'count' as const, factor: ONE })),
  { unit: '分', kind: 'score' as const, factor: ONE },
].sort((a, b) => b.unit.length - a.unit.length);

/** Characters that, right after a unit, show the unit was really the start of another word ("分别", "个人", "次性"). */
const NOT_A_UNIT_AFTER: Record<string, RegExp> = {
  分: /^[钟之别析配类批期管局会院行队布工散解享担摊数值项]/,
  个: /^[人体性别案例]/,
  次: /^[性数要级日序]/,
  人: /^[员民才群士力事大口均们]/,
  期: /^[间限末初中内满刊]/,
  年: /^[度来底初中末内均以前后级龄]/,
  天: /^[然气地下]/,
  项: /^[目]/,
  家: /^[庭长属乡园]/,
  条: /^[件例款文]/,
  处: /^[理置室级长罚]/,
  部: /^[门分署]/,
  名: /^[称单义录额]/,
  本: /^[单部级地科次年期]/,
  件: /^[事]/,
  台: /^[账]/,
  位: /^[置于]/,
  门: /^[户槛]/,
  支: /^[出付持部队]/,
  场: /^[所地馆景]/,
  周: /^[边期年转]/,
  所: /^[属有在得以需]/,
  头: /^[等]/,
  米: /^[面]/,
};

/** TABLE by the unit's first character, each list in TABLE's order (longest first): one lookup, not 90 tests. */
const BY_FIRST_CHAR = new Map<string, UnitInfo[]>();
for (const info of TABLE) {
  const list = BY_FIRST_CHAR.get(info.unit.charAt(0));
  if (list) list.push(info); else BY_FIRST_CHAR.set(info.unit.charAt(0), [info]);
}

export interface UnitMatch extends UnitInfo {
  /** Length of the unit text matched. */
  length: number;
}

/** The unit at the start of `rest`, if any. */
export function matchUnit(rest: string): UnitMatch | undefined {
  for (const info of BY_FIRST_CHAR.get(rest.charAt(0)) ?? []) {
    if (!rest.startsWith(info.unit)) continue;
    const after = rest.slice(info.unit.length);
    const guard = info.unit.length === 1 ? NOT_A_UNIT_AFTER[info.unit] : undefined;
    if (guard && guard.test(after)) continue;
    const unit = info.unit === '％' ? '%' : info.unit.replace(/[（(]次[）)]/, '次');
    return { ...info, unit, length: info.unit.length };
  }
  return undefined;
}

/** Units that may follow a Chinese numeral (三次, 十二次, 六所): counts and durations only. */
export function matchChineseUnit(rest: string): UnitMatch | undefined {
  const match = matchUnit(rest);
  if (!match) return undefined;
  if (match.kind === 'count' || (match.kind === 'duration' && match.unit !== '年')) return match;
  return undefined;
}

/** Classifiers that count the same things: people (人/名/位), events (场/场次). */
const SAME_COUNT: Record<string, string> = { 名: '人', 位: '人', 场次: '场' };

/** A key equal for two quantities exactly when sameDimension holds for them (for grouping). */
export function dimensionKey(a: { kind: UnitKind; unit: string }): string {
  if (a.kind === 'money' || a.kind === 'percent') return a.kind;
  return `${a.kind}\u0000${SAME_COUNT[a.unit] ?? a.unit}`;
}

/** Two units measure the same thing (money units among themselves; 人 = 名 = 位; otherwise equal). */
export function sameDimension(a: { kind: UnitKind; unit: string }, b: { kind: UnitKind; unit: string }): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money' || a.kind === 'percent') return true;
  return (SAME_COUNT[a.unit] ?? a.unit) === (SAME_COUNT[b.unit] ?? b.unit);
}
