// conclusion-score: the 评价结论 states the total score and the grade, and they agree with the rest of the report.
// Findings: a conclusion that states neither (only restates the policy it was written under); a conclusion score
// that is not the sum of the 分项 scores the report lists ("产出指标（50分）得分45分，…"); a conclusion score in words
// (九十分) or a grade without a score that disagrees with the 自评表 total. A figure score in the same sentence as
// its grade is score-grade's, and one compared with the table total is score-total's (one defect, one finding).
import { z } from 'zod';
import { Decimal } from 'decimal.js';
import {
  defineRule, findGradeWord, fmt, gradeForScore, parseChineseNumeral, SCORE_LABEL_WORDS, scoringTables, verdict,
  type GradeClass, type LintDocument, type SectionNode, type TextNode,
} from '../src/rule-kit.js';

const CONCLUSION = /评价结论|自评结论|评价等级|自评等级|自评得分|自评结果|综合评价|总体评价|评价结果|评价得分|综合得分/;
const NOT_CONCLUSION = /应用|公开|问题|措施|建议|整改|方法|过程|组织/;
const SCORE_WORDS = '[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?';
/** The report's total as stated: "自评得分92分", "得分为九十三分", "综合评分 88.5 分". */
const STATED = new RegExp(`(?:自评|综合|总|评价|绩效)?(?:${SCORE_LABEL_WORDS})(?:为|是|达到|达|：|:)?\\s*(\\d{1,3}(?:\\.\\d+)?|${SCORE_WORDS})\\s*分`, 'u');
const ANY_SCORE = new RegExp(`(\\d{1,3}(?:\\.\\d+)?|${SCORE_WORDS})\\s*分(?![钟之别析解配类项局批散期])`, 'u');
const DEFERRED = /详见|见附件|见附表|附表|自评表|评分表|打分表/;
/** One 分项 with its weight in brackets and its score: "产出指标（50分）得分45分". */
const PART_MARK = /分\s*[)）]/;
const PART = /([\u4e00-\u9fff]{2,10}?)(?:指标)?\s*[（(]\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]\s*(?:得分|得|评分)(?:为|：|:)?\s*(\d{1,3}(?:\.\d+)?)\s*分/gu;

const GRADE_NAME: Record<GradeClass, { 'zh-CN': string; en: string }> = {
  excellent: { 'zh-CN': '优', en: 'excellent' }, good: { 'zh-CN': '良', en: 'good' }, pass: { 'zh-CN': '中', en: 'pass' }, poor: { 'zh-CN': '差', en: 'poor' },
};

function scoreValue(text: string): Decimal | undefined {
  if (/^\d/.test(text)) return new Decimal(text);
  const [whole, frac] = text.split('点');
  const w = parseChineseNumeral(whole!);
  if (w === undefined) return undefined;
  const f = frac ? [...frac].map((c) => parseChineseNumeral(c) ?? 0).join('') : '';
  return new Decimal(f ? `${w}.${f}` : `${w}`);
}
const decimalsOf = (text: string) => (/^\d+\.(\d+)$/.exec(text)?.[1]?.length ?? 0);

function conclusionSection(doc: LintDocument): SectionNode | undefined {
  return doc.sections().find((s) => CONCLUSION.test(s.heading.title) && !NOT_CONCLUSION.test(s.heading.title));
}

/** The 分项 of one paragraph, when their weights add up to 100 (so they are the whole). */
function parts(doc: LintDocument): { node: TextNode; sum: Decimal; decimals: number; text: string } | undefined {
  for (const node of doc.paragraphs()) {
    if (!PART_MARK.test(node.text)) continue; // a cheap test for what every 分项 has, before the costly pattern
    const found = [...node.text.matchAll(PART)];
    if (found.length < 2) continue;
    const weight = found.reduce((s, m) => s.plus(m[2]!), new Decimal(0));
    if (!weight.eq(100)) continue;
    const sum = found.reduce((s, m) => s.plus(m[3]!), new Decimal(0));
    return { node, sum, decimals: Math.max(...found.map((m) => decimalsOf(m[3]!))), text: found.map((m) => m[3]).join(' + ') };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'conclusion-score',
    description: {
      'zh-CN': '评价结论写明自评总分和评价等级，且与分项得分之和、自评表总分及其对应等级一致',
      en: 'The evaluation conclusion states the total score and the grade, and they agree with the sub-scores, the scoring table total and its grade',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      missing: {
        'zh-CN': '评价结论未写明自评得分和评价等级（应写明“自评得分 N 分，评价等级为优/良/中/差”）',
        en: 'the conclusion states neither the self-evaluation score nor the grade (expected "自评得分 N 分，评价等级为…")',
      },
      parts: {
        'zh-CN': '评价结论所述自评得分为 {stated} 分，但正文所列分项得分 {parts} 合计 {sum} 分',
        en: 'the conclusion states a score of {stated}, but the listed sub-scores {parts} add up to {sum}',
      },
      table: {
        'zh-CN': '评价结论所述自评得分为 {stated}，但自评表总分为 {total}（第 {line} 行）',
        en: 'the conclusion states a score of {stated}, but the scoring table total is {total} (line {line})',
      },
      grade: {
        'zh-CN': '评价结论所述等级为“{grade}”，但自评表总分 {total} 对应的等级为“{expected}”',
        en: 'the conclusion gives the grade "{grade}", but the scoring table total {total} earns "{expected}"',
      },
    },
    tags: ['numbers', 'score'],
  },
  check({ doc, locale, report }) {
    const section = conclusionSection(doc);
    if (!section) return;
    const nodes = doc.textNodesIn(section).filter((n) => n.type === 'paragraph');
    if (nodes.length === 0) return;
    const text = nodes.map((n) => n.text).join('\n');
    const stated = nodes.map((node) => ({ node, m: STATED.exec(node.text) })).find((x) => x.m);
    const grade = nodes.map((node) => ({ node, g: findGradeWord(node.text) })).find((x) => x.g);
    if (!stated && !grade) {
      // A table in the section, or a last line ending in a colon (an equation or picture follows that was not read as
      // text): the score may well be there.
      const opensOnto = /[：:]\s*$/.test(nodes.at(-1)!.text);
      if (!ANY_SCORE.test(text) && !DEFERRED.test(text) && !opensOnto && doc.textNodesIn(section).every((n) => n.type !== 'tableCell')) {
        report({ messageId: 'missing', node: nodes[0]!, severity: 'warning' });
      }
      return;
    }
    const statedText = stated?.m?.[1];
    const value = statedText ? scoreValue(statedText) : undefined;
    const at = stated && statedText ? stated.m!.index + stated.m![0].lastIndexOf(statedText) : 0;
    const span: [number, number] = [at, at + (statedText?.length ?? 0)];

    const sub = parts(doc);
    if (value && stated && sub) {
      const v = verdict(value, sub.sum, Math.min(decimalsOf(statedText!), sub.decimals));
      if (v !== 'ok') {
        report({ messageId: 'parts', data: { stated: statedText!, parts: sub.text, sum: fmt(sub.sum) }, node: stated.node, span, severity: v === 'warning' ? 'warning' : undefined });
        return;
      }
    }

    const tables = scoringTables(doc).filter((t) => t.total?.score?.value !== undefined);
    if (tables.length !== 1) return;
    const total = tables[0]!.total!.score!;
    // A score in words is read by no other rule; a figure score is score-total's.
    if (value && stated && !/^\d/.test(statedText!)) {
      const v = verdict(value, total.value!, decimalsOf(total.text.trim()));
      if (v !== 'ok') {
        report({ messageId: 'table', data: { stated: statedText!, total: total.text.trim(), line: total.cell.position.start.line }, node: stated.node, span, severity: v === 'warning' ? 'warning' : undefined });
        return;
      }
    }
    // A grade stated without a score in its sentence: compare it with the grade the table total earns.
    if (grade?.g && !value) {
      const { word, gradeClass, start } = grade.g;
      const expected = gradeForScore(total.value!);
      if (expected !== gradeClass) {
        report({ messageId: 'grade', data: { grade: word, total: total.text.trim(), expected: GRADE_NAME[expected][locale] }, node: grade.node, span: [start, start + word.length] });
      }
    }
  },
});
