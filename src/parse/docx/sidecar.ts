// One streaming pass over the main document part: per source <w:p> its style, outline level, automatic numbering
// label and table-row gridBefore; per document the constructs mammoth loses text on. It also returns the part with a
// `__pN` bookmark injected into every paragraph so mammoth's paragraphs can be joined back to this data, and without
// what mammoth never reads (lean.ts), so its DOM of a large part costs less than that of the part as it is.
import { parseXml, isW, NS, type XmlElement } from './xml.js';
import { NumberingCounter, type AutoLabel, type NumberingDefs } from './numbering.js';
import { styleNumbering, styleOutlineLevel, type Styles } from './styles.js';
import { attributesUnread, leanStartTag, unreadByMammoth } from './lean.js';

export const MARKER_PREFIX = '__p';

export interface RowInfo {
  gridBefore: number;
}

export interface ParagraphInfo {
  styleId?: string;
  outlineLvl?: number;
  label?: AutoLabel;
  /** The innermost table row the paragraph sits in. */
  row?: RowInfo;
  /** Inside a text box (w:txbxContent). */
  inTextBox?: boolean;
  /** Holds unaccepted tracked changes (w:ins / w:del / moves). */
  hasRevision?: boolean;
}

export interface LossCounts {
  math: number;
  fldSimple: number;
  altChunk: number;
  subDoc: number;
  ruby: number;
  lostTextBoxes: number;
  insertions: number;
  deletions: number;
  moves: number;
}

export interface Sidecar {
  paragraphs: ParagraphInfo[];
  losses: LossCounts;
  /** The main part with markers injected and what mammoth does not read left out. */
  markedXml: string;
  /** Local name of the root element ("document" for a Word main part; "~name" outside the Word namespace) and
   * whether it has a w:body child. */
  root?: string;
  hasBody: boolean;
}

interface OpenParagraph {
  index: number;
  info: ParagraphInfo;
  numId?: string;
  ilvl?: number;
  resolved: boolean;
  /** The innermost mc:AlternateContent and which branch the paragraph is in. */
  alternate?: AlternateContent;
  branch?: 'choice' | 'fallback';
}

interface AlternateContent {
  hasFallback: boolean;
  textBoxesInChoice: number;
  /** Labels of the numbered paragraphs Word shows (mc:Choice), reused for their copies in mc:Fallback. */
  choiceLabels: (AutoLabel | undefined)[];
  fallbackIndex: number;
  branch?: 'choice' | 'fallback';
}

const PR_CHANGE = new Set(['pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'numberingChange']);

export function readMainPart(part: string, xml: string, styles: Styles, numbering: NumberingDefs): Sidecar {
  const counter = new NumberingCounter(numbering, (styleId) => styles.byId.get(styleId)?.numId);
  const paragraphs: ParagraphInfo[] = [];
  const losses: LossCounts = { math: 0, fldSimple: 0, altChunk: 0, subDoc: 0, ruby: 0, lostTextBoxes: 0, insertions: 0, deletions: 0, moves: 0 };
  const pieces: string[] = [];
  let copied = 0;
  const openParas: OpenParagraph[] = [];
  const rows: RowInfo[] = [];
  const path: string[] = [];
  const alternates: AlternateContent[] = [];
  let fallbackDepth = 0;
  let choiceDepth = 0;
  let prChangeDepth = 0;
  let mathDepth = 0;
  let unwrappedFields = 0;
  let textBoxDepth = 0;
  let root: string | undefined;
  let hasBody = false;
  /** The element whose subtree is being left out of the copy (closed: copying resumes after it). */
  let dropping: XmlElement | undefined;
  const startOf = (el: XmlElement) => xml.lastIndexOf('<', el.endOfStartTag - 1);

  const resolve = (p: OpenParagraph) => {
    if (p.resolved) return;
    p.resolved = true;
    const fromStyle = styleNumbering(styles, p.info.styleId);
    let numId = p.numId ?? fromStyle.numId;
    let ilvl = p.ilvl ?? fromStyle.ilvl;
    if (numId === undefined && p.info.styleId) {
      // Some producers link a style to a list only through w:lvl/w:pStyle (the back-link mammoth also reads).
      const linked = counter.numForLinkedStyle(p.info.styleId);
      if (linked) {
        numId = linked.numId;
        ilvl ??= linked.ilvl;
      }
    }
    p.info.outlineLvl ??= styleOutlineLevel(styles, p.info.styleId);
    if (numId === undefined || numId === '0') return;
    // mammoth reads mc:Fallback, Word shows mc:Choice: count the Choice paragraphs and give their labels, in order,
    // to the Fallback copies instead of counting the same list items twice.
    const ac = p.alternate;
    if (ac && p.branch === 'fallback' && ac.choiceLabels.length > 0) {
      p.info.label = ac.choiceLabels[ac.fallbackIndex++];
      return;
    }
    p.info.label = counter.next(numId, ilvl ?? 0);
    if (ac && p.branch === 'choice') ac.choiceLabels.push(p.info.label);
  };

  parseXml(part, xml, {
    open(el: XmlElement) {
      const parent = path[path.length - 1];
      if (path.length === 0) root ??= isW(el) ? el.local : `~${el.local}`;
      else if (path.length === 1 && isW(el) && el.local === 'body') hasBody = true;
      if (!dropping) {
        if (unreadByMammoth(path, el.local, isW(el))) {
          const start = startOf(el);
          if (start >= copied) {
            pieces.push(xml.slice(copied, start));
            copied = start;
            dropping = el;
          }
        } else if (isW(el) && el.local !== 'p' && attributesUnread(el.local)) {
          const start = startOf(el);
          if (start >= copied) {
            pieces.push(xml.slice(copied, start), leanStartTag(xml.slice(start, el.endOfStartTag)));
            copied = el.endOfStartTag;
          }
        }
      }
      if (!el.selfClosing) path.push(isW(el) ? el.local : `${el.uri}|${el.local}`);
      if (el.uri === NS.mc) {
        const ac = alternates[alternates.length - 1];
        if (el.local === 'AlternateContent') alternates.push({ hasFallback: false, textBoxesInChoice: 0, choiceLabels: [], fallbackIndex: 0 });
        else if (el.local === 'Fallback') {
          fallbackDepth++;
          if (ac) {
            ac.hasFallback = true;
            ac.branch = 'fallback';
          }
        } else if (el.local === 'Choice') {
          choiceDepth++;
          if (ac) ac.branch = 'choice';
        }
        return;
      }
      if (el.uri === NS.m) {
        if ((el.local === 'oMath' || el.local === 'oMathPara') && mathDepth === 0) losses.math++;
        if (!el.selfClosing && (el.local === 'oMath' || el.local === 'oMathPara')) mathDepth++;
        return;
      }
      if (el.uri === NS.wps && el.local === 'txbx') {
        const ac = alternates[alternates.length - 1];
        if (ac && choiceDepth > 0) ac.textBoxesInChoice++;
        else if (fallbackDepth === 0) losses.lostTextBoxes++;
        return;
      }
      if (!isW(el)) return;
      if (PR_CHANGE.has(el.local)) {
        if (!el.selfClosing) prChangeDepth++;
        return;
      }
      if (prChangeDepth > 0) return;
      switch (el.local) {
        case 'p': {
          if (el.selfClosing) return;
          const index = paragraphs.length;
          const info: ParagraphInfo = { row: rows[rows.length - 1] };
          if (textBoxDepth > 0) info.inTextBox = true;
          paragraphs.push(info);
          const alternate = alternates[alternates.length - 1];
          openParas.push({ index, info, resolved: false, alternate, branch: alternate?.branch });
          if (dropping) return;
          const start = startOf(el);
          if (start >= copied) pieces.push(xml.slice(copied, start), leanStartTag(xml.slice(start, el.endOfStartTag)));
          else pieces.push(xml.slice(copied, el.endOfStartTag));
          // Reuse the paragraph's own prefix when it is bound to the transitional namespace; else declare one.
          const pre = el.prefix && el.uri === NS.w ? el.prefix : 'w';
          const decl = pre === el.prefix ? '' : ` xmlns:w="${NS.w}"`;
          // (no w:id: mammoth reads a bookmark's name only, and every attribute is a node in its DOM)
          pieces.push(`<${pre}:bookmarkStart${decl} ${pre}:name="${MARKER_PREFIX}${index}"/>`);
          copied = el.endOfStartTag;
          return;
        }
        case 'pStyle':
        case 'outlineLvl':
        case 'ilvl':
        case 'numId': {
          const p = openParas[openParas.length - 1];
          if (!p || p.resolved) return;
          const inPPr = parent === 'pPr' || (parent === 'numPr' && path[path.length - (el.selfClosing ? 2 : 3)] === 'pPr');
          if (!inPPr) return;
          const val = el.attrs['val'];
          if (el.local === 'pStyle') p.info.styleId = val;
          else if (el.local === 'outlineLvl' && val !== undefined) p.info.outlineLvl = Number.parseInt(val, 10);
          else if (el.local === 'ilvl' && val !== undefined) p.ilvl = Number.parseInt(val, 10);
          else if (el.local === 'numId') p.numId = val;
          return;
        }
        case 'tr':
          if (!el.selfClosing) rows.push({ gridBefore: 0 });
          return;
        case 'gridBefore':
          if (parent === 'trPr' && rows.length) rows[rows.length - 1]!.gridBefore = Number.parseInt(el.attrs['val'] ?? '0', 10) || 0;
          return;
        case 'fldSimple':
          // mammoth drops w:fldSimple with its result text ("页码：7" → "页码："). Unwrap it so the runs inside
          // (the result Word shows) are read like the result of a complex field.
          if (!el.selfClosing && !dropping) {
            const start = startOf(el);
            if (start >= copied) {
              pieces.push(xml.slice(copied, start));
              copied = el.endOfStartTag;
              unwrappedFields++;
            } else losses.fldSimple++;
          }
          return;
        case 'altChunk': losses.altChunk++; return;
        case 'subDoc': losses.subDoc++; return;
        case 'ruby': losses.ruby++; return;
        case 'txbxContent':
          if (!el.selfClosing) textBoxDepth++;
          return;
        case 'ins':
        case 'del':
        case 'moveFrom':
        case 'moveTo': {
          if (el.local === 'ins') losses.insertions++;
          else if (el.local === 'del') losses.deletions++;
          else losses.moves++;
          const p = openParas[openParas.length - 1];
          if (p) p.info.hasRevision = true;
          return;
        }
        default: {
          // The first child after w:pPr means the paragraph's properties are complete.
          const p = openParas[openParas.length - 1];
          if (p && !p.resolved && parent === 'p' && el.local !== 'pPr') resolve(p);
        }
      }
    },
    close(el: XmlElement, end: number) {
      if (!el.selfClosing) path.pop();
      if (el === dropping) {
        copied = end;
        dropping = undefined;
      }
      if (isW(el) && el.local === 'fldSimple' && !el.selfClosing && prChangeDepth === 0 && unwrappedFields > 0 && !dropping) {
        const start = xml.lastIndexOf('<', end - 1);
        if (start >= copied) {
          pieces.push(xml.slice(copied, start));
          copied = end;
          unwrappedFields--;
        }
      }
      if (el.uri === NS.mc) {
        closeMc(el);
        return;
      }
      if (el.uri === NS.m) {
        if (!el.selfClosing && (el.local === 'oMath' || el.local === 'oMathPara')) mathDepth--;
        return;
      }
      if (!isW(el)) return;
      if (PR_CHANGE.has(el.local)) {
        if (!el.selfClosing) prChangeDepth--;
        return;
      }
      if (prChangeDepth > 0) return;
      if (el.local === 'pPr') {
        const p = openParas[openParas.length - 1];
        if (p && path[path.length - 1] === 'p') resolve(p);
      } else if (el.local === 'p' && !el.selfClosing) {
        const p = openParas.pop();
        if (p) resolve(p);
      } else if (el.local === 'tr' && !el.selfClosing) {
        rows.pop();
      } else if (el.local === 'txbxContent' && !el.selfClosing) {
        textBoxDepth--;
      }
    },
  });

  function closeMc(el: XmlElement) {
    if (el.local === 'AlternateContent') {
      const ac = alternates.pop();
      if (ac && !ac.hasFallback) losses.lostTextBoxes += ac.textBoxesInChoice;
    } else if (el.local === 'Fallback' || el.local === 'Choice') {
      if (el.local === 'Fallback') fallbackDepth--;
      else choiceDepth--;
      const ac = alternates[alternates.length - 1];
      if (ac) ac.branch = undefined;
    }
  }

  pieces.push(xml.slice(copied));
  return { paragraphs, losses, markedXml: pieces.join(''), root, hasBody };
}
