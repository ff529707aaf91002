// --profile (and a config's `profile`) must name a template that exists: a built-in one or a custom template of
// that config. An unknown name stops the run before any file is linted (exit 2), never a finding in every file.
import type { Locale } from '../i18n/locale.js';
import type { EffectiveConfig } from '../config/schema.js';
import { ConfigError } from '../config/rule-settings.js';
import { builtinProfiles } from '../profiles/builtin.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { UsageError } from './usage.js';

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');

export function checkProfile(name: string, config: EffectiveConfig, locale: Locale, where: string): void {
  const entry = config.rules['required-sections'];
  const options = Array.isArray(entry) ? (entry[1] as { templates?: Record<string, unknown> } | undefined) : undefined;
  const custom = [...new Set([...Object.keys(config.settings.templates ?? {}), ...Object.keys(options?.templates ?? {})])];
  const known = [...custom, ...builtinProfiles.flatMap((p) => [p.id, ...p.aliases])];
  if (known.some((k) => normalize(k) === normalize(name))) return;
  const names = [...custom, ...builtinProfiles.map((p) => p.id)];
  const text = (l: Locale) => cliMessage('unknownProfile', l, { name, known: names.join(l === 'en' ? ', ' : '、') });
  if (where === '--profile') throw new UsageError(text(locale));
  throw new ConfigError({ 'zh-CN': `${where}：${text('zh-CN')}`, en: `${where}: ${text('en')}` });
}
