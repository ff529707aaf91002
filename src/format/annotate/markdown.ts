// `reportlint annotate` for Markdown and plain text: a copy with each finding as an HTML comment on its own line
// right after the line it is about (the reader treats each line as a paragraph, as in text pasted from Word).
// Inside a fenced code block or a table, where a comment line would show as text or cut the table in two, the
// comments follow the block instead. HTML comments are invisible when the Markdown is rendered and stay with the
// text they are about when the file is edited; a sidecar file would drift from the text at the first edit.
import type { FileResult, LintMessage } from '../../engine/result.js';
import type { Locale } from '../../engine/rule.js';
import { decodeText } from '../../parse/decode.js';
import { reviewText, severityWord } from '../../i18n/review.js';

export function annotateMarkdown(bytes: Uint8Array, result: FileResult | LintMessage[], options: { locale: Locale }): Buffer {
  const messages = Array.isArray(result) ? result : result.messages;
  const text = decodeText(bytes).text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const endsWithNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (endsWithNewline) lines.pop();
  const after = new Map<number, string[]>();
  for (const m of messages) {
    const line = Math.min(Math.max(1, m.line), Math.max(1, lines.length));
    const at = blockEnd(lines, line);
    const comment = `<!-- ${safe(reviewText('markdownComment', options.locale, {
      severity: severityWord(m.severity, options.locale), rule: m.ruleId, line: m.line, message: m.message,
    }))} -->`;
    after.set(at, [...(after.get(at) ?? []), comment]);
  }
  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(l);
    out.push(...(after.get(i + 1) ?? []));
  });
  if (lines.length === 0) out.push(...(after.get(1) ?? []));
  return Buffer.from(out.join(eol) + (endsWithNewline || out.length > lines.length ? eol : ''), 'utf8');
}

/** No "--" (which may not occur inside an HTML comment) and no line breaks. */
function safe(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/-(?=-)/g, '-\u200b');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** The 1-based line after which comments about `line` go: the line itself, or the end of its fence or table. */
function blockEnd(lines: string[], line: number): number {
  let open: string | undefined;
  let openedAt = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]!);
    if (open === undefined) {
      if (m) {
        open = m[1]!;
        openedAt = i + 1;
      }
    } else if (m && m[1]![0] === open[0] && m[1]!.length >= open.length && lines[i]!.trim() === m[1]) {
      if (line >= openedAt && line <= i + 1) return i + 1;
      open = undefined;
    }
    if (i + 1 > line && open === undefined) break;
  }
  if (open !== undefined && line >= openedAt) return lines.length;
  if (!lines[line - 1]?.includes('|')) return line;
  let first = line, last = line;
  while (first > 1 && lines[first - 2]!.includes('|')) first--;
  while (last < lines.length && lines[last]!.includes('|')) last++;
  return lines.slice(first - 1, last).some((l) => DELIMITER_ROW.test(l) && l.includes('-')) ? last : line;
}
