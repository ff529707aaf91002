// Paragraph styles from styles.xml: names, basedOn chains, numbering and outline level inherited through them
// (mammoth reads neither style-linked numPr nor outlineLvl).
import { parseXml, isW } from './xml.js';

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
}

export interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraphStyle?: string;
}

export function readStyles(part: string, xml: string): Styles {
  const styles: Styles = { byId: new Map() };
  let current: StyleDef | undefined;
  const path: string[] = [];
  parseXml(part, xml, {
    open(el) {
      if (!isW(el)) {
        if (!el.selfClosing) path.push('');
        return;
      }
      const parent = path[path.length - 1];
      if (el.local === 'style') {
        current = { id: el.attrs['styleId'] ?? '', type: el.attrs['type'] ?? 'paragraph' };
        styles.byId.set(current.id, current);
        if (current.type === 'paragraph' && /^(1|true|on)$/i.test(el.attrs['default'] ?? '')) styles.defaultParagraphStyle = current.id;
      } else if (current) {
        // attributes are read only for the few elements that matter (building them is most of the per-element cost)
        const val = () => el.attrs['val'];
        if (parent === 'style') {
          if (el.local === 'name') current.name = val();
          else if (el.local === 'basedOn') current.basedOn = val();
        } else if (parent === 'pPr' && path[path.length - 2] === 'style') {
          if (el.local === 'outlineLvl' && val() !== undefined) current.outlineLvl = Number.parseInt(val()!, 10);
        } else if (parent === 'numPr' && path[path.length - 2] === 'pPr' && path[path.length - 3] === 'style') {
          if (el.local === 'numId') current.numId = val();
          else if (el.local === 'ilvl' && val() !== undefined) current.ilvl = Number.parseInt(val()!, 10);
        }
      }
      if (!el.selfClosing) path.push(el.local);
    },
    close(el) {
      if (el.selfClosing) return;
      path.pop();
      if (isW(el) && el.local === 'style') current = undefined;
    },
  });
  return styles;
}

/** Walk a style and its basedOn ancestors (cycle-safe), nearest first. */
export function* styleChain(styles: Styles, styleId: string | undefined): Generator<StyleDef> {
  const seen = new Set<string>();
  let id = styleId ?? styles.defaultParagraphStyle;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const style = styles.byId.get(id);
    if (!style) return;
    yield style;
    id = style.basedOn;
  }
}

/** numId/ilvl a paragraph style carries (its own or inherited). */
export function styleNumbering(styles: Styles, styleId: string | undefined): { numId?: string; ilvl?: number } {
  let numId: string | undefined;
  let ilvl: number | undefined;
  for (const s of styleChain(styles, styleId)) {
    numId ??= s.numId;
    ilvl ??= s.ilvl;
  }
  return { numId, ilvl };
}

export function styleOutlineLevel(styles: Styles, styleId: string | undefined): number | undefined {
  for (const s of styleChain(styles, styleId)) if (s.outlineLvl !== undefined) return s.outlineLvl;
  return undefined;
}

const XML_SPACE = '[ \\t\\r\\n]';
const ATTR_VALUE = '"[^"<&>\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uD800-\\uDFFF\\uFFFE\\uFFFF]*"';
/** An attribute list with no name twice (XML forbids duplicates; the parser would report them). */
const ATTRS = `(?![^>]*${XML_SPACE}(w:[A-Za-z]+)=[^>]*${XML_SPACE}\\1=)(?:${XML_SPACE}+w:[A-Za-z]+=${ATTR_VALUE})*${XML_SPACE}*`;
const LATENT_STYLES = new RegExp(
  `<w:latentStyles${ATTRS}>(?:${XML_SPACE}*<w:lsdException${ATTRS}/>)*${XML_SPACE}*</w:latentStyles${XML_SPACE}*>`, 'y');

/**
 * styles.xml without its <w:latentStyles> block (often ~45 % of the part; neither we nor mammoth read it), replaced
 * by its line breaks so XML error lines stay the same. Cut only when the block is plainly well-formed (double-quoted
 * w: attributes, self-closing w:lsdException children): anything unusual is left for the parser to judge.
 */
export function withoutLatentStyles(xml: string): string {
  const start = xml.indexOf('<w:latentStyles');
  if (start < 0) return xml;
  LATENT_STYLES.lastIndex = start;
  if (!LATENT_STYLES.test(xml)) return xml;
  const end = LATENT_STYLES.lastIndex;
  return xml.slice(0, start) + xml.slice(start, end).replace(/[^\r\n]+/g, '') + xml.slice(end);
}
