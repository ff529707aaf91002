// The rule registry: one flat folder of rule files, listed here once (as markdownlint does).
// Each group of rules is added between its markers.
import type { Rule } from '../src/engine/rule.js';
// ── imports: core ──
import uncheckedContent from './unchecked-content.js';
// ── imports: structure ──
import requiredSections from './required-sections.js';
import emptySection from './empty-section.js';
import headingNumbering from './heading-numbering.js';
import placeholder from './placeholder.js';
import docNumber from './doc-number.js';
import fiscalYear from './fiscal-year.js';
import adminLevel from './admin-level.js';
import punctuation from './punctuation.js';
import signatureBlock from './signature-block.js';
import terms from './terms.js';
// ── imports: numbers ──
import sumTotal from './sum-total.js';
import percentSum from './percent-sum.js';
import percentRatio from './percent-ratio.js';
import metricConsistency from './metric-consistency.js';
import targetActual from './target-actual.js';
import deviationExplained from './deviation-explained.js';
import overCompletion from './over-completion.js';
import scoreGrade from './score-grade.js';
import zeroBudgetScored from './zero-budget-scored.js';
// ── imports: tables ──
import indicatorScore from './indicator-score.js';
import weightSum from './weight-sum.js';
import scoreTotal from './score-total.js';
import executionRate from './execution-rate.js';
// ── imports: forms ──
import budgetAdjustment from './budget-adjustment.js';
import indicatorClass from './indicator-class.js';
import unitFormat from './unit-format.js';
import achievedNonnumeric from './achieved-nonnumeric.js';
// ── imports: crosschecks ──
import countVsList from './count-vs-list.js';
import duplicateItem from './duplicate-item.js';
import conclusionScore from './conclusion-score.js';
import duplicateReport from './duplicate-report.js';
import batchYear from './batch-year.js';

export const allRules: Rule[] = [
  // ── core ──
  uncheckedContent,
  // ── structure ──
  requiredSections,
  emptySection,
  headingNumbering,
  placeholder,
  docNumber,
  fiscalYear,
  adminLevel,
  punctuation,
  signatureBlock,
  terms,
  // ── numbers ──
  sumTotal,
  percentSum,
  percentRatio,
  metricConsistency,
  targetActual,
  deviationExplained,
  overCompletion,
  scoreGrade,
  zeroBudgetScored,
  // ── tables ──
  indicatorScore,
  weightSum,
  scoreTotal,
  executionRate,
  // ── forms ──
  budgetAdjustment,
  indicatorClass,
  unitFormat,
  achievedNonnumeric,
  // ── crosschecks ──
  countVsList,
  duplicateItem,
  conclusionScore,
  duplicateReport,
  batchYear,
] as Rule[];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
