// Turns per-rule config entries ("off" | severity | [severity, options]) into enabled rules with validated options.
import type { EnabledRule } from '../engine/lint.js';
import type { Localized, Rule, Severity, SeveritySetting } from '../engine/rule.js';

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

export type RuleEntry = SeveritySetting | [SeveritySetting, unknown?];
export type RuleEntries = Record<string, RuleEntry>;

/** A problem in a config file or --rule: stops the run (exit 2). `text` in both languages, naming file and key. */
export class ConfigError extends Error {
  readonly text: Localized;
  constructor(text: string | Localized) {
    const localized = typeof text === 'string' ? { 'zh-CN': text, en: text } : text;
    super(localized.en);
    this.name = 'ConfigError';
    this.text = localized;
  }
}

/** Shorthand for a ConfigError's two texts. */
export const configText = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/**
 * Every rule with its default severity, overridden by `entries`. `where` names the config source in error messages.
 * With `only`, rules not listed in `entries` are off (used by rule tests).
 */
export function enableRules(rules: Rule[], entries: RuleEntries = {}, where = 'config', only = false): EnabledRule[] {
  for (const id of Object.keys(entries)) {
    if (!rules.some((rule) => rule.meta.id === id)) {
      const known = rules.map((r) => r.meta.id).join(', ');
      throw new ConfigError(configText(`${where}：未知的规则 “${id}”（已有规则：${known}）`, `${where}: unknown rule "${id}" (known rules: ${known})`));
    }
  }
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const entry = entries[rule.meta.id];
    if (only && entry === undefined) continue;
    const [severity, rawOptions] = Array.isArray(entry) ? entry : [entry ?? rule.meta.defaultSeverity, undefined];
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      throw new ConfigError(configText(`${where}：rules.${rule.meta.id}：级别 “${String(severity)}” 无效，应为 off、info、warning 或 error`,
        `${where}: rules.${rule.meta.id}: severity "${String(severity)}" is not one of off, info, warning, error`));
    }
    if (severity === 'off') continue;
    const parsed = rule.meta.options.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${['rules', rule.meta.id, ...i.path.map(String)].join('.')}: ${i.message}`);
      throw new ConfigError(configText(`${where}：选项取值无效：${issues.join('；')}`, `${where}: ${issues.join('; ')}`));
    }
    enabled.push({ rule, severity, options: parsed.data });
  }
  return enabled;
}

/**
 * The rules a config names, resolved once (in the main thread) to [severity, parsed options]; rules not named keep
 * their defaults. Plain data: sent to worker threads as is, never parsed again there. Throws ConfigError.
 */
export type RulePlan = Record<string, 'off' | [Severity, unknown]>;

export function planRules(rules: Rule[], entries: RuleEntries = {}, where = 'config'): RulePlan {
  const configured = rules.filter((r) => entries[r.meta.id] !== undefined);
  const enabled = new Map(enableRules(rules, entries, where, true).map((e) => [e.rule.meta.id, e]));
  const plan: RulePlan = {};
  for (const rule of configured) {
    const e = enabled.get(rule.meta.id);
    plan[rule.meta.id] = e ? [e.severity, e.options] : 'off';
  }
  return plan;
}

const defaultOptions = new WeakMap<Rule, unknown>();

/** Enabled rules from a plan: named rules as planned (options already parsed), the others at their defaults. */
export function enableFromPlan(rules: readonly Rule[], plan: RulePlan = {}): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const entry = plan[rule.meta.id];
    if (entry === 'off') continue;
    if (entry) {
      enabled.push({ rule, severity: entry[0], options: entry[1] });
      continue;
    }
    if (rule.meta.defaultSeverity === 'off') continue;
    // jitless: for one parse of {} zod's compiled fast path costs more than it saves (~13 ms at start-up)
    if (!defaultOptions.has(rule)) defaultOptions.set(rule, rule.meta.options.parse({}, { jitless: true }));
    enabled.push({ rule, severity: rule.meta.defaultSeverity, options: defaultOptions.get(rule) });
  }
  return enabled;
}
