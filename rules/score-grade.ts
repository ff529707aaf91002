// A self-evaluation score and its grade word must agree: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60
// (财预〔2020〕10号 第二十条; the lower bound of each band is inclusive). Also the 自评表's 总分 and 评价等级.
import { z } from 'zod';
import { defineRule, findSelfScores, GRADE_BANDS, gradeForScore, type GradeClass, type Locale } from '../src/rule-kit.js';

const NAMES: Record<GradeClass, Record<Locale, string>> = {
  excellent: { 'zh-CN': '优', en: 'excellent (优)' },
  good: { 'zh-CN': '良', en: 'good (良)' },
  pass: { 'zh-CN': '中', en: 'fair (中)' },
  poor: { 'zh-CN': '差', en: 'poor (差)' },
};

export default defineRule({
  meta: {
    id: 'score-grade',
    description: {
      'zh-CN': '自评得分与评价等级应一致（优≥90，良80–90，中60–80，差<60）',
      en: 'The self-evaluation score and its grade must agree (优 ≥ 90, 良 80–90, 中 60–80, 差 < 60)',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Lower bounds (inclusive) of the bands, on a 100-point scale. */
      excellent: z.number().default(GRADE_BANDS.excellent),
      good: z.number().default(GRADE_BANDS.good),
      pass: z.number().default(GRADE_BANDS.pass),
      /** Scores above this are not on a 100-point scale and are not checked. */
      maxScore: z.number().default(100),
    }),
    messages: {
      mismatch: {
        'zh-CN': '得分 {score} 对应的等级应为“{expected}”（{band}），但写作“{grade}”',
        en: 'a score of {score} is graded {expected} ({band}) but the report says "{grade}"',
      },
    },
    tags: ['numbers', 'grades'],
  },
  check({ doc, options, report, locale }) {
    const band = (c: GradeClass) => {
      const ranges: Record<GradeClass, string> = {
        excellent: `≥${options.excellent}`,
        good: `${options.good}–<${options.excellent}`,
        pass: `${options.pass}–<${options.good}`,
        poor: `<${options.pass}`,
      };
      return ranges[c];
    };
    for (const s of findSelfScores(doc)) {
      if (!s.grade || !s.gradeClass) continue;
      const value = s.value.toNumber();
      if (value < 0 || value > options.maxScore) continue;
      const expected = gradeForScore(value, options);
      if (expected === s.gradeClass) continue;
      report({
        messageId: 'mismatch',
        data: { score: s.scoreText.endsWith('分') ? s.scoreText : `${s.scoreText}分`, expected: NAMES[expected][locale], band: band(expected), grade: s.grade },
        node: s.gradeNode ?? s.node,
        span: s.gradeNode ? s.gradeSpan : s.span,
      });
    }
  },
});
