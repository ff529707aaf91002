// Runs the enabled rules over one parsed document; each report becomes a finding of the JSON contract. A rule that
// throws becomes one `internal-error` finding; the other rules go on.
import type { LintDocument } from '../model/document.js';
import type { ReportDescriptor, Rule, Severity, SharedSettings } from './rule.js';
import { formatMessage, type Locale } from '../i18n/locale.js';
import { fileLevelError, type BatchSummaries, type LintMessage, type RelatedLocation } from './result.js';
import { coreMessage } from '../i18n/messages.js';
import { applyDirectives } from './directives.js';
import { markdownDirectives } from '../model/directives.js';
import type { AnyNode, Directive } from '../model/types.js';

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface RunOptions {
  locale: Locale;
  settings?: SharedSettings;
  /** Called before each rule starts, so a supervisor can name the rule that hung. */
  onRuleStart?: (ruleId: string) => void;
  /**
   * Honour the report's own directives (`<!-- reportlint-disable … -->`, Word comments). Default true; false is
   * `--no-inline-config`. Either way every directive found is reported as an info finding, so a reviewer sees it.
   */
  inlineConfig?: boolean;
}

export interface RunResult {
  messages: LintMessage[];
  /** Milliseconds per rule. */
  timing: Record<string, number>;
  /** Summaries of the enabled batch rules (absent when none is enabled). */
  batch?: BatchSummaries;
}

export async function runRules(doc: LintDocument, enabled: EnabledRule[], options: RunOptions): Promise<RunResult> {
  const findings: LintMessage[] = [];
  const timing: Record<string, number> = {};
  let batch: BatchSummaries | undefined;
  const directives = doc.format === 'markdown' ? markdownDirectives(doc.lines) : doc.root.data.directives ?? [];
  for (const { rule, severity, options: ruleOptions } of enabled) {
    const id = rule.meta.id;
    options.onRuleStart?.(id);
    const started = performance.now();
    const report = (d: ReportDescriptor) => {
      const template = rule.meta.messages[d.messageId];
      if (!template) throw new Error(`rule ${id} reported unknown messageId "${d.messageId}"`);
      const text = formatMessage(template[options.locale], d.data);
      const where = doc.locate(d.node, d.span);
      const level = effectiveSeverity(d.severity, rule.meta.defaultSeverity, severity);
      findings.push({
        ruleId: id,
        severity: level,
        message: text,
        line: where.line,
        column: where.column,
        endLine: where.endLine,
        endColumn: where.endColumn,
        section: doc.sectionPath(d.node),
        excerpt: where.excerpt,
        ...(doc.root.data.lineRefs?.[where.line - 1] ? { cell: doc.root.data.lineRefs[where.line - 1] } : {}),
        ...(d.related?.length ? { related: d.related.map((r) => relatedIn(doc, r.node, r.span)) } : {}),
      });
    };
    try {
      const context = { doc, options: ruleOptions, settings: options.settings ?? {}, locale: options.locale, report };
      await rule.check(context);
      if (rule.batch) {
        const summary = rule.batch.summarize(context);
        const own = options.inlineConfig === false ? [] : directives.filter((d) => d.rules.length === 0 || d.rules.includes(id));
        if (summary !== undefined) (batch ??= {})[id] = { severity, options: ruleOptions, summary, ...(own.length ? { directives: own } : {}) };
      }
    } catch (error) {
      findings.push(internalError(id, error, options.locale));
    }
    timing[id] = (timing[id] ?? 0) + performance.now() - started;
  }
  const honoured = options.inlineConfig !== false;
  const kept = honoured ? applyDirectives(sortAndDedupe(findings), directives) : sortAndDedupe(findings);
  const notices = directives.map((d) => directiveNotice(d, honoured, options.locale));
  return { messages: notices.length ? sortAndDedupe([...kept, ...notices]) : kept, timing, ...(batch ? { batch } : {}) };
}

function relatedIn(doc: LintDocument, node: AnyNode, span?: [number, number]): RelatedLocation {
  const { line, column, endLine, endColumn, excerpt } = doc.locate(node, span);
  return { filePath: doc.filePath, line, column, endLine, endColumn, excerpt };
}

/** The pseudo-rule id of the info finding that reports a directive (it cannot itself be silenced or turned off). */
export const DIRECTIVE_RULE_ID = 'inline-config';

function directiveNotice(d: Directive, honoured: boolean, locale: Locale): LintMessage {
  const text = `reportlint-${d.kind}${d.rules.length ? ` ${d.rules.join(' ')}` : ''}`;
  const scope = d.rules.length ? d.rules.join(locale === 'en' ? ', ' : '、') : coreMessage('directiveAllRules', locale);
  const message = coreMessage(honoured ? 'directiveHonoured' : 'directiveIgnored', locale, { text, scope });
  const line = Math.max(1, d.line);
  return { ruleId: DIRECTIVE_RULE_ID, severity: 'info', message, line, column: 1, endLine: d.endLine ?? line, endColumn: 1, section: [], excerpt: '' };
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * The configured severity wins (`--rule id:warning` turns a rule's errors into warnings): a finding reported at the
 * rule's default level takes the configured level; one a rule set lower on purpose (a last-digit rounding slip as a
 * warning) keeps it, capped at the configured level.
 */
export function effectiveSeverity(reported: Severity | undefined, ruleDefault: Severity | 'off', configured: Severity): Severity {
  if (reported === undefined || reported === ruleDefault) return configured;
  return RANK[reported] > RANK[configured] ? configured : reported;
}

export function internalError(ruleId: string, error: unknown, locale: Locale): LintMessage {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return fileLevelError('internal-error', coreMessage('internalError', locale, { rule: ruleId, reason }));
}

// Rule IDs are ASCII: code-point order suffices, and localeCompare would load ICU's collator (~10 ms of start-up).
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortAndDedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  const out: LintMessage[] = [];
  for (const m of [...messages].sort((a, b) => a.line - b.line || a.column - b.column || byCodePoint(a.ruleId, b.ruleId))) {
    const key = `${m.ruleId}\u0000${m.line}\u0000${m.column}\u0000${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
