// Places findings on the characters they are about. A finding points into the text rendering (line:column to
// endLine:endColumn, end exclusive); each view text maps its offsets to that rendering, so a character is covered when
// its rendering position lies in the finding's range. A zero-width range covers the one character at its start.
import type { LintMessage } from '../../engine/result.js';
import type { Severity } from '../../engine/rule.js';
import type { ViewText } from '../../tree/view.js';

export interface Span {
  start: number;
  end: number;
  /** Indices of the findings covering [start, end), in ascending order (empty: plain text). */
  findings: number[];
}

interface Range { index: number; from: number; to: number }

const key = (line: number, column: number) => line * 1_000_000 + column;

export function ranges(messages: readonly LintMessage[]): Range[] {
  return messages.map((m, index) => {
    const from = key(m.line, m.column);
    const end = key(m.endLine, m.endColumn);
    return { index, from, to: end > from ? end : from + 1 };
  });
}

/** Rendering position (as a key) of every character of a view text. */
function positions(view: ViewText): number[] {
  const seg = view.segments;
  const out = new Array<number>(view.text.length);
  let s = 0;
  for (let i = 0; i < view.text.length; i++) {
    while (s + 3 < seg.length && seg[s + 3]! <= i) s += 3;
    out[i] = key(seg[s + 1]!, seg[s + 2]! + (i - seg[s]!));
  }
  return out;
}

/** The text cut where the set of covering findings changes. */
export function spans(view: ViewText, all: readonly Range[]): Span[] {
  const text = view.text;
  if (text.length === 0) return [];
  const pos = positions(view);
  const first = pos[0]!, last = pos[pos.length - 1]!;
  const hits = all.filter((r) => r.from <= last && r.to > first && (r.from >= first || r.to > first));
  if (hits.length === 0) return [{ start: 0, end: text.length, findings: [] }];
  const out: Span[] = [];
  let current: Span | undefined;
  for (let i = 0; i < text.length; i++) {
    const p = pos[i]!;
    const covering = hits.filter((r) => r.from <= p && p < r.to).map((r) => r.index);
    if (current && same(current.findings, covering)) current.end = i + 1;
    else out.push((current = { start: i, end: i + 1, findings: covering }));
  }
  return out;
}

function same(a: number[], b: number[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worst(severities: Severity[]): Severity {
  return severities.reduce<Severity>((w, s) => (rank[s] < rank[w] ? s : w), 'info');
}

export function bySeverity(a: Severity, b: Severity) {
  return rank[a] - rank[b];
}
