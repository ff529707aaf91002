// Inline suppression directives as written in a report, read by the parsers (Markdown comments, Word comments):
//   <!-- reportlint-disable [ids] -->  …  <!-- reportlint-enable [ids] -->
//   <!-- reportlint-disable-next-line [ids] -->   <!-- reportlint-disable-line [ids] -->   <!-- reportlint-disable-file [ids] -->
// Ids are separated by spaces or commas; no ids means every rule. Text after " -- " is a free reason.
import type { Directive } from './types.js';

const KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;
const DIRECTIVE = /^reportlint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*)$/;

/** Parse the text of one directive ("reportlint-disable a, b -- reason"); undefined when it is none. */
export function parseDirectiveText(text: string, line: number): Directive | undefined {
  const match = DIRECTIVE.exec(text.trim());
  if (!match) return undefined;
  const kind = match[1] as (typeof KINDS)[number];
  const ids = match[2]!.split(/\s--\s|\s--$/)[0]!.split(/[\s,，]+/).filter(Boolean);
  return { kind, rules: ids, line };
}

/** Directives written as HTML comments in Markdown source lines. */
export function markdownDirectives(lines: readonly string[]): Directive[] {
  const directives: Directive[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/<!--\s*(reportlint-[^]*?)\s*-->/g)) {
      const directive = parseDirectiveText(match[1]!, index + 1);
      if (directive) directives.push(directive);
    }
  });
  return directives;
}
