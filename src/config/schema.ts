// The config file schema (.reportlintrc.json / .yaml / reportlint.config.json) and readable errors for it.
import { z } from 'zod';
import { customTemplateSchema } from '../profiles/custom.js';
import type { SharedSettings } from '../engine/rule.js';
import type { Locale } from '../i18n/locale.js';
import type { RuleEntries } from './rule-settings.js';
import { parseDuration, parseSize } from './units.js';

const severity = z.enum(['off', 'info', 'warning', 'error']);
const ruleEntry = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])]);
const size = z.union([z.number(), z.string()]).refine((v) => parseSize(v) !== undefined);
const duration = z.union([z.number(), z.string()]).refine((v) => parseDuration(v) !== undefined);

export const limitsSchema = z.strictObject({
  maxFileSize: size.optional(),
  timeout: duration.optional(),
  maxMemoryMb: z.number().int().min(64).optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  locale: z.enum(['zh-CN', 'en']).optional(),
  profile: z.string().min(1).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  templates: z.record(z.string().min(1), customTemplateSchema).optional(),
  rules: z.record(z.string(), ruleEntry).optional(),
  ignorePatterns: z.array(z.string()).optional(),
  limits: limitsSchema.optional(),
});

export type ConfigFileContent = z.infer<typeof configSchema>;

/** What each key accepts, for error messages (English is the config language, like the keys themselves). */
const allowed: Record<string, string> = {
  locale: '"zh-CN" or "en"',
  profile: 'a template profile name, e.g. "部门整体" or "项目支出"',
  year: 'the evaluated year of the reports, e.g. 2025 (batch-year)',
  templates: 'an object: template name → { match?, ordered?, sections: [{ name, synonyms?, patterns?, level?, optional?, signature? }] }',
  rules: 'an object: rule id → "off" | "info" | "warning" | "error" | [severity, {options}]',
  ignorePatterns: 'an array of gitignore-style patterns, e.g. ["drafts/**", "*.txt"]',
  limits: 'an object with maxFileSize (bytes or "20MB"), timeout (seconds or "30s"), maxMemoryMb (integer ≥ 64)',
  'limits.maxFileSize': 'a size in bytes or a string such as "20MB"',
  'limits.timeout': 'seconds or a string such as "30s" / "500ms"',
  'limits.maxMemoryMb': 'an integer ≥ 64 (megabytes of heap per worker)',
  rule: '"off" | "info" | "warning" | "error" | [severity, {options}]',
};
const topKeys = Object.keys(configSchema.shape).filter((k) => k !== '$schema');

/** One line per problem: `file: key: what is wrong; allowed: …`. */
export function describeConfigIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const where = path.length ? `${path.join('.')}.` : '';
      const keys = issue.keys.map((k) => `"${where}${k}"`).join(', ');
      const known = path.length === 0 ? topKeys : path[0] === 'limits' ? Object.keys(limitsSchema.shape) : [];
      return `${file}: unknown key ${keys}; allowed keys: ${known.join(', ')}`;
    }
    const key = path.join('.');
    const hint = path[0] === 'rules' && path.length >= 2 ? allowed.rule : allowed[key] ?? allowed[path[0] ?? ''];
    return `${file}: ${key || '(top level)'}: ${path.length === 0 ? 'must be an object' : 'invalid value'}${hint ? `; allowed: ${hint}` : ''}`;
  });
  return [...new Set(lines)].join('\n');
}

/** A config file after validation, with where it came from. */
export interface LoadedConfig {
  /** Absolute path of the file; undefined for the built-in defaults. */
  file?: string;
  content: ConfigFileContent;
}

/** The settings one file is linted with: config file + command-line overrides. */
export interface EffectiveConfig {
  configFile?: string;
  locale: Locale;
  settings: SharedSettings;
  rules: RuleEntries;
  ignorePatterns: string[];
  limits: { maxFileSize: number; timeoutMs: number; maxMemoryMb: number };
}
