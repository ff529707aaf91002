// The config file schema (.reportlintrc.json / .yaml / reportlint.config.json) and readable errors for it.
import { z } from 'zod';
import { customTemplateSchema } from '../profiles/custom.js';
import type { SharedSettings } from '../engine/rule.js';
import type { Locale, Localized } from '../i18n/locale.js';
import type { RuleEntries, RulePlan } from './rule-settings.js';
import { MAX_FILE_SIZE, MAX_MEMORY_MB, MAX_TIMEOUT_MS, parseDuration, parseSize } from './units.js';

const severity = z.enum(['off', 'info', 'warning', 'error']);
const ruleEntry = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])]);
const size = z.union([z.number(), z.string()]).refine((v) => (parseSize(v) ?? Infinity) <= MAX_FILE_SIZE);
const duration = z.union([z.number(), z.string()]).refine((v) => { const ms = parseDuration(v); return ms !== undefined && ms >= 1 && ms <= MAX_TIMEOUT_MS; });

export const limitsSchema = z.strictObject({
  maxFileSize: size.optional(),
  timeout: duration.optional(),
  maxMemoryMb: z.number().int().min(64).max(MAX_MEMORY_MB).optional(),
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
  /** Ignore the reports' own disable directives (a reviewer's run); `--no-inline-config` on the command line. */
  noInlineConfig: z.boolean().optional(),
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
  noInlineConfig: 'true or false',
  limits: 'an object with maxFileSize (bytes or "20MB"), timeout (seconds or "30s"), maxMemoryMb (integer ≥ 64)',
  'limits.maxFileSize': 'a size in bytes or a string such as "20MB", at most 2GB',
  'limits.timeout': 'seconds or a string such as "30s" / "500ms", from 1ms to 24 days (596h)',
  'limits.maxMemoryMb': `an integer from 64 to ${MAX_MEMORY_MB} (megabytes of heap per worker)`,
  rule: '"off" | "info" | "warning" | "error" | [severity, {options}]',
};
const allowedZh: Record<string, string> = {
  locale: '"zh-CN" 或 "en"',
  profile: '报告模板名，如 "部门整体" 或 "项目支出"',
  templates: '对象：模板名 → { match?, ordered?, sections: [{ name, synonyms?, patterns?, level?, optional?, signature? }] }',
  rules: '对象：规则 ID → "off" | "info" | "warning" | "error" | [级别, {选项}]',
  ignorePatterns: 'gitignore 格式的模式数组，如 ["drafts/**", "*.txt"]',
  noInlineConfig: 'true 或 false',
  limits: '对象，可含 maxFileSize（字节数或 "20MB"）、timeout（秒数或 "30s"）、maxMemoryMb（不小于 64 的整数）',
  'limits.maxFileSize': '字节数或 "20MB" 这样的大小，最大 2GB',
  'limits.timeout': '秒数或 "30s"、"500ms" 这样的时长，范围 1 毫秒至 24 天（596h）',
  'limits.maxMemoryMb': `64 至 ${MAX_MEMORY_MB} 的整数（每个线程的堆内存 MB）`,
  rule: '"off" | "info" | "warning" | "error" | [级别, {选项}]',
};
const topKeys = Object.keys(configSchema.shape).filter((k) => k !== '$schema');

/** One line per problem: `file: key: what is wrong; allowed: …`, in both languages. */
export function describeConfigIssues(file: string, error: z.ZodError): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const where = path.length ? `${path.join('.')}.` : '';
      const keys = issue.keys.map((k) => `"${where}${k}"`).join(', ');
      const known = (path.length === 0 ? topKeys : path[0] === 'limits' ? Object.keys(limitsSchema.shape) : []).join(', ');
      zh.push(`${file}：未知的键 ${keys}；可用的键：${known}`);
      en.push(`${file}: unknown key ${keys}; allowed keys: ${known}`);
      continue;
    }
    const key = path.join('.');
    const pick = (table: Record<string, string>) => (path[0] === 'rules' && path.length >= 2 ? table.rule : table[key] ?? table[path[0] ?? '']);
    const hintZh = pick(allowedZh), hintEn = pick(allowed);
    zh.push(`${file}：${key || '（顶层）'}：${path.length === 0 ? '应为对象' : '取值无效'}${hintZh ? `；可用：${hintZh}` : ''}`);
    en.push(`${file}: ${key || '(top level)'}: ${path.length === 0 ? 'must be an object' : 'invalid value'}${hintEn ? `; allowed: ${hintEn}` : ''}`);
  }
  return { 'zh-CN': [...new Set(zh)].join('\n'), en: [...new Set(en)].join('\n') };
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
  /** Directives in the reports are reported but not honoured. */
  noInlineConfig: boolean;
  /** The rules named in `rules`, options parsed (set once validated; workers get it as is). */
  plan?: RulePlan;
}
