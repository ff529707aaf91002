// Comment markers into the main part: w:commentRangeStart before the first character of a range, w:commentRangeEnd
// and a run with w:commentReference after its last one. A marker that falls inside a run splits that run into one
// run per child (each with the run's own properties), a w:t split at the marker; runs elsewhere keep their bytes.
import { xmlText } from '../xml.js';
import type { Atom, ParagraphRuns, Run } from './docx-runs.js';

export interface Marker {
  paragraph: number;
  /** Character offset in the paragraph text: a start goes before this character, an end after the one before it. */
  offset: number;
  kind: 'start' | 'end';
  id: number;
}

interface Cut {
  child: number;
  at: number;
  markup: string;
  order: number;
}

export function insertMarkers(xml: string, paragraphs: Map<number, ParagraphRuns>, markers: Marker[]): string {
  const inserts: { pos: number; markup: string; order: number }[] = [];
  const splits = new Map<Run, Cut[]>();
  markers.forEach((m, order) => {
    const p = paragraphs.get(m.paragraph);
    if (!p) return;
    const markup = markerXml(m, p);
    const atom = findAtom(p.atoms, p.text.length, m);
    if (!atom) {
      inserts.push({ pos: m.kind === 'start' ? p.contentStart : p.contentEnd, markup, order });
      return;
    }
    const { run } = atom.atom;
    const child = atom.atom.child;
    const length = run.children[child]!.text.length;
    const content = run.children.map((c, i) => ({ c, i })).filter(({ c }) => c.kind !== 'rPr');
    if (atom.at === 0 && content[0]?.i === child) inserts.push({ pos: run.start, markup, order });
    else if (atom.at === length && content[content.length - 1]?.i === child) inserts.push({ pos: run.end, markup, order });
    else {
      const cuts = splits.get(run) ?? [];
      cuts.push({ child, at: atom.at, markup, order });
      splits.set(run, cuts);
    }
  });
  const edits: { start: number; end: number; text: string; order: number }[] = [
    ...inserts.map((i) => ({ start: i.pos, end: i.pos, text: i.markup, order: i.order })),
    ...[...splits].map(([run, cuts]) => ({ start: run.start, end: run.end, text: explode(xml, run, cuts), order: Number.MAX_SAFE_INTEGER })),
  ];
  // from the end backwards so earlier offsets stay valid; at one position the split run first, then the markers
  // in reverse (each goes in front of the ones placed before it)
  edits.sort((a, b) => b.start - a.start || b.order - a.order);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The atom a marker falls in and the character position inside it (0…length). */
function findAtom(atoms: Atom[], length: number, m: Marker): { atom: Atom; at: number } | undefined {
  if (atoms.length === 0) return undefined;
  const size = (a: Atom) => a.run.children[a.child]!.text.length;
  const o = Math.max(0, Math.min(m.offset, length));
  if (m.kind === 'start' && o < length) {
    const a = atoms.findLast((x) => x.offset <= o)!;
    return { atom: a, at: o - a.offset };
  }
  if (o === 0) return { atom: atoms[0]!, at: 0 };
  const a = atoms.findLast((x) => x.offset < o)!;
  return { atom: a, at: Math.min(o - a.offset, size(a)) };
}

function markerXml(m: Marker, p: ParagraphRuns): string {
  const w = p.prefix;
  if (m.kind === 'start') return `<${w}:commentRangeStart${p.decl} ${w}:id="${m.id}"/>`;
  return `<${w}:commentRangeEnd${p.decl} ${w}:id="${m.id}"/><${w}:r${p.decl}><${w}:commentReference ${w}:id="${m.id}"/></${w}:r>`;
}

/** The run as one run per child, markers between them (a w:t cut where a marker falls inside it). */
function explode(xml: string, run: Run, cuts: Cut[]): string {
  const open = xml.slice(run.start, run.endOfStartTag);
  const name = run.prefix ? `${run.prefix}:` : '';
  const rPr = run.children.filter((c) => c.kind === 'rPr').map((c) => xml.slice(c.start, c.end)).join('');
  const wrap = (inner: string) => `${open}${rPr}${inner}</${name}r>`;
  const parts: string[] = [];
  run.children.forEach((c, i) => {
    if (c.kind === 'rPr') return;
    const here = cuts.filter((x) => x.child === i).sort((a, b) => a.at - b.at || a.order - b.order);
    if (!here.length) {
      parts.push(wrap(xml.slice(c.start, c.end)));
      return;
    }
    let from = 0;
    for (const cut of here) {
      if (cut.at > from) parts.push(wrap(piece(c.isT ? c.text.slice(from, cut.at) : xml.slice(c.start, c.end), c.isT, name)));
      from = Math.max(from, cut.at);
      parts.push(cut.markup);
    }
    if (from < c.text.length || (!c.isT && from === 0)) parts.push(wrap(piece(c.isT ? c.text.slice(from) : xml.slice(c.start, c.end), c.isT, name)));
  });
  return parts.join('');
}

function piece(content: string, isT: boolean, name: string): string {
  return isT ? `<${name}t xml:space="preserve">${xmlText(content)}</${name}t>` : content;
}
