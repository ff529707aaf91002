// The runs of chosen source paragraphs of a main part, with the XML offsets needed to insert comment markers and to
// split a run: per paragraph its text as the runs spell it (w:t, w:tab, text-wrapping w:br, hyphens) and, per
// character, the run child it comes from. Paragraphs are counted exactly as the reader's sidecar counts them (every
// non-empty w:p outside property-change records), so the reader's `__pN` indices name the same paragraphs.
import { isW, parseXml, type XmlElement } from '../../parse/docx/xml.js';

export interface RunChild {
  start: number;
  end: number;
  /** 'text' children contribute `text`; 'rPr' is copied into every part of a split run; 'other' is kept as it is. */
  kind: 'text' | 'rPr' | 'other';
  text: string;
  /** A w:t (split by re-serialising), as opposed to a tab, break or hyphen (never split). */
  isT: boolean;
}

export interface Run {
  start: number;
  endOfStartTag: number;
  end: number;
  prefix: string;
  children: RunChild[];
}

export interface Atom {
  run: Run;
  child: number;
  /** Offset of the atom's first character in the paragraph text. */
  offset: number;
}

export interface ParagraphRuns {
  text: string;
  atoms: Atom[];
  /** Where markers go when the paragraph has no text runs: after w:pPr, and before the end tag. */
  contentStart: number;
  contentEnd: number;
  /** Prefix and namespace declaration for elements written into this paragraph. */
  prefix: string;
  decl: string;
}

const PR_CHANGE = new Set(['pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'numberingChange']);

interface OpenParagraph {
  index: number;
  runs?: ParagraphRuns;
}

export function locateParagraphs(part: string, xml: string, wanted: ReadonlySet<number>): Map<number, ParagraphRuns> {
  const found = new Map<number, ParagraphRuns>();
  const paras: OpenParagraph[] = [];
  const path: string[] = [];
  let count = 0;
  let prChange = 0;
  let run: Run | undefined;
  let runOwner: ParagraphRuns | undefined;
  let runDepth = -1;
  let tChild: RunChild | undefined;
  const tagStart = (el: XmlElement) => xml.lastIndexOf('<', el.endOfStartTag - 1);

  parseXml(part, xml, {
    open(el) {
      const parent = path[path.length - 1];
      if (!el.selfClosing) path.push(isW(el) ? el.local : `~${el.local}`);
      if (!isW(el)) return;
      if (PR_CHANGE.has(el.local)) {
        if (!el.selfClosing) prChange++;
        return;
      }
      if (prChange > 0) return;
      if (el.local === 'p' && !el.selfClosing) {
        const index = count++;
        const open: OpenParagraph = { index };
        // a paragraph inside a run (a text box) is not annotated itself: its comment goes to the enclosing text
        if (wanted.has(index) && !run) {
          const pre = el.prefix || 'w';
          open.runs = {
            text: '', atoms: [], contentStart: el.endOfStartTag, contentEnd: el.endOfStartTag,
            prefix: pre, decl: el.prefix ? '' : ` xmlns:w="${el.uri}"`,
          };
        }
        paras.push(open);
        return;
      }
      const owner = paras[paras.length - 1]?.runs;
      if (el.local === 'r' && !el.selfClosing && parent !== 'rPr') {
        if (owner) {
          run = { start: tagStart(el), endOfStartTag: el.endOfStartTag, end: -1, prefix: el.prefix, children: [] };
          runOwner = owner;
          runDepth = path.length;
        }
        return;
      }
      // direct children of the run being recorded
      if (run && path.length - (el.selfClosing ? 0 : 1) === runDepth) {
        const start = tagStart(el);
        const child: RunChild = { start, end: el.selfClosing ? el.endOfStartTag : -1, kind: 'other', text: '', isT: false };
        if (el.local === 'rPr') child.kind = 'rPr';
        else if (el.local === 't') {
          child.kind = 'text';
          child.isT = true;
          if (!el.selfClosing) tChild = child;
        } else if (el.local === 'tab') setText(child, '\t');
        else if (el.local === 'br') {
          const type = el.attrs['type'];
          if (type === undefined || type === 'textWrapping') setText(child, '\n');
        } else if (el.local === 'noBreakHyphen') setText(child, '\u2011');
        else if (el.local === 'softHyphen') setText(child, '\u00AD');
        run.children.push(child);
      }
    },
    text(t) {
      if (tChild) tChild.text += t;
    },
    close(el, end) {
      if (!el.selfClosing) path.pop();
      if (!isW(el)) return;
      if (PR_CHANGE.has(el.local)) {
        if (!el.selfClosing) prChange--;
        return;
      }
      if (prChange > 0) return;
      if (run && !el.selfClosing) {
        if (el.local === 't' && tChild && path.length === runDepth) {
          tChild.end = end;
          tChild = undefined;
          return;
        }
        if (path.length === runDepth) {
          const child = run.children[run.children.length - 1];
          if (child && child.end < 0) child.end = end;
          return;
        }
        if (el.local === 'r' && path.length === runDepth - 1) {
          run.end = end;
          for (const [i, c] of run.children.entries()) {
            if (c.kind === 'text' && c.text.length > 0) {
              runOwner!.atoms.push({ run, child: i, offset: runOwner!.text.length });
              runOwner!.text += c.text;
            }
          }
          run = undefined;
          runOwner = undefined;
          runDepth = -1;
          return;
        }
      }
      if (el.local === 'pPr') {
        const p = paras[paras.length - 1]?.runs;
        if (p && p.atoms.length === 0) p.contentStart = end;
      } else if (el.local === 'p' && !el.selfClosing) {
        const p = paras.pop();
        if (p?.runs) {
          p.runs.contentEnd = xml.lastIndexOf('<', end - 1);
          // the reader drops trailing line breaks and carriage returns
          p.runs.text = p.runs.text.replace(/\n+$/, '');
          found.set(p.index, p.runs);
        }
      }
    },
  });
  return found;
}

function setText(child: RunChild, text: string) {
  child.kind = 'text';
  child.text = text;
}
