// The settings each file is linted with: its config file (or --config) overridden by the command line, validated
// against the rule registry, with a stable hash for the result cache.
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { Rule } from '../engine/rule.js';
import type { Locale } from '../i18n/locale.js';
import { ConfigError, configText, enableRules, type RuleEntries } from './rule-settings.js';
import { loadConfigSchema, SchemaNotLoaded, type ConfigLoader } from './load.js';
import type { EffectiveConfig, LoadedConfig } from './schema.js';
import { DEFAULT_LIMITS, parseDuration, parseSize } from './units.js';

/** What the command line says, applied over every config file. */
export interface CliOverrides {
  /** --config: use this file for every input instead of searching. */
  configFile?: string;
  locale?: Locale;
  profile?: string;
  rules?: RuleEntries;
  ignorePatterns?: string[];
  maxFileSize?: number;
  timeoutMs?: number;
  maxMemoryMb?: number;
  /** --no-inline-config */
  noInlineConfig?: boolean;
  /** --year: the evaluated year of the batch (batch-year). */
  year?: number;
}

export class ConfigResolver {
  private readonly cache = new Map<string, EffectiveConfig>();

  constructor(
    private readonly loader: ConfigLoader,
    private readonly overrides: CliOverrides,
  ) {}

  /** Configs built so far (one per config file, plus the defaults). */
  configs(): EffectiveConfig[] {
    return [...this.cache.values()];
  }

  /** `forDirectory`, loading the config schema first when a config file is found. Throws ConfigError. */
  async resolve(dir: string): Promise<EffectiveConfig> {
    try {
      return this.forDirectory(dir);
    } catch (error) {
      if (!(error instanceof SchemaNotLoaded)) throw error;
      await loadConfigSchema();
      return this.forDirectory(dir);
    }
  }

  /**
   * Effective config for a file in `dir` (for stdin: the --stdin-filename's folder or cwd). Throws ConfigError, or
   * SchemaNotLoaded when a config file is found before `resolve` has loaded the schema.
   */
  forDirectory(dir: string): EffectiveConfig {
    const loaded = this.overrides.configFile ? this.loader.load(this.overrides.configFile) : this.loader.forDirectory(dir);
    const key = loaded?.file ?? '';
    let config = this.cache.get(key);
    if (!config) {
      config = this.build(loaded);
      this.cache.set(key, config);
    }
    return config;
  }

  private build(loaded: LoadedConfig | undefined): EffectiveConfig {
    const content = loaded?.content ?? {};
    const o = this.overrides;
    const rules: RuleEntries = { ...(content.rules as RuleEntries | undefined), ...o.rules };
    const limits = content.limits ?? {};
    const profile = o.profile ?? content.profile;
    const year = o.year ?? content.year;
    return {
      configFile: loaded?.file,
      locale: o.locale ?? content.locale ?? 'zh-CN',
      settings: {
        ...(profile ? { profile } : {}),
        ...(content.templates ? { templates: content.templates } : {}),
        ...(year !== undefined ? { year } : {}),
      },
      rules,
      ignorePatterns: content.ignorePatterns ?? [],
      noInlineConfig: o.noInlineConfig ?? content.noInlineConfig ?? false,
      limits: {
        maxFileSize: o.maxFileSize ?? (limits.maxFileSize !== undefined ? parseSize(limits.maxFileSize)! : DEFAULT_LIMITS.maxFileSize),
        timeoutMs: o.timeoutMs ?? (limits.timeout !== undefined ? parseDuration(limits.timeout)! : DEFAULT_LIMITS.timeoutMs),
        maxMemoryMb: o.maxMemoryMb ?? limits.maxMemoryMb ?? DEFAULT_LIMITS.maxMemoryMb,
      },
    };
  }
}

/**
 * Check rule ids, severities and options against the registry (throws ConfigError naming the config file or
 * --rule), so a bad config stops the run before any file is linted.
 */
export function validateRules(config: EffectiveConfig, overrides: CliOverrides, rules: readonly Rule[]) {
  const fromFile = Object.fromEntries(Object.entries(config.rules).filter(([id]) => !overrides.rules || !(id in overrides.rules)));
  const check = (entries: RuleEntries, where: string) => {
    enableRules([...rules], entries, where);
    rejectUnknownOptions(entries, rules, where);
  };
  if (Object.keys(fromFile).length) check(fromFile, config.configFile ?? 'config');
  if (overrides.rules && Object.keys(overrides.rules).length) check(overrides.rules, '--rule');
}

/** Rule option schemas are plain z.object (unknown keys silently dropped); a typo in a config must not be. */
function rejectUnknownOptions(entries: RuleEntries, rules: readonly Rule[], where: string) {
  for (const [id, entry] of Object.entries(entries)) {
    const options = Array.isArray(entry) ? entry[1] : undefined;
    if (!options || typeof options !== 'object') continue;
    const shape = (rules.find((r) => r.meta.id === id)?.meta.options as { shape?: Record<string, unknown> } | undefined)?.shape;
    if (!shape) continue;
    const unknown = Object.keys(options).filter((key) => !(key in shape));
    if (unknown.length) {
      const known = Object.keys(shape);
      const keys = unknown.map((k) => `rules.${id}.${k}`).join(', ');
      throw new ConfigError(configText(
        `${where}：${keys}：未知的选项；可用：${known.length ? known.join(', ') : '（此规则没有选项）'}`,
        `${where}: ${keys}: unknown option; allowed: ${known.length ? known.join(', ') : '(this rule takes no options)'}`));
    }
  }
}

/** The folder ignore patterns of a config are relative to. */
export function configBaseDir(config: EffectiveConfig, cwd: string): string {
  return config.configFile ? dirname(config.configFile) : cwd;
}

/** Rules resolved to [severity, options] with defaults applied, for --print-config. */
export function resolvedRules(rules: readonly Rule[], entries: RuleEntries): Record<string, unknown> {
  const enabled = new Map(enableRules([...rules], entries).map((e) => [e.rule.meta.id, e]));
  const out: Record<string, unknown> = {};
  for (const rule of rules) {
    const e = enabled.get(rule.meta.id);
    out[rule.meta.id] = e ? [e.severity, e.options] : 'off';
  }
  return out;
}

/** Stable JSON (sorted keys) so equal configs hash equally. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Hash of everything in a config that changes lint results (not where the file was found). */
export function configHash(config: EffectiveConfig): string {
  const { locale, settings, rules, limits, noInlineConfig } = config;
  return createHash('sha256').update(stableStringify({ locale, settings, rules, limits, noInlineConfig })).digest('hex').slice(0, 32);
}
