// The quantity module: every figure of a document with its unit, label and place, computed once per document.
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { extractQuantities } from './extract.js';
import type { PlacedQuantity, Quantity } from './types.js';

export interface DocumentQuantities {
  /** Figures per text node (headings, paragraphs, table cells), in order of their offsets. */
  byNode: Map<TextNode, Quantity[]>;
  /** All figures in reading order. */
  all: PlacedQuantity<TextNode>[];
}

export function quantities(doc: LintDocument): DocumentQuantities {
  return doc.memo('quantity:quantities', () => {
    const byNode = new Map<TextNode, Quantity[]>();
    const all: PlacedQuantity<TextNode>[] = [];
    doc.textNodes().forEach((node, order) => {
      const found = extractQuantities(node.text);
      byNode.set(node, found);
      for (const q of found) all.push({ node, q, order });
    });
    return { byNode, all };
  });
}

export { extractQuantities, normalizeDigits } from './extract.js';
export { agreement, ratioAgreement, leastPrecise, fixed } from './tolerance.js';
export { sameDimension } from './units.js';
export type { Quantity, PlacedQuantity, UnitKind, Comparator } from './types.js';
