// Parsing of option values given on the command line. Each problem is a UsageError (exit 2) naming the option, the
// value and what is allowed.
import type { Locale } from '../i18n/locale.js';
import type { RuleEntries } from '../config/rule-settings.js';
import { MAX_FILE_SIZE, MAX_MEMORY_MB, MAX_TIMEOUT_MS, parseDuration, parseSize } from '../config/units.js';
import type { Concurrency } from '../batch/run.js';
import { cliMessage } from '../i18n/cli-messages.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function bad(locale: Locale, option: string, value: string, allowed: string): never {
  throw new UsageError(cliMessage('badOption', locale, { option, value, allowed }));
}

export function parseLocale(value: string | undefined, ui: Locale): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'zh-CN' || value === 'en') return value;
  const lower = value.toLowerCase();
  if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh_cn') return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return bad(ui, '--locale', value, 'zh-CN | en');
}

export function parseConcurrency(value: string | undefined, ui: Locale): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 256) return Number(value);
  return bad(ui, '--concurrency', value, ui === 'en' ? 'auto | off | a number of threads (1–256)' : 'auto | off | 线程数（1–256）');
}

export function parseMaxWarnings(value: string | undefined, ui: Locale): number | undefined {
  if (value === undefined) return undefined;
  if (/^-?\d+$/.test(value) && Number(value) >= -1) return Number(value);
  return bad(ui, '--max-warnings', value, ui === 'en' ? 'a whole number ≥ 0 (-1 = no limit)' : '不小于 0 的整数（-1 表示不限）');
}

export function parseYear(value: string | undefined, ui: Locale): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}$/.test(value) && Number(value) >= 1990 && Number(value) <= 2100) return Number(value);
  return bad(ui, '--year', value, ui === 'en' ? 'a year such as 2025' : '四位年份，如 2025');
}

export function parseSizeOption(value: string | undefined, ui: Locale): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseSize(value);
  if (bytes !== undefined && bytes <= MAX_FILE_SIZE) return bytes;
  return bad(ui, '--max-file-size', value, ui === 'en' ? 'bytes or a size such as 20MB, 512k, at most 2GB' : '字节数或带单位的大小，如 20MB、512k，最大 2GB');
}

export function parseTimeout(value: string | undefined, ui: Locale): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms !== undefined && ms >= 1 && ms <= MAX_TIMEOUT_MS) return ms;
  return bad(ui, '--timeout', value, ui === 'en'
    ? 'seconds or a duration such as 30s, 500ms, from 1ms to 24 days (596h)'
    : '秒数或带单位的时长，如 30s、500ms，范围 1 毫秒至 24 天（596 小时）');
}

export function parseMemory(value: string | undefined, ui: Locale): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value) && Number(value) >= 64 && Number(value) <= MAX_MEMORY_MB) return Number(value);
  return bad(ui, '--max-memory', value, ui === 'en' ? `megabytes, from 64 to ${MAX_MEMORY_MB}` : `兆字节数，64 至 ${MAX_MEMORY_MB}`);
}

/** Colours: --color / --no-color, else FORCE_COLOR (0 or false = off, anything else = on), NO_COLOR, a terminal. */
export function useColor(flag: boolean | undefined, tty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !/^(0|false|no|off)$/i.test(force.trim());
  if (env.NO_COLOR) return false;
  return tty;
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];

/** `--rule id:severity` or `--rule 'id:["warning",{"threshold":2}]'`. */
export function parseRuleOptions(values: readonly string[], ui: Locale): RuleEntries {
  const entries: RuleEntries = {};
  for (const value of values) {
    const colon = value.indexOf(':');
    const id = colon > 0 ? value.slice(0, colon).trim() : '';
    const setting = colon > 0 ? value.slice(colon + 1).trim() : '';
    if (!id || !setting) bad(ui, '--rule', value, ui === 'en' ? 'rule-id:severity, severity = off | info | warning | error' : '规则ID:级别，级别为 off | info | warning | error');
    if (SEVERITIES.includes(setting)) {
      entries[id] = setting as RuleEntries[string];
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(setting);
    } catch {
      parsed = undefined;
    }
    if (Array.isArray(parsed) && SEVERITIES.includes(parsed[0]) && parsed.length <= 2) entries[id] = parsed as RuleEntries[string];
    else bad(ui, '--rule', value, ui === 'en' ? 'rule-id:severity or rule-id:["severity",{options}]' : '规则ID:级别 或 规则ID:["级别",{选项}]');
  }
  return entries;
}

export interface FormatRequest {
  name: string;
  /** Write this format to a file instead of standard output. */
  file?: string;
}

/**
 * `--format name[:file]`, repeatable, and `-o file`: -o takes the one format without a file of its own; two such
 * formats with -o would be written into one file, so that is a usage error (nothing is silently dropped or mixed).
 */
export function parseFormats(values: readonly string[], known: readonly string[], ui: Locale, outputFile?: string): FormatRequest[] {
  const requests: FormatRequest[] = (values.length ? values : ['stylish']).map((value) => {
    const colon = value.indexOf(':');
    const name = (colon > 0 ? value.slice(0, colon) : value).trim();
    const file = colon > 0 ? value.slice(colon + 1).trim() : undefined;
    if (!known.includes(name)) throw new UsageError(cliMessage('unknownFormat', ui, { name, known: known.join(', ') }));
    return file ? { name, file } : { name };
  });
  if (outputFile !== undefined) {
    const bare = requests.filter((r) => r.file === undefined);
    if (bare.length > 1) throw new UsageError(cliMessage('formatsNeedFiles', ui, { names: bare.map((r) => r.name).join(', '), file: outputFile }));
    for (const r of bare) r.file = outputFile;
  }
  return requests;
}
