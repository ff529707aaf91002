// weight-sum: the weights (分值/权重) of a 自评表 add up: indicators to their group's stated weight
// ("产出指标（50分）"), everything (with 预算执行率) to the total, normally 100 (财预〔2020〕10号 第十四条; 2016 notice).
import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { BLOCK_LABEL, defineRule, fmt, incompleteTable, scoringTables, splitGroupLabel, type IndicatorRecord, type RuleContext, type ScoringTable } from '../src/rule-kit.js';

const options = z.object({
  /** What all weights (with 预算执行率) must add up to. */
  total: z.number().default(100),
  /** Report (as info) first-level weights that differ from the default set. */
  checkDefaults: z.boolean().default(true),
  /** Default first-level weights: 产出 / 效益 / 满意度 / 预算执行率. */
  defaultWeights: z
    .object({ 产出: z.number(), 效益: z.number(), 满意度: z.number(), 预算执行率: z.number() })
    .default({ 产出: 50, 效益: 30, 满意度: 10, 预算执行率: 10 }),
});

type Ctx = RuleContext<z.output<typeof options>>;

/** Sum of weights, or undefined when one is missing or not a number (a truncated table: no sum check). */
function sumWeights(rows: IndicatorRecord[]): Decimal | undefined {
  let sum = new Decimal(0);
  for (const row of rows) {
    const w = row.weight;
    if (!w || w.notApplicable) continue;
    if (w.value === undefined) return undefined;
    sum = sum.plus(w.value);
  }
  return sum;
}

/**
 * The 预算执行率 weight of the fund block, unless the table also lists 预算执行率 as an indicator row that already
 * carries it (the indicators alone reach the total). A 预算执行率 row filed beside its own block is indicator-class.
 */
function fundWeight(table: ScoringTable, expected?: Decimal): Decimal | undefined {
  const own = table.fund.find((f) => f.weight?.value !== undefined)?.weight?.value;
  if (!table.indicators.some((r) => /执行率/.test(r.name))) return own;
  const sum = sumWeights(table.indicators);
  return own && sum && expected && sum.plus(own).equals(expected) ? own : undefined;
}

const CLASSES: [RegExp, '产出' | '效益' | '满意度'][] = [[/产出/, '产出'], [/效益|效果/, '效益'], [/满意/, '满意度']];

function checkGroups(ctx: Ctx, table: ScoringTable) {
  for (const group of table.groupWeights) {
    const members = group.label === BLOCK_LABEL ? table.indicators : table.indicators.filter((row) => {
      const label = group.level === 1 ? row.level1 : row.level2;
      return label !== undefined && splitGroupLabel(label).label === group.label;
    });
    if (members.length === 0) continue;
    const sum = sumWeights(members);
    if (!sum || sum.equals(group.weight)) continue;
    ctx.report({
      messageId: 'groupSum',
      data: { group: group.label, sum: fmt(sum), weight: fmt(group.weight), count: members.length },
      node: group.cell,
    });
  }
}

function checkTotal(ctx: Ctx, table: ScoringTable) {
  const sum = sumWeights(table.indicators);
  const stated = table.total?.weight?.value;
  const expected = stated ?? new Decimal(ctx.options.total);
  const incomplete = incompleteTable(table, sum, new Decimal(ctx.options.total), new Decimal(ctx.options.defaultWeights.预算执行率));
  if (incomplete) {
    const data = { name: incomplete.kind === 'cut' ? incomplete.name : '', sum: sum ? fmt(sum) : '' };
    ctx.report({ messageId: incomplete.kind === 'cut' ? 'incompleteCut' : 'incompleteNoFund', data, node: incomplete.cell });
    return;
  }
  if (!sum || table.indicators.length === 0) return;
  const fundW = fundWeight(table, expected);
  const fund = fundW ?? new Decimal(0);
  const all = sum.plus(fund);
  // Without a separate 预算执行率 weight (no fund block, or 执行率 is an indicator row) the message names no "+ 0".
  const plain = fundW === undefined ? 'Plain' : '';
  const node = table.total?.weight?.cell ?? table.total?.cell ?? table.indicators[0]!.nameCell;
  const data = { sum: fmt(all), indicators: fmt(sum), fund: fmt(fund), expected: fmt(expected) };
  if (!all.equals(expected)) {
    ctx.report({ messageId: `${stated ? 'totalRow' : 'totalSum'}${plain}`, data, node });
  } else if (stated && !stated.equals(ctx.options.total)) {
    ctx.report({ messageId: `totalSum${plain}`, data: { ...data, expected: fmt(new Decimal(ctx.options.total)) }, node });
  }
}

function checkDefaults(ctx: Ctx, table: ScoringTable) {
  if (!ctx.options.checkDefaults) return;
  const levels = new Set(table.indicators.map((r) => (r.level1 ? splitGroupLabel(r.level1).label : '')));
  // Four-class tables (成本 as its own first-level class, 财预〔2021〕101号) have another default set: a profile matter.
  if ([...levels].some((l) => /成本/.test(l))) return;
  const found: string[] = [];
  const expected: string[] = [];
  let differs = false;
  for (const [re, cls] of CLASSES) {
    const rows = table.indicators.filter((r) => r.level1 && re.test(r.level1));
    if (rows.length === 0) continue;
    const stated = table.groupWeights.find((g) => g.level === 1 && re.test(g.label))?.weight;
    const weight = stated ?? sumWeights(rows);
    if (!weight) return;
    found.push(`${cls} ${fmt(weight)}`);
    expected.push(`${cls} ${ctx.options.defaultWeights[cls]}`);
    if (!weight.equals(ctx.options.defaultWeights[cls])) differs = true;
  }
  const fund = fundWeight(table, table.total?.weight?.value ?? new Decimal(ctx.options.total));
  if (fund) {
    found.push(`预算执行率 ${fmt(fund)}`);
    expected.push(`预算执行率 ${ctx.options.defaultWeights.预算执行率}`);
    if (!fund.equals(ctx.options.defaultWeights.预算执行率)) differs = true;
  }
  if (!differs || found.length < 2) return;
  const node = table.groupWeights.find((g) => g.level === 1)?.cell ?? table.indicators[0]!.nameCell;
  ctx.report({ messageId: 'defaultWeights', data: { found: found.join('、'), expected: expected.join('、') }, node, severity: 'info' });
}

export default defineRule({
  meta: {
    id: 'weight-sum',
    description: {
      'zh-CN': '自评表分值合计正确：各指标分值之和等于所属一级/二级指标的分值，全部分值（含预算执行率）合计为 100',
      en: 'Scoring-table weights add up: indicators to their group weight, all weights (budget execution included) to 100',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      groupSum: {
        'zh-CN': '「{group}」下 {count} 项指标分值合计 {sum}，但该指标标注为 {weight} 分',
        en: 'the {count} indicators under "{group}" have weights adding up to {sum}, but the group is labelled {weight} points',
      },
      totalSum: {
        'zh-CN': '各项分值合计 {sum}（指标 {indicators} + 预算执行率 {fund}），应为 {expected}',
        en: 'the weights add up to {sum} (indicators {indicators} + budget execution {fund}); they should add up to {expected}',
      },
      totalRow: {
        'zh-CN': '各项分值合计 {sum}（指标 {indicators} + 预算执行率 {fund}），但总分行的分值为 {expected}',
        en: 'the weights add up to {sum} (indicators {indicators} + budget execution {fund}), but the total row gives {expected}',
      },
      totalSumPlain: {
        'zh-CN': '各项分值合计 {sum}，应为 {expected}',
        en: 'the weights add up to {sum}; they should add up to {expected}',
      },
      totalRowPlain: {
        'zh-CN': '各项分值合计 {sum}，但总分行的分值为 {expected}',
        en: 'the weights add up to {sum}, but the total row gives {expected}',
      },
      incompleteCut: {
        'zh-CN': '自评表不完整：没有合计行，最后一项「{name}」未填完，表格可能被截断；未核对分值合计',
        en: 'the scoring table is incomplete: no total row, and the last indicator "{name}" is not filled in (the table may be cut off); weights not added up',
      },
      incompleteNoFund: {
        'zh-CN': '自评表不完整：缺少预算执行（项目资金）部分，指标分值合计 {sum}；未核对分值合计',
        en: 'the scoring table is incomplete: it has no budget-execution (fund) block, and the indicator weights add up to {sum}; weights not added up',
      },
      defaultWeights: {
        'zh-CN': '一级指标权重为 {found}，与默认权重 {expected} 不同，调整权重需说明特殊理由',
        en: 'first-level weights are {found}, not the default {expected}; an adjustment needs a stated reason',
      },
    },
    tags: ['table', 'score'],
  },
  check(ctx) {
    for (const table of scoringTables(ctx.doc)) {
      checkGroups(ctx, table);
      checkTotal(ctx, table);
      checkDefaults(ctx, table);
    }
  },
});
