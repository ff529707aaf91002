// Judges the findings on a generated report against its ground truth, and compares two runs (scaled amounts,
// .md against .docx). Every way of falling short becomes a failure key "type|…"; tests and the bench group by it.
import type { LintMessage } from '../../src/engine/result.js';
import type { GeneratedReport } from './types.js';

export interface Failure {
  /** type|rule-or-kind|form — the unit of the known-failures list. */
  key: string;
  seed: number;
  line: number;
  /** The paragraph the finding (or the defect) is on. */
  sentence: string;
  detail: string;
}

const counted = (m: LintMessage) => m.severity === 'error' || m.severity === 'warning';

export function tagOf(report: GeneratedReport, line: number): string {
  if (report.tableStart && line >= report.tableStart && !report.paragraphs[line - 1]?.row) return 'table:docx-cell';
  const p = report.paragraphs[line - 1];
  if (!p) return 'doc';
  return p.tags[0];
}

const sentence = (report: GeneratedReport, line: number) => {
  const p = report.paragraphs[line - 1];
  return p?.row ? `| ${p.row.join(' | ')} |` : p?.text ?? '';
};

/** Is the finding the one the planted defect expects? */
export function isPlantedFinding(report: GeneratedReport, m: LintMessage): boolean {
  const d = report.defect;
  if (!d || !d.rules.includes(m.ruleId)) return false;
  return d.lines.length === 0 || d.lines.includes(m.line);
}

/** The ground-truth property: clean → no error/warning; defect → exactly one, from a covering rule, on its line. */
export function judge(report: GeneratedReport, messages: LintMessage[]): Failure[] {
  const failures: Failure[] = [];
  const relevant = messages.filter(counted);
  const d = report.defect;
  const planted = relevant.filter((m) => isPlantedFinding(report, m));
  const f = (key: string, line: number, detail: string) => failures.push({ key, seed: report.seed, line, sentence: sentence(report, line), detail });
  if (d) {
    const firstLine = d.lines[0] ?? 0;
    if (planted.length === 0) {
      const elsewhere = relevant.filter((m) => d.rules.includes(m.ruleId));
      if (elsewhere.length) f(`wrong-line|${d.kind}|${d.form}`, firstLine, `${d.note}; reported on line ${elsewhere.map((m) => m.line).join(',')} instead: ${elsewhere[0].message}`);
      else f(`miss|${d.kind}|${d.form}`, firstLine, d.note);
    } else if (planted.length > 1) {
      f(`duplicate|${d.kind}|${d.form}|${[...new Set(planted.map((m) => m.ruleId))].sort().join('+')}`, planted[1].line, planted.map((m) => `${m.ruleId} ${m.line}: ${m.message}`).join(' / '));
    }
  }
  for (const m of relevant) {
    if (planted.includes(m)) continue;
    if (d && d.rules.includes(m.ruleId) && !planted.length) continue; // already counted as wrong-line
    f(`false-alarm|${m.ruleId}|${tagOf(report, m.line)}`, m.line, `${m.severity}: ${m.message}`);
  }
  return failures;
}

/** Before a table, lines are paragraphs in both forms; in a table the .docx has a line per cell, so match by text. */
const sigOf = (report: GeneratedReport, label: string) => (m: LintMessage) =>
  label === 'docx' && report.tableStart && m.line >= report.tableStart ? `${m.ruleId}#${m.excerpt}` : `${m.ruleId}@${m.line}`;

/** Two renderings of one report must give the same findings (rule and line; severity may differ with precision). */
export function compareRuns(report: GeneratedReport, label: 'scale' | 'docx', a: LintMessage[], b: LintMessage[]): Failure[] {
  const sig = sigOf(report, label);
  const left = a.map(sig), right = b.map(sig);
  const out: Failure[] = [];
  const diff = (xs: LintMessage[], ys: string[], side: string) => {
    for (const m of xs) {
      if (ys.includes(sig(m))) continue;
      out.push({ key: `${label}|${m.ruleId}|${tagOf(report, m.line)}`, seed: report.seed, line: m.line, sentence: sentence(report, m.line), detail: `only in ${side}: ${m.severity} ${m.message}` });
    }
  };
  diff(a, right, label === 'scale' ? '万元 text' : '.md');
  diff(b, left, label === 'scale' ? '元 text' : '.docx');
  return out;
}
