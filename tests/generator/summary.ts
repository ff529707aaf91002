// Recall per defect kind and per surface form, false alarms per rule on clean reports, and the metamorphic
// properties, over a run of generated cases (for the bench table and the test's report).
import type { CaseResult } from './run.js';

export interface Rate { hit: number; total: number; /** reported at least once by a covering rule on its line (found, or found twice) */ any?: number }

export interface GeneratedSummary {
  cases: number;
  clean: number;
  byKind: Record<string, Rate>;
  byForm: Record<string, Rate>;
  /** Recall over the defect reports written with each amount form (magnitude, decimals, separators, digits). */
  byAmount: Record<string, Rate>;
  /** Findings (error/warning) on clean reports, per rule: findings and reports. */
  falseAlarms: Record<string, { findings: number; reports: number }>;
  cleanSilent: Rate;
  scale: Rate;
  docx: Rate;
}

const bump = (m: Record<string, Rate>, k: string, ok: boolean, any = ok) => {
  const r = (m[k] ??= { hit: 0, total: 0, any: 0 });
  r.total++;
  if (ok) r.hit++;
  if (any) r.any = (r.any ?? 0) + 1;
};

export function summarize(results: CaseResult[]): GeneratedSummary {
  const s: GeneratedSummary = { cases: results.length, clean: 0, byKind: {}, byForm: {}, byAmount: {}, falseAlarms: {}, cleanSilent: { hit: 0, total: 0 }, scale: { hit: 0, total: 0 }, docx: { hit: 0, total: 0 } };
  for (const { report, messages, failures, checks } of results) {
    const d = report.defect;
    const own = failures.filter((f) => !f.key.startsWith('scale|') && !f.key.startsWith('docx|'));
    if (d) {
      // recall: the planted defect is reported once, by a covering rule, on its line (other findings aside)
      const missed = own.some((f) => f.key.startsWith(`miss|`) || f.key.startsWith('wrong-line|'));
      const ok = !missed && !own.some((f) => f.key.startsWith(`duplicate|${d.kind}|`));
      bump(s.byKind, d.kind, ok, !missed);
      bump(s.byForm, `${d.kind} · ${d.form}`, ok, !missed);
      for (const f of report.forms.filter((x) => x.startsWith('amt:'))) bump(s.byAmount, f, ok, !missed);
    } else {
      s.clean++;
      const counted = messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
      s.cleanSilent.total++;
      if (counted.length === 0) s.cleanSilent.hit++;
      for (const rule of new Set(counted.map((m) => m.ruleId))) {
        const fa = (s.falseAlarms[rule] ??= { findings: 0, reports: 0 });
        fa.reports++;
        fa.findings += counted.filter((m) => m.ruleId === rule).length;
      }
    }
    for (const check of checks) {
      s[check].total++;
      if (!failures.some((f) => f.key.startsWith(`${check}|`))) s[check].hit++;
    }
  }
  return s;
}

const pc = (r: Rate) => (r.total ? `${((100 * r.hit) / r.total).toFixed(1)} %` : '—');
const row = (k: string, r: Rate) => `| ${k} | ${r.hit}/${r.total} | ${pc(r)} | ${r.any ?? r.hit}/${r.total} |`;
const HEAD = (first: string) => [`| ${first} | found once | recall | reported (once or more) |`, '|---|---:|---:|---:|'];

/** The Markdown tables for bench/RESULTS.md. */
export function renderSummary(s: GeneratedSummary): string {
  const out: string[] = [];
  out.push(`### Generated reports (${s.cases} reports, ${s.clean} clean; tests/generator)`, '');
  out.push('A defect counts as found when exactly one error or warning, from a rule that covers it, is on its line.', '');
  out.push(...HEAD('defect kind'));
  for (const [k, r] of Object.entries(s.byKind).sort()) out.push(row(k, r));
  out.push('', ...HEAD('defect kind · surface form'));
  for (const [k, r] of Object.entries(s.byForm).sort()) out.push(row(k, r));
  out.push('', ...HEAD('amount form of the report (all defect kinds)'));
  for (const [k, r] of Object.entries(s.byAmount).sort()) out.push(row(k, r));
  out.push('', `Clean reports with no error or warning: ${s.cleanSilent.hit}/${s.cleanSilent.total} (${pc(s.cleanSilent)}).`, '');
  out.push('| rule | false alarms on clean reports | clean reports affected |', '|---|---:|---:|');
  const fa = Object.entries(s.falseAlarms).sort((a, b) => b[1].findings - a[1].findings);
  if (!fa.length) out.push('| (none) | 0 | 0 |');
  for (const [rule, v] of fa) out.push(`| ${rule} | ${v.findings} | ${v.reports}/${s.clean} |`);
  out.push('', `Same findings with every 万元 amount written in 元: ${s.scale.hit}/${s.scale.total} (${pc(s.scale)}); same findings for the .md and the .docx: ${s.docx.hit}/${s.docx.total} (${pc(s.docx)}).`);
  return out.join('\n');
}
