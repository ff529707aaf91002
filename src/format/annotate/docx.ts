// `reportlint annotate` for .docx: a copy of the package in which every finding is a Word comment (批注) anchored on
// the text it is about. Only the main part (comment ranges and references; runs split where a range starts or ends
// inside one), the comments part, and — when the document had no comments — the main part's relationships and
// [Content_Types].xml change; every other part keeps its bytes.
import type { FileResult, LintMessage } from '../../engine/result.js';
import type { Locale } from '../../engine/rule.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../parse/read.js';
import { openPackage, relationshipsPartOf } from '../../parse/docx/package.js';
import { xmlText } from '../xml.js';
import { commentText } from './comment-text.js';
import { locateParagraphs, type ParagraphRuns } from './docx-runs.js';
import { insertMarkers, type Marker } from './docx-markers.js';
import { rewriteZip } from './zip-write.js';
import type { LineSource } from '../../parse/docx/flatten.js';

type Sources = (LineSource | undefined)[];

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface AnnotateOptions {
  locale: Locale;
  /** Written as each comment's date (w:date); none when absent, so the output is reproducible. */
  date?: Date;
  author?: string;
  limits?: ReadLimits;
}

/** Where a comment starts and ends: a source paragraph (`__pN` index) and a character offset in its text. */
interface Anchor {
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
}

/** The annotated copy of `bytes` (a .docx) with one comment per message of `result`. Throws ReadError when unreadable. */
export async function annotateDocx(bytes: Uint8Array, result: FileResult | LintMessage[], options: AnnotateOptions): Promise<Buffer> {
  const messages = Array.isArray(result) ? result : result.messages;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { readDocxDetailed } = await import('../../parse/docx/index.js');
  const { flat, lineSources } = await readDocxDetailed(bytes, limits);
  const pkg = openPackage(bytes, limits);
  const { zip, mainPart } = pkg;
  const mainXml = decodeXml(zip.read(mainPart));
  const wanted = new Set(lineSources.flatMap((s) => (s ? [s.paragraph] : [])));
  const paragraphs = locateParagraphs(mainPart, mainXml, wanted);

  const commentsPath = pkg.related.get('comments');
  const commentsXml = commentsPath ? decodeXml(zip.read(commentsPath)) : undefined;
  let nextId = commentsXml ? maxCommentId(commentsXml) + 1 : 0;

  const markers: Marker[] = [];
  const comments: string[] = [];
  for (const m of messages) {
    const id = nextId++;
    const anchor = anchorOf(m, flat.lines, lineSources, paragraphs);
    if (anchor) {
      markers.push({ paragraph: anchor.start.paragraph, offset: anchor.start.offset, kind: 'start', id });
      markers.push({ paragraph: anchor.end.paragraph, offset: anchor.end.offset, kind: 'end', id });
    }
    comments.push(commentXml(id, m, options));
  }
  const newMain = insertMarkers(mainXml, paragraphs, markers);

  const replaced = new Map<string, Uint8Array>();
  const enc = (s: string) => new TextEncoder().encode(s);
  replaced.set(mainPart, enc(newMain));
  if (commentsPath && commentsXml !== undefined) {
    replaced.set(commentsPath, enc(appendComments(commentsXml, comments)));
  } else {
    const dir = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/') + 1) : '';
    let name = 'comments.xml';
    for (let i = 2; zip.has(dir + name); i++) name = `comments${i}.xml`;
    const part = dir + name;
    replaced.set(part, enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${comments.join('')}</w:comments>`));
    const relsPart = relationshipsPartOf(mainPart);
    const rels = zip.has(relsPart) ? decodeXml(zip.read(relsPart)) : undefined;
    replaced.set(relsPart, enc(addRelationship(rels, name)));
    replaced.set('[Content_Types].xml', enc(addOverride(decodeXml(zip.read('[Content_Types].xml')), `/${part}`)));
  }
  return rewriteZip(zip, replaced);
}

function anchorOf(m: LintMessage, lines: string[], sources: Sources, paragraphs: Map<number, ParagraphRuns>): Anchor | undefined {
  const at = (line: number) => {
    for (let l = Math.min(line, sources.length); l >= 1; l--) {
      const s = sources[l - 1];
      if (s && paragraphs.has(s.paragraph)) return { source: s, exact: l === line };
    }
    const first = sources.find((s) => s && paragraphs.has(s.paragraph));
    return first ? { source: first, exact: false } : undefined;
  };
  const start = at(m.line);
  if (!start) return undefined;
  const para = paragraphs.get(start.source.paragraph)!;
  const whole = (p: ParagraphRuns, n: number): Anchor => ({ start: { paragraph: n, offset: 0 }, end: { paragraph: n, offset: p.text.length } });
  if (!start.exact) return whole(para, start.source.paragraph);
  // The reader's text of this paragraph (label included, lines joined) against the runs' own text.
  const rendered = renderedParagraph(lines, sources, start.source.paragraph, m.line);
  const content = rendered.slice(start.source.labelLength);
  const toOffset = (source: { offset: number; labelLength: number }, column: number) => Math.max(0, source.offset + column - 1 - source.labelLength);
  if (content === para.text) {
    const a = Math.min(toOffset(start.source, m.column), para.text.length);
    const endAt = m.endLine >= m.line ? at(m.endLine) : undefined;
    let end = { paragraph: start.source.paragraph, offset: para.text.length };
    if (endAt?.exact && endAt.source.paragraph !== start.source.paragraph && endAt.source.paragraph > start.source.paragraph) {
      const p2 = paragraphs.get(endAt.source.paragraph)!;
      const o = Math.min(toOffset(endAt.source, m.endColumn), p2.text.length);
      end = o > 0 ? { paragraph: endAt.source.paragraph, offset: o } : end;
    } else if (endAt?.exact && endAt.source.paragraph === start.source.paragraph) {
      const o = Math.min(toOffset(endAt.source, m.endColumn), para.text.length);
      if (o > a) end = { paragraph: start.source.paragraph, offset: o };
    }
    if (end.paragraph === start.source.paragraph && end.offset <= a) return whole(para, start.source.paragraph);
    return { start: { paragraph: start.source.paragraph, offset: a }, end };
  }
  // The runs do not spell the reader's text (a merged paragraph, symbols): find the excerpt, else the paragraph.
  const excerpt = m.excerpt?.split('\n')[0]?.trim();
  const i = excerpt ? para.text.indexOf(excerpt) : -1;
  if (excerpt && i >= 0) return { start: { paragraph: start.source.paragraph, offset: i }, end: { paragraph: start.source.paragraph, offset: i + excerpt.length } };
  return whole(para, start.source.paragraph);
}

function renderedParagraph(lines: string[], sources: Sources, paragraph: number, line: number): string {
  let first = line;
  while (first > 1 && sources[first - 2]?.paragraph === paragraph) first--;
  let last = line;
  while (last < sources.length && sources[last]?.paragraph === paragraph) last++;
  return lines.slice(first - 1, last).join('\n');
}

function commentXml(id: number, m: LintMessage, options: AnnotateOptions): string {
  const author = xmlAttr(options.author ?? 'reportlint');
  const date = options.date ? ` w:date="${options.date.toISOString().replace(/\.\d{3}Z$/, 'Z')}"` : '';
  const paragraphs = commentText(m, options.locale).map((line, i) =>
    `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`);
  return `<w:comment w:id="${id}" w:author="${author}"${date} w:initials="RL">${paragraphs.join('')}</w:comment>`;
}

function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;');
}

function maxCommentId(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/<(?:\w+:)?comment\b[^>]*?\b(?:\w+:)?id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Our comments before the closing tag of an existing comments part (declaring w: when that part uses another prefix). */
function appendComments(xml: string, comments: string[]): string {
  const close = /<\/((?:[\w.-]+:)?)comments\s*>\s*$/.exec(xml);
  const root = /<((?:[\w.-]+:)?)comments\b[^>]*>/.exec(xml);
  if (!root) throw new Error('comments part without a comments root');
  const boundW = root[1] === 'w:' && new RegExp(`xmlns:w="${W}"`).test(root[0]);
  const body = boundW ? comments.join('') : comments.map((c) => c.replace(/^<w:comment /, `<w:comment xmlns:w="${W}" `)).join('');
  if (root[0].endsWith('/>')) return xml.replace(root[0], `${root[0].slice(0, -2)}>${body}</${root[1]}comments>`);
  if (!close) throw new Error('comments part without a closing tag');
  return xml.slice(0, close.index) + body + xml.slice(close.index);
}

function addRelationship(rels: string | undefined, target: string): string {
  const ids = new Set([...(rels ?? '').matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${COMMENTS_TYPE}" Target="${target}"/>`;
  if (!rels || !/<\/Relationships\s*>/.test(rels)) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
  }
  return rels.replace(/<\/Relationships\s*>(?![\s\S]*<\/Relationships)/, `${rel}</Relationships>`);
}

function addOverride(types: string, partName: string): string {
  const override = `<Override PartName="${partName}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`;
  return types.replace(/<\/Types\s*>(?![\s\S]*<\/Types)/, `${override}</Types>`);
}

/** Parts are UTF-8, or UTF-16 with a byte-order mark (then rewritten as UTF-8 with the declaration to match). */
function decodeXml(bytes: Uint8Array): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return new TextDecoder('utf-8').decode(bytes);
  const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  return text.replace(/^(<\?xml[^>]*?encoding=["'])utf-16(["'])/i, '$1UTF-8$2');
}
