// Inline Markdown inside one source line: which characters are report text (emphasis marks, backticks, link
// targets, HTML tags and comments, escapes dropped) and the segments that map text offsets back to source columns.
import type { Segment } from '../model/types.js';

/** Columns (0-based, into the source line) of the characters that make up the text, with Markdown syntax dropped. */
export function textColumns(line: string, from: number, to: number): number[] {
  // allocated when a pattern can match: most lines have no inline syntax at all
  let drop: Uint8Array | undefined;
  let protect: Uint8Array | undefined;
  const slice = line.slice(0, to);
  // `need`: a character every match contains; most lines have none of them, so most patterns are skipped.
  const each = (need: string, re: RegExp, fn: (m: RegExpExecArray) => void) => {
    if (slice.indexOf(need, from) === -1) return;
    drop ??= new Uint8Array(line.length);
    protect ??= new Uint8Array(line.length);
    re.lastIndex = from; // matchAll starts where the pattern's lastIndex is
    for (const m of slice.matchAll(re)) {
      const span = m[0].length;
      let clear = true;
      for (let k = m.index; k < m.index + span; k++) if (protect![k] || drop![k]) { clear = false; break; }
      if (clear) fn(m);
    }
  };
  const dropRange = (a: number, b: number) => { for (let k = a; k < b; k++) drop![k] = 1; };

  // Inline code: keep the content verbatim, drop the backticks.
  each('`', /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => {
    const open = m[1]!.length;
    dropRange(m.index, m.index + open);
    dropRange(m.index + m[0].length - open, m.index + m[0].length);
    for (let k = m.index + open; k < m.index + m[0].length - open; k++) protect![k] = 1;
  });
  // HTML comments and tags inside a line ("<center>标题</center>", "<br>").
  each('<', /<!--[\s\S]*?-->/g, (m) => dropRange(m.index, m.index + m[0].length));
  each('<', /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g, (m) => dropRange(m.index, m.index + m[0].length));
  // Links and images: [text](url) → text.
  each('[', /(!?\[)([^\[\]]*)\]\(([^()\s]*(?:\s+"[^"]*")?)\)/g, (m) => {
    const openLen = m[1]!.length;
    dropRange(m.index, m.index + openLen);
    dropRange(m.index + openLen + m[2]!.length, m.index + m[0].length);
  });
  // Strong emphasis **x** and __x__ (a run of underscores such as "____年" is a fill-in blank, not emphasis).
  each('*', /\*\*(?=[^\s*])([^\n]*?[^\s*])\*\*/g, (m) => {
    dropRange(m.index, m.index + 2);
    dropRange(m.index + m[0].length - 2, m.index + m[0].length);
  });
  each('_', /(?<!_)__(?=[^\s_])([^_\n]*?[^\s_])__(?!_)/g, (m) => {
    dropRange(m.index, m.index + 2);
    dropRange(m.index + m[0].length - 2, m.index + m[0].length);
  });
  // Emphasis *x* (a "* " list marker has a space after it and is kept).
  each('*', /(?<![*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)/g, (m) => {
    dropRange(m.index, m.index + 1);
    dropRange(m.index + m[0].length - 1, m.index + m[0].length);
  });
  // Backslash escapes of ASCII punctuation.
  each('\\', /\\(?=[!-/:-@[-`{-~])/g, (m) => dropRange(m.index, m.index + 1));

  const cols: number[] = [];
  for (let k = from; k < to; k++) if (!drop?.[k]) cols.push(k);
  // Trim whitespace (incl. ideographic space) at both ends, and a trailing backslash hard break.
  const isSpace = (k: number) => /[\s\u3000\ufeff]/.test(line[k]!);
  let a = 0;
  let b = cols.length;
  while (a < b && isSpace(cols[a]!)) a++;
  while (b > a && isSpace(cols[b - 1]!)) b--;
  if (b > a && line[cols[b - 1]!] === '\\' && cols[b - 1] === line.length - 1) {
    b--; // hard line break
    while (b > a && isSpace(cols[b - 1]!)) b--;
  }
  return cols.slice(a, b);
}

export function textFromColumns(line: string, cols: number[], lineNo: number): { text: string; segments: Segment[] } {
  // one slice per run of consecutive columns (a segment), not one concatenation per character
  let text = '';
  const segments: Segment[] = [];
  let i = 0;
  while (i < cols.length) {
    const first = cols[i]!;
    let j = i + 1;
    while (j < cols.length && cols[j] === cols[j - 1]! + 1) j++;
    segments.push({ offset: text.length, line: lineNo, column: first + 1 });
    text += line.slice(first, cols[j - 1]! + 1);
    i = j;
  }
  return { text, segments };
}
