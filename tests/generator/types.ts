// The generated report and its ground truth.
export type ReportKind = '部门整体' | '项目支出';

export const DEFECT_KINDS = [
  'sum-mismatch',
  'percent-shares',
  'percent-ratio',
  'metric-inconsistency',
  'missed-target-no-reason',
  'target-without-result',
  'score-grade',
  'wrong-fiscal-year',
  'missing-section',
  'heading-numbering',
  'placeholder',
  'doc-number-two-ways',
  'zero-budget-scored',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** The rules that may report each defect kind (exactly one finding from one of them is expected). */
export const COVERING_RULES: Record<DefectKind, string[]> = {
  'sum-mismatch': ['sum-total'],
  'percent-shares': ['percent-sum', 'percent-ratio'],
  'percent-ratio': ['percent-ratio'],
  'metric-inconsistency': ['metric-consistency'],
  'missed-target-no-reason': ['target-actual', 'deviation-explained'],
  'target-without-result': ['target-actual'],
  'score-grade': ['score-grade'],
  'wrong-fiscal-year': ['fiscal-year'],
  'missing-section': ['required-sections'],
  'heading-numbering': ['heading-numbering'],
  'placeholder': ['placeholder', 'empty-section'],
  'doc-number-two-ways': ['doc-number'],
  'zero-budget-scored': ['zero-budget-scored'],
};

export interface Paragraph {
  text: string;
  /** Surface forms written in this paragraph; the first is its role (for attributing a finding). */
  tags: string[];
  heading?: 1 | 2 | 3;
  /** A table row (the Markdown separator row is a row of '---'); consecutive rows form one table. */
  row?: string[];
}

export interface Planted {
  kind: DefectKind;
  /** The surface form of the construct the defect sits in. */
  form: string;
  rules: string[];
  /** 1-based lines (= paragraphs) where the finding may be reported. */
  lines: number[];
  /** What was changed, for the report of failures. */
  note: string;
}

export interface GeneratedReport {
  seed: number;
  kind: ReportKind;
  year: number;
  title: string;
  paragraphs: Paragraph[];
  /** Every surface form used anywhere in the report. */
  forms: string[];
  defect?: Planted;
  /** Line of the first table row, if the report ends with a scoring table (findings there are matched by excerpt). */
  tableStart?: number;
}

export interface GenerateOptions {
  /** Force the report kind; default from the seed. */
  kind?: ReportKind;
  /** A defect to plant, 'none' for a clean report; default from the seed (a third clean). */
  defect?: DefectKind | 'none';
  /** Write every 万元 amount as the same amount in 元. */
  scaleYuan?: boolean;
  /** Add the prose real reports carry around the figures (duties, measures, experience), for corpus sizes. */
  long?: boolean;
}
