// Turns per-rule config entries ("off" | severity | [severity, options]) into enabled rules with validated options.
import type { EnabledRule } from '../engine/lint.js';
import type { Rule, SeveritySetting } from '../engine/rule.js';

export type RuleEntry = SeveritySetting | [SeveritySetting, unknown?];
export type RuleEntries = Record<string, RuleEntry>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Every rule with its default severity, overridden by `entries`. `where` names the config source in error messages.
 * With `only`, rules not listed in `entries` are off (used by rule tests).
 */
export function enableRules(rules: Rule[], entries: RuleEntries = {}, where = 'config', only = false): EnabledRule[] {
  for (const id of Object.keys(entries)) {
    if (!rules.some((rule) => rule.meta.id === id)) {
      throw new ConfigError(`${where}: unknown rule "${id}" (known rules: ${rules.map((r) => r.meta.id).join(', ')})`);
    }
  }
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const entry = entries[rule.meta.id];
    if (only && entry === undefined) continue;
    const [severity, rawOptions] = Array.isArray(entry) ? entry : [entry ?? rule.meta.defaultSeverity, undefined];
    if (!['off', 'info', 'warning', 'error'].includes(severity)) {
      throw new ConfigError(`${where}: rules.${rule.meta.id}: severity "${String(severity)}" is not one of off, info, warning, error`);
    }
    if (severity === 'off') continue;
    const parsed = rule.meta.options.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${['rules', rule.meta.id, ...i.path.map(String)].join('.')}: ${i.message}`);
      throw new ConfigError(`${where}: ${issues.join('; ')}`);
    }
    enabled.push({ rule, severity, options: parsed.data });
  }
  return enabled;
}

