// Runs the enabled rules over one parsed document. Findings are built straight in the JSON contract (no vfile
// message per finding: VFileMessage is an Error, and capturing its stack cost 12 % of a 1 MB Markdown run).
// A rule that throws becomes one `internal-error` finding; the other rules go on.
import type { LintDocument } from '../model/document.js';
import type { ReportDescriptor, Rule, Severity, SharedSettings } from './rule.js';
import { formatMessage, type Locale } from '../i18n/locale.js';
import { fileLevelError, type LintMessage } from './result.js';
import { coreMessage } from '../i18n/messages.js';
import { applyDirectives } from './directives.js';
import { markdownDirectives } from '../model/directives.js';

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
}

export interface RunResult {
  messages: LintMessage[];
  /** Milliseconds per rule. */
  timing: Record<string, number>;
}

type Finding = LintMessage;

export async function runRules(doc: LintDocument, enabled: EnabledRule[], options: RunOptions): Promise<RunResult> {
  const findings: Finding[] = [];
  const timing: Record<string, number> = {};
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
      });
    };
    try {
      await rule.check({ doc, options: ruleOptions, settings: options.settings ?? {}, locale: options.locale, report });
    } catch (error) {
      findings.push(internalError(id, error, options.locale));
    }
    timing[id] = (timing[id] ?? 0) + performance.now() - started;
  }
  const directives = doc.format === 'markdown' ? markdownDirectives(doc.lines) : doc.root.data.directives ?? [];
  return { messages: applyDirectives(sortAndDedupe(findings), directives), timing };
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

export function sortAndDedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  const out: LintMessage[] = [];
  for (const m of [...messages].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))) {
    const key = `${m.ruleId}\u0000${m.line}\u0000${m.column}\u0000${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
