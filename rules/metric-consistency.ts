// The same quantity (same measured noun, same unit, same period) stated with different values in different places:
// "发放资料2000份" in one section, "科普宣传资料1000份" in another.
import { z } from 'zod';
import { PLAN_LEAD, agreement, defineRule, docInfo, leastPrecise, matchUnit, quantities, sameDimension, sameMeasure, scoringTables, sectionRole, statementSegments, type PlacedQuantity, type Quantity, type RuleContext, type ScoringTable, type TextNode, writtenDecimals } from '../src/rule-kit.js';
import { Decimal } from 'decimal.js';

/** The measured noun phrase: the words after the last 等 / 的 / 了 / verb-like break ("防治等资料" → "资料"). */
export function measuredNoun(label: string): string {
  const cut = label.split(/[等的了]|(?:发放|制作|印发|开展|举办|组织|完成|实现|接受|接待|培训|参与|参加)(?=[\u4e00-\u9fa5]{2})/);
  return (cut[cut.length - 1] ?? '').replace(/[“”"'（）()]/g, '').replace(/^(?:本年度|本年|今年|当年|年度|全年)/, '').trim();
}

/** The noun a figure written before it counts ("１２个乡镇均建有…" → "乡镇", "1200名学生参加…" → "学生"). */
export function nounAfter(q: Quantity): string {
  if (q.kind !== 'count' || !/^[\u4e00-\u9fa5]/.test(q.after)) return '';
  const head = q.after.split(/均|都|全部|已|共|开展|建有|建成|参加|参与|实现|完成|达到|通过|获得|获|被|进行|的|和|与|及/)[0] ?? '';
  return head.length >= 2 && head.length <= 8 ? head : '';
}

const GENERIC = new Set(['人员', '人数', '次数', '数量', '总数', '资金', '经费', '支出', '收入', '项目', '活动', '金额', '群众']);
/** Words that mark a figure as part of a breakdown, a change or a per-item figure, not a statement of the total. */
const BREAKDOWN_BEFORE = /其中|分别|包括/;
const TARGET_IN_SENTENCE = /(?:目标|指标值?|目标值|计划|目标任务|工作任务)\s*(?:为|是)?[：:]|(?:目标|目标值|指标值|目标任务)(?:为|是)(?=[^，。；]{0,20}$)/;
const CHANGE_IN_CLAUSE = /较|同比|比上年|增长|增加|减少|下降|新增|累计|人均|平均|每/;

function candidate(p: PlacedQuantity<TextNode>): boolean {
  const q = p.q;
  if (q.kind !== 'count' && q.kind !== 'money') return false;
  if (q.frequency || q.distributive || q.range || q.approximate || q.period || q.share || q.partOf) return false;
  if (q.comparator && !/^达/.test(q.comparatorText ?? '')) return false;
  if (BREAKDOWN_BEFORE.test(q.sentenceLead)) return false;
  if (CHANGE_IN_CLAUSE.test(q.lead)) return false;
  // planned figures are targets (target-actual), also under a head such as "阶段性目标：" or "总体目标："
  if (PLAN_LEAD.test(q.lead.trim()) || PLAN_LEAD.test(q.label) || TARGET_IN_SENTENCE.test(q.sentenceLead)) return false;
  // "完成年度目标34900人", "未达到年度目标4421人": the target echoed next to a result, not a statement of its own
  if (/(?:目标|目标值|指标值)$/.test(q.label)) return false;
  // "按照年度工作安排，开展执法检查1100家次，实际开展1136家次": a goal written without a comparator, then the result
  if (ACTUAL_LATER.test(p.node.text.slice(q.end, Math.min(q.sentence[1], q.end + 40)))) return false;
  return true;
}

const ACTUAL_LATER = /[，,；;]\s*(?:而|但)?实际(?:完成|开展|发放|举办|组织|实现|达到|为|共)?/;

const TOTAL_COST = /总成本|成本总额|项目成本|总投入|资金总额|项目总投资/;
const PER_UNIT = /单|每|均|人均|平均/;

/** A 自评表's total-cost indicator must match the money block's 全年执行数 (same project, same year). */
function checkCost(table: ScoringTable, report: RuleContext<unknown>['report']) {
  const total = table.fund.find((f) => /总额|合计|总计/.test(f.label)) ?? table.fund[0];
  const executed = total?.executed;
  if (!executed?.value) return;
  // money blocks are headed "项目资金（万元）"; without a unit in the table the comparison is skipped
  const headed = table.table.children.some((row) => row.children.some((c) => /[（(]\s*万元\s*[）)]/.test(c.text)));
  if (!headed) return;
  for (const record of table.indicators) {
    if (!TOTAL_COST.test(record.name) || PER_UNIT.test(record.name) || !record.actualValue?.unit) continue;
    const unit = matchUnit(record.actualValue.unit);
    if (!unit || unit.kind !== 'money') continue;
    const actual = record.actualValue.value.mul(unit.factor);
    const spent = executed.value.mul(1e4);
    const step = leastPrecise([
      new Decimal(10).pow(-writtenDecimals(record.actual?.text ?? '')).mul(unit.factor),
      new Decimal(10).pow(-writtenDecimals(executed.text)).mul(1e4),
    ]);
    if (agreement(actual, spent, step) === 'ok') continue;
    report({
      messageId: 'costVsExecuted',
      data: { label: record.name, actual: record.actual?.text.trim() ?? '', executed: `${executed.text.trim()}万元` },
      node: record.actual?.cell ?? record.nameCell,
    });
  }
}

export default defineRule({
  meta: {
    id: 'metric-consistency',
    description: {
      'zh-CN': '同一指标（同一对象、单位和期间）在不同位置的数值应一致',
      en: 'The same quantity (same object, unit and period) must have the same value wherever it is stated',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      costVsExecuted: {
        'zh-CN': '成本指标「{label}」实际完成值为{actual}，但项目资金全年执行数为{executed}，两者应一致',
        en: 'the cost indicator "{label}" gives {actual} as achieved but the funds table shows {executed} spent; they should agree',
      },
      differs: {
        'zh-CN': '「{label}」此处为{value}，但第{otherLine}行「{otherLabel}」为{otherValue}；两处计量的都是{period}「{noun}」（单位{unit}），同一数据前后不一致',
        en: '"{label}" is {value} here but "{otherLabel}" is {otherValue} on line {otherLine}; both count "{noun}" in {unit}{periodEn}, so the same figure is stated two ways',
      },
    },
    tags: ['numbers'],
  },
  check({ doc, report }) {
    // target segments by node: a figure is looked up in its own node's only (not in all of the document's)
    const targetsOf = new Map<TextNode, { start: number; end: number }[]>();
    for (const s of statementSegments(doc)) {
      if (s.role !== 'target') continue;
      const list = targetsOf.get(s.node);
      if (list) list.push(s); else targetsOf.set(s.node, [s]);
    }
    const inTarget = (p: PlacedQuantity<TextNode>) => targetsOf.get(p.node)?.some((s) => p.q.start >= s.start && p.q.end <= s.end) ?? false;
    const pool = quantities(doc).all.filter((p) => p.node.type === 'paragraph' && candidate(p) && !inTarget(p) && sectionRole(doc, p.node) !== 'target');
    const reported = new Set<Quantity>();
    // Labels that can match end in the same two characters: compare within those buckets only.
    const buckets = new Map<string, { p: PlacedQuantity<TextNode>; noun: string }[]>();
    for (const p of pool) {
      // the object counted: the noun after the figure when it is written first ("12个乡镇"), else the label's noun
      const noun = nounAfter(p.q) || measuredNoun(p.q.label);
      // a measured noun is a short phrase; longer runs (or runs with digits) are not labels
      if (noun.length < 2 || noun.length > 20 || /\d/.test(noun) || GENERIC.has(noun)) continue;
      const key = `${p.q.kind === 'money' ? '元' : p.q.unit}\u0000${noun.slice(-2)}`;
      const list = buckets.get(key) ?? [];
      list.push({ p, noun });
      buckets.set(key, list);
    }
    const findings: { a: PlacedQuantity<TextNode>; b: PlacedQuantity<TextNode>; noun: string }[] = [];
    for (const list of buckets.values()) {
      // each noun's statements in reading order; a later statement is compared with the earlier ones of every
      // noun that measures the same thing ("资料" / "科普宣传资料")
      const byNoun = new Map<string, PlacedQuantity<TextNode>[]>();
      /** noun suffix → the nouns seen so far that end with it (to find "科普宣传资料" from "资料"). */
      const bySuffix = new Map<string, Set<string>>();
      for (const { p: b, noun: nounB } of list) {
        // nouns that measure the same thing: nounB's own suffixes, and longer nouns ending with nounB
        const related = new Set<string>(bySuffix.get(nounB) ?? []);
        for (let k = 0; k + 2 <= nounB.length; k++) if (byNoun.has(nounB.slice(k))) related.add(nounB.slice(k));
        for (const nounA of related) {
          if (reported.has(b.q)) break;
          if (!sameMeasure(nounA, nounB) || (b.q.kind === 'money' && Math.min(nounA.length, nounB.length) < 4)) continue;
          const a = (byNoun.get(nounA) ?? []).find((e) => e.node !== b.node && sameDimension(e.q, b.q) && !(e.q.year && b.q.year && e.q.year !== b.q.year));
          if (!a || a.q.base.eq(b.q.base)) continue;
          reported.add(b.q);
          findings.push({ a, b, noun: nounA.length <= nounB.length ? nounA : nounB });
        }
        const same = byNoun.get(nounB) ?? [];
        if (same.length < 8) same.push(b);
        if (!byNoun.has(nounB)) {
          for (let k = 0; k + 2 <= nounB.length; k++) {
            const set = bySuffix.get(nounB.slice(k)) ?? new Set<string>();
            set.add(nounB);
            bySuffix.set(nounB.slice(k), set);
          }
        }
        byNoun.set(nounB, same);
      }
    }
    for (const table of scoringTables(doc)) checkCost(table, report);
    findings.sort((x, y) => x.b.order - y.b.order || x.b.q.start - y.b.q.start);
    const shown = (q: Quantity) => `${q.label}${nounAfter(q)}` || q.raw;
    // why the two are one quantity: the same object, unit and period (the year both belong to, when known)
    const yearOf = (a: Quantity, b: Quantity) => a.year ?? b.year ?? docInfo(doc).year;
    for (const { a, b, noun } of findings) {
      const where = doc.locate(a.node, [a.q.start, a.q.end]);
      report({
        messageId: 'differs',
        data: {
          label: shown(b.q), value: b.q.raw, otherLabel: shown(a.q), otherValue: a.q.raw, otherLine: where.line, noun, unit: b.q.kind === 'money' ? '元' : b.q.unit,
          period: yearOf(a.q, b.q) ? `${yearOf(a.q, b.q)}年度的` : '', periodEn: yearOf(a.q, b.q) ? ` for ${yearOf(a.q, b.q)}` : '',
        },
        node: b.node,
        span: [b.q.start, b.q.end],
      });
    }
  },
});
