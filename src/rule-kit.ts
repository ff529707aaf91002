// The rule kit: everything a rule in rules/ needs, in one import: the rule API, the document model and its memoized
// queries, quantities and tolerance, scoring tables, document facts, report templates, shared content checks.
// Rules import from here (and zod / decimal.js), never from each other; add what a new rule needs here.

// The rule API
export { defineRule } from './engine/rule.js';
export type { BatchEntry, Locale, RuleContext, Severity, SharedSettings } from './engine/rule.js';
export type { RelatedLocation } from './engine/result.js';

// The document model and memoized queries (typed keys: memoKey)
export { memoKey } from './model/document.js';
export type { LintDocument, MemoKey } from './model/document.js';

// Node types
export type { BlockNode, HeadingNode, LabelKind, NumberingLabel, ParagraphNode, RootNode, SectionNode, TableCellNode, TableNode, TextNode } from './model/types.js';

// Document facts
export { asciiDigits, docInfo } from './model/doc-info.js';
export type { AdminLevel } from './model/doc-info.js';

// Quantities: figures with units, exact decimals, tolerance
export { breakdowns, impliedShares, partNames } from './quantity/breakdown.js';
export { computedRate, growthStatements } from './quantity/growth.js';
export { quantities } from './quantity/index.js';
export { findGradeWord, findSelfScores, gradeClassOf, gradeForScore, GRADE_BANDS, SCORE_LABEL_WORDS } from './quantity/self-score.js';
export { respectiveShares, shareChecks } from './quantity/shares.js';
export type { RespectiveShares, ShareCheck } from './quantity/shares.js';
export { parseChineseNumeral } from './quantity/numerals.js';
export type { GradeClass } from './quantity/self-score.js';
export { sameMeasure } from './quantity/similarity.js';
export { reasonGiven, tableRows } from './quantity/table-targets.js';
export { PLAN_LEAD, completionRatio, hasReason, narrativeTargets, sectionRole, statementSegments } from './quantity/targets.js';
export { agreement, leastPrecise, ratioAgreement, roundingStep, sumAgreement } from './quantity/tolerance.js';
export { listFigures, maxDecimals, writtenDecimals } from './quantity/listing.js';
export type { PlacedQuantity, Quantity } from './quantity/types.js';
export { matchUnit, sameDimension } from './quantity/units.js';

// Scoring tables (自评表)
export { decimalsOf, inUnit } from './tables/cell.js';
export { exceeds, fmt, verdict } from './tables/compare.js';
export type { Verdict } from './tables/compare.js';
export { scoringTables, splitGroupLabel } from './tables/index.js';
export type { CellValue, FundRow, IndicatorRecord, ScoringTable } from './tables/index.js';
export { BANDS, outcomeOf } from './tables/qualitative.js';
export { BLOCK_LABEL } from './tables/recognize.js';
export { achievedProblem } from './tables/achieved.js';
export {
  adjustmentExplained, lowRateExplained, narrativeAdjustments, narrativeLowRates, tableAdjustments, tableLowRates,
} from './tables/budget.js';
export type { Adjustment, LowRate } from './tables/budget.js';
export { emptySignatures, formFields } from './tables/form-fields.js';
export type { FormField } from './tables/form-fields.js';
export { emptyScores } from './tables/form-scores.js';
export { incompleteTable } from './tables/incomplete.js';
export { textRateMismatches } from './tables/text-rates.js';
export { unitProblem } from './tables/unit-fit.js';

// Report templates (profiles)
export { chooseProfile, customTemplateSchema, findSignatureSection, matchProfile } from './profiles/index.js';
export type { Profile, SectionSpec } from './profiles/index.js';

// Headings and numbering labels
export { formatLabel, kindRank, leadingSpace } from './tree/labels.js';
export {
  bodyLists, expectedChildKind, FULL_OPEN, isParen, labelLike, labelSpan, majority, markerStyle, nextValue, precedingBodyItem, runInSlip, sameWidth,
} from './tree/numbering.js';
export type { Labelled } from './tree/numbering.js';

// Content shared by several rules
export { findPlaceholders, isOnlyPlaceholder } from './content/placeholders.js';
export { actualText, indicatorName, reasonNear, rowFigures, tableTwins, targetText } from './content/targets.js';

// Stated counts and their lists (count-vs-list, duplicate-item)
export { statedLists } from './lists/index.js';
export type { StatedList } from './lists/index.js';

// Text fingerprints and near-duplicates across a batch (duplicate-report)
export { textFingerprint } from './fingerprint/shingles.js';
export type { Passage } from './fingerprint/shingles.js';
export { commonShingles, nearDuplicates } from './fingerprint/near-duplicates.js';
