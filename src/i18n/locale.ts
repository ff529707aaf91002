// The two interface languages and the one way to fill a message template; every catalogue builds on these.
export type Locale = 'zh-CN' | 'en';
export type Localized = Record<Locale, string>;

/** Replace {name} placeholders. Unknown names are left as they are so a missing datum is visible in tests. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
