// Applying inline suppression, as users know it from ESLint and markdownlint (parsing: model/directives.ts). In Markdown:
//   <!-- reportlint-disable [ids] -->  …  <!-- reportlint-enable [ids] -->
//   <!-- reportlint-disable-next-line [ids] -->   <!-- reportlint-disable-line [ids] -->   <!-- reportlint-disable-file [ids] -->
// In .docx, a Word comment whose text starts with "reportlint-disable [ids]" silences the paragraphs it covers.
// Ids are separated by spaces or commas; no ids means every rule. Text after " -- " is a free reason.
import type { Directive } from '../model/types.js';
import type { LintMessage } from './result.js';

const applies = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

/** Drop the findings the directives silence. `fatal` and `internal-error` findings are never silenced. */
export function applyDirectives(messages: LintMessage[], directives: readonly Directive[]): LintMessage[] {
  if (directives.length === 0) return messages;
  const ordered = [...directives].sort((a, b) => a.line - b.line);
  return messages.filter((m) => {
    if (m.ruleId === 'fatal' || m.ruleId === 'internal-error') return true;
    let disabled = false;
    for (const d of ordered) {
      if (!applies(d, m.ruleId)) continue;
      switch (d.kind) {
        case 'disable-file': return false;
        case 'disable-line': if (m.line >= d.line && m.line <= (d.endLine ?? d.line)) return false; break;
        case 'disable-next-line': if (m.line === d.line + 1) return false; break;
        case 'disable': if (d.line <= m.line) disabled = true; break;
        case 'enable': if (d.line <= m.line) disabled = false; break;
      }
    }
    return !disabled;
  });
}
