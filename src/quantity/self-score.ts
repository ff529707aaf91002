// Self-evaluation scores and the grade words stated with them ("综合绩效评分为80分，良好", "自评得分92分，评价等级为优",
// a 自评表's 总分 with its 评价等级 cell). Used by score-grade, zero-budget-scored and the CLI's CSV summary.
import { Decimal } from 'decimal.js';
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { scoringTables } from '../tables/index.js';
import { quantities } from './index.js';
import type { Quantity } from './types.js';

export type GradeClass = 'excellent' | 'good' | 'pass' | 'poor';

export interface SelfScore {
  /** The score, e.g. 80. */
  value: Decimal;
  /** The score as written ("80分", "79"). */
  scoreText: string;
  /** What was scored, when named before the score ("老科协活动经费"); empty for a report's total. */
  subject: string;
  /** The grade word as written ("良好"), when one is stated with the score. */
  grade?: string;
  gradeClass?: GradeClass;
  /** Where the score stands and its span. */
  node: TextNode;
  span: [number, number];
  /** Where the grade word stands (may be another cell) and its span. */
  gradeNode?: TextNode;
  gradeSpan?: [number, number];
  source: 'text' | 'table';
}

const GRADE_WORDS: [string, GradeClass][] = [
  ['优秀', 'excellent'], ['良好', 'good'], ['中等', 'pass'], ['合格', 'pass'], ['及格', 'pass'], ['一般', 'pass'],
  ['较差', 'poor'], ['不合格', 'poor'], ['不及格', 'poor'], ['优', 'excellent'], ['良', 'good'], ['中', 'pass'], ['差', 'poor'],
];
const GRADE_ALT = GRADE_WORDS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|');
/** A grade word right after the score: "80分，良好" / "80分，等级为良" / "80分（良）". */
const GRADE_AFTER = new RegExp(`^\\s*[，,、（(]?\\s*(?:(?:评价|绩效|自评|综合)?(?:等级|等次|级别|评级|档次|结果|结论)(?:评定)?(?:为|是|：|:)?|评定为|评为|属于|为|达到)?\\s*[“"「]?(${GRADE_ALT})[”"」]?(?:等级|等次|级|档)?(?=[，,。；;、）)\\s]|$)`);
/** A grade word named anywhere in the sentence: "评价等级为良好". */
const GRADE_NAMED = new RegExp(`(?:等级|等次|评级|档次|结论|结果|评定)(?:评定)?(?:为|是|：|:)\\s*[“"「]?(${GRADE_ALT})[”"」]?(?:等级|等次|级)?(?=[，,。；;、）)\\s]|$)`);
/** The words that introduce a self-evaluation score ("自评得分", "综合评分", "总分"); shared with conclusion-score. */
export const SCORE_LABEL_WORDS = '得分|评分|总分|分数|自评分|评价分|综合分|绩效分|分值为|打分';
const SCORE_LABEL = new RegExp(`(?:${SCORE_LABEL_WORDS})$`);
const NOT_A_SCORE = /分值|满分|权重|扣分|减分|加分/;

/** A score of the whole report or project (not of one indicator or item). */
const isReportSubject = (subject: string) => !subject || /^(?:(?:本|该|我)?(?:部门|整体|单位|项目|局|会|院|站|中心))*$|部门整体|本项目|该项目|经自评/.test(subject);

const nextSentenceEnd = (text: string, from: number) => {
  const m = /[。！？!?\n]/.exec(text.slice(from + 1));
  return m ? from + 1 + m.index + 1 : text.length;
};

/**
 * A grade word stated in a text with what names it as a grade ("评价等级为良好", "评价结论为“优”", "评为良"), or a
 * grade word that cannot be anything else ("优秀等级"). The one grade pattern, shared by score-grade and conclusion-score.
 */
export function findGradeWord(text: string): { word: string; gradeClass: GradeClass; start: number } | undefined {
  const m = GRADE_NAMED.exec(text) ?? GRADE_EVALUATED.exec(text) ?? GRADE_ALONE.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].lastIndexOf(m[1]!);
  return { word: m[1]!, gradeClass: gradeClassOf(m[1]!)!, start };
}
const GRADE_EVALUATED = new RegExp(`(?:评价为|评为|定为|评定为)\\s*[“"「]?(${GRADE_ALT})[”"」]?(?:等级|等次|级)?(?=[，,。；;、）)\\s]|$)`);
const GRADE_ALONE = /(优秀|良好|不合格|合格|较差)(?:等级|等次|档次)?/;

/** Lower bounds (inclusive) of the grade bands on a 100-point scale (财预〔2020〕10号 第二十条). */
export const GRADE_BANDS = { excellent: 90, good: 80, pass: 60 };

/** The grade a score earns: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (bands configurable by score-grade). */
export function gradeForScore(score: Decimal | number, bands: { excellent: number; good: number; pass: number } = GRADE_BANDS): GradeClass {
  const v = typeof score === 'number' ? score : score.toNumber();
  return v >= bands.excellent ? 'excellent' : v >= bands.good ? 'good' : v >= bands.pass ? 'pass' : 'poor';
}

export function gradeClassOf(word: string): GradeClass | undefined {
  return GRADE_WORDS.find(([w]) => w === word)?.[1];
}

function isSelfScore(q: Quantity): boolean {
  if (q.kind !== 'score' || q.range || q.comparator) return false;
  const lead = q.lead.replace(/\s+/g, '').replace(/(?:为|是|：|:|达到|达)+$/, '');
  if (NOT_A_SCORE.test(lead)) return false;
  return SCORE_LABEL.test(lead);
}

function subjectOf(q: Quantity): string {
  return q.label.replace(/(?:综合)?(?:绩效)?(?:自评)?(?:评价)?(?:得分|评分|总分|分数|自评分|评价分|综合分|绩效分|打分)(?:为|是)?$/, '')
    .replace(/(?:综合|绩效|自评|评价)+$/, '').trim();
}

export function findSelfScores(doc: LintDocument): SelfScore[] {
  return doc.memo('quantity:selfScores', () => {
    const out: SelfScore[] = [];
    const { byNode } = quantities(doc);
    for (const [node, qs] of byNode) {
      if (node.type === 'tableCell') continue;
      for (const q of qs) {
        if (!isSelfScore(q)) continue;
        const score: SelfScore = { value: q.value, scoreText: q.raw, subject: subjectOf(q), node, span: [q.start, q.end], source: 'text' };
        const after = node.text.slice(q.end, q.sentence[1]);
        const direct = GRADE_AFTER.exec(after);
        const sentence = node.text.slice(q.sentence[0], q.sentence[1]);
        // another score in the same sentence owns a grade that is not right after this one
        const named = qs.filter((o) => o !== q && o.sentence[0] === q.sentence[0] && isSelfScore(o)).length ? null : GRADE_NAMED.exec(sentence);
        // "…得分94.08分。评价结论为“良”。": the grade in the next sentence, when that sentence states no score of its own
        const nextEnd = q.sentence[1] < node.text.length ? nextSentenceEnd(node.text, q.sentence[1]) : q.sentence[1];
        const nextSentence = node.text.slice(q.sentence[1], nextEnd);
        const following = !direct && !named && isReportSubject(score.subject) && !qs.some((o) => o.start >= q.sentence[1] && o.start < nextEnd && o.kind === 'score')
          ? GRADE_NAMED.exec(nextSentence) : null;
        if (direct) {
          const at = q.end + direct.index + direct[0].lastIndexOf(direct[1]!);
          Object.assign(score, { grade: direct[1], gradeClass: gradeClassOf(direct[1]!), gradeNode: node, gradeSpan: [at, at + direct[1]!.length] });
        } else if (named) {
          const at = q.sentence[0] + named.index + named[0].lastIndexOf(named[1]!);
          Object.assign(score, { grade: named[1], gradeClass: gradeClassOf(named[1]!), gradeNode: node, gradeSpan: [at, at + named[1]!.length] });
        } else if (following) {
          const at = q.sentence[1] + following.index + following[0].lastIndexOf(following[1]!);
          Object.assign(score, { grade: following[1], gradeClass: gradeClassOf(following[1]!), gradeNode: node, gradeSpan: [at, at + following[1]!.length] });
        }
        out.push(score);
      }
    }
    for (const table of scoringTables(doc)) {
      const total = table.total?.score;
      if (!total?.value) continue;
      const score: SelfScore = {
        value: total.value, scoreText: total.text.trim(), subject: '', node: total.cell, span: [0, total.cell.text.length], source: 'table',
      };
      const grade = table.grade;
      if (grade && gradeClassOf(grade.text.trim())) {
        Object.assign(score, { grade: grade.text.trim(), gradeClass: gradeClassOf(grade.text.trim()), gradeNode: grade.cell, gradeSpan: grade.span });
      }
      out.push(score);
    }
    return out;
  });
}

/**
 * The report's own score (for summaries): the scoring table's 总分, else a score in the text that names no item or
 * names the report's subject (部门/整体/项目), else the first score stated with a grade, else the first score.
 */
export function mainSelfScore(doc: LintDocument): SelfScore | undefined {
  const scores = findSelfScores(doc);
  return scores.find((s) => s.source === 'table')
    ?? scores.find((s) => s.source === 'text' && (isReportSubject(s.subject) || /部门|整体|单位|本项目|自评/.test(s.subject)))
    ?? scores.find((s) => s.grade)
    ?? scores[0];
}
