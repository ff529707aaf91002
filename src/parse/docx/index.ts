// The .docx reader: guarded package open → sidecar (numbering labels, gridBefore, losses) + marker injection →
// mammoth's document model (no HTML) → FlatDocument. Every failure is a ReadError with a specific cause.
import type { Directive, FlatDocument, ReaderNote } from '../../model/types.js';
import { parseDirectiveText } from '../../model/directives.js';
import { READ_ERRORS, ReadError, readError } from '../errors.js';
import type { ZipLimits } from '../zip.js';
import { classifyNonWord, openPackage, relationshipsPartOf } from './package.js';
import { emptyNumbering, readNumbering } from './numbering.js';
import { readStyles, withoutLatentStyles, type Styles } from './styles.js';
import { readMainPart, type LossCounts } from './sidecar.js';
import { Flattener, inlineText, type LineSource, type MDocument } from './flatten.js';
import { parseXml, NS } from './xml.js';
import { MammothParts } from './parts.js';
import { collectGarbage } from '../collect-garbage.js';
import { loadMammoth } from './load-mammoth.js';

/** A main part this long (UTF-16 units) leaves mammoth's DOM as garbage worth collecting at once (collect-garbage.ts). */
const COLLECT_AFTER_CHARS = 2_000_000;

interface MammothMessage {
  type: string;
  message: string;
}

export async function readDocx(bytes: Uint8Array, limits: ZipLimits): Promise<FlatDocument> {
  return (await readDocxDetailed(bytes, limits)).flat;
}

export type DocxStats = Flattener['stats'];

/** readDocx plus join statistics (paragraphs mapped to the sidecar, labels recovered). */
export async function readDocxDetailed(bytes: Uint8Array, limits: ZipLimits): Promise<{ flat: FlatDocument; stats: DocxStats; lineSources: (LineSource | undefined)[] }> {
  const pkg = openPackage(bytes, limits);
  const { zip, mainPart, related } = pkg;
  // What mammoth reads: the parts as text (decoded once, shared with our own passes), never re-zipped.
  const parts = new MammothParts();
  const take = (name: string | undefined) => {
    if (!name || !zip.has(name)) return undefined;
    const known = parts.get(name);
    if (known !== undefined) return known;
    const data = asUtf8(zip.read(name));
    parts.set(name, data);
    return data;
  };
  const takeText = (name: string | undefined) => {
    const data = take(name);
    if (data === undefined || typeof data === 'string') return data;
    const xml = new TextDecoder('utf-8').decode(data);
    parts.set(name!, xml);
    return xml;
  };

  take('[Content_Types].xml');
  // mammoth finds the main part only through _rels/.rels: give it one that names the part we resolved.
  parts.set('_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/${xmlAttr(mainPart)}"/></Relationships>`,
  );
  take(relationshipsPartOf(mainPart));
  let mainXml = takeText(mainPart);
  const stylesPath = related.get('styles');
  let stylesXml = takeText(stylesPath);
  expectRoot(stylesPath, stylesXml, 'styles');
  if (stylesXml !== undefined && stylesPath !== mainPart) {
    stylesXml = withoutLatentStyles(stylesXml);
    parts.set(stylesPath!, stylesXml);
  }
  const styles: Styles = stylesXml !== undefined ? readStyles(stylesPath!, stylesXml) : { byId: new Map() };
  // mammoth 1.13.0 crashes on a table style when a package has no styles part (its default Styles lacks the
  // table-style map): give it an empty one where it looks by default.
  if (stylesXml === undefined) parts.set('word/styles.xml', `<w:styles xmlns:w="${NS.w}"/>`);
  const numberingPath = related.get('numbering');
  const numberingXml = takeText(numberingPath);
  expectRoot(numberingPath, numberingXml, 'numbering');
  const numbering = numberingXml !== undefined ? readNumbering(numberingPath!, numberingXml) : emptyNumbering();
  for (const kind of ['footnotes', 'endnotes', 'comments']) {
    const path = related.get(kind);
    const xml = takeText(path);
    if (xml !== undefined) {
      parseXml(path!, xml, {});
      expectRoot(path, xml, kind);
      take(relationshipsPartOf(path!));
    }
  }

  const large = mainXml!.length >= COLLECT_AFTER_CHARS;
  const sidecar = readMainPart(mainPart, mainXml!, styles, numbering);
  mainXml = undefined;
  if (sidecar.root !== 'document') {
    const root = (sidecar.root ?? '').replace(/^~/, '');
    if (/^(workbook|presentation)$/.test(root)) throw classifyNonWord(zip, root === 'workbook' ? 'spreadsheetml' : 'presentationml');
    throw READ_ERRORS.noMainPart(`正文部件 ${mainPart} 不是 Word 文档内容（根元素为 ${root || '空'}）`,
      `the main part ${mainPart} is not Word document content (root element ${root || 'missing'})`);
  }
  if (!sidecar.hasBody) throw READ_ERRORS.noMainPart(`正文部件 ${mainPart} 中没有正文（w:body）`, `the main part ${mainPart} has no body (w:body)`);
  // The marked text goes to mammoth alone: no copy of the main part stays with us while it builds its model.
  const sharedWithAnotherRole = [...related.values()].includes(mainPart) || /^word\/(styles|numbering|footnotes|endnotes|comments)\.xml$/.test(mainPart);
  parts.set(mainPart, sidecar.markedXml, { readOnce: !sharedWithAnotherRole });
  sidecar.markedXml = '';

  // Loaded only now: damaged packages and bombs are refused above without paying for mammoth's start-up.
  const mammoth = await loadMammoth();
  let model: MDocument | undefined;
  let messages: MammothMessage[] = [];
  try {
    // `{ file }` (an opened zip: exists/read) is mammoth's own input form in lib/unzip.js, missing from its typings;
    // mammoth is pinned, and tests/robust reads the whole corpus through it.
    const result = await mammoth.convertToHtml({ file: parts } as unknown as { buffer: Buffer }, {
      transformDocument: (doc: MDocument) => {
        model = doc;
        return { ...doc, children: [] };
      },
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: false,
      // The HTML of an emptied document needs no style map: skip parsing mammoth's default one on every file.
      includeDefaultStyleMap: false,
      includeEmbeddedStyleMap: false,
    });
    messages = result.messages as MammothMessage[];
  } catch (e) {
    throw Object.defineProperty(translateMammothError(e, mainPart), 'cause', { value: e, enumerable: false });
  } finally {
    parts.clear();
  }
  if (!model) throw READ_ERRORS.noMainPart(`正文部件 ${mainPart} 无法读取`, `the main part ${mainPart} could not be read`);

  const flat = new Flattener(sidecar);
  flat.body(model);
  const readerNotes = [...lossNotes(sidecar.losses), ...messageNotes(messages)];
  const firstRevision = flat.blocks.find((b) => b.data['revision']);
  const revisionNote = readerNotes.find((n) => n.code === 'docx-tracked-changes');
  if (firstRevision && revisionNote) revisionNote.line = firstRevision.position.start.line;
  const directives = commentDirectives(model, flat.commentLines);
  if (large) {
    model = undefined;
    collectGarbage();
  }
  return { flat: { format: 'docx', lines: flat.lines, blocks: flat.blocks, readerNotes, directives }, stats: flat.stats, lineSources: flat.lineSources };
}

/** Word comments reading "reportlint-disable …" silence findings on the paragraphs they are anchored to. */
function commentDirectives(model: MDocument, lines: Map<string, { first: number; last: number }>): Directive[] {
  const directives: Directive[] = [];
  for (const comment of model.comments ?? []) {
    const where = comment.commentId === undefined ? undefined : lines.get(comment.commentId);
    if (!where) continue;
    const text = (comment.body ?? []).map(inlineText).join(' ');
    const directive = parseDirectiveText(text, where.first);
    if (!directive || !directive.kind.startsWith('disable')) continue;
    directives.push(directive.kind === 'disable-file' ? directive : { kind: 'disable-line', rules: directive.rules, line: where.first, endLine: where.last });
  }
  return directives;
}

/** XML parts may legally be UTF-16 (with a BOM); everything downstream expects UTF-8. */
function asUtf8(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return bytes;
  const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  return new TextEncoder().encode(text.replace(/^(<\?xml[^>]*?encoding=["'])utf-16(["'])/i, '$1UTF-8$2'));
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A part whose root element is not what its relationship says (a swapped or overwritten part) is damage. */
function expectRoot(part: string | undefined, xml: string | undefined, local: string): void {
  if (part === undefined || xml === undefined) return;
  const body = xml.replace(/^\uFEFF/, '').replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/, '');
  const m = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(body);
  if (m?.[1] !== local) {
    throw READ_ERRORS.brokenXml(part, undefined, `的内容不是预期的 ${local} 定义（根元素为 ${m?.[1] ?? '空'}）`,
      `does not hold the expected ${local} definitions (root element ${m?.[1] ?? 'missing'})`);
  }
}

function translateMammothError(e: unknown, mainPart: string): ReadError {
  if (e instanceof ReadError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/body element/i.test(message)) {
    return READ_ERRORS.noMainPart(`正文部件 ${mainPart} 中没有正文（w:body）`, `the main part ${mainPart} has no body (w:body)`);
  }
  if (/main document part/i.test(message)) {
    return READ_ERRORS.noMainPart(`找不到正文部件 ${mainPart}`, `the main document part ${mainPart} is missing`);
  }
  if (/xmldom|xml|entity|attribute|tag/i.test(message)) {
    return READ_ERRORS.brokenXml(mainPart, undefined, '的 XML 无法解析', 'cannot be parsed as XML');
  }
  return readError('unknown', `文档内容结构异常，无法读取（${mainPart}）。请用 Word 或 WPS 打开并重新保存为 .docx 后再提交。`,
    `The document's content is structured in a way that cannot be read (${mainPart}). Open it in Word or WPS, save it again as .docx and resubmit.`);
}

function lossNotes(l: LossCounts): ReaderNote[] {
  const notes: ReaderNote[] = [];
  const add = (code: string, zh: string, en: string) => notes.push({ code, message: { 'zh-CN': zh, en } });
  if (l.math) add('docx-math', `文档含 ${l.math} 处公式（Office 数学对象），公式内容无法读取，相关检查可能不完整。`,
    `The document has ${l.math} equation(s) (Office Math); their content cannot be read, so checks around them may be incomplete.`);
  if (l.fldSimple) add('docx-field', `文档含 ${l.fldSimple} 个简单域（如页码、日期、引用），其显示文字未读取。`,
    `The document has ${l.fldSimple} simple field(s) (page numbers, dates, references); their displayed text was not read.`);
  if (l.altChunk) add('docx-altchunk', `文档含 ${l.altChunk} 处嵌入的外部内容（altChunk，如粘贴的网页），其文字未读取。`,
    `The document has ${l.altChunk} embedded external chunk(s) (altChunk, e.g. pasted web content); their text was not read.`);
  if (l.subDoc) add('docx-subdoc', `文档含 ${l.subDoc} 个子文档链接，子文档内容未读取。`,
    `The document links ${l.subDoc} subdocument(s); their content was not read.`);
  if (l.ruby) add('docx-ruby', `文档含 ${l.ruby} 处拼音指南（ruby），其文字未读取。`, `The document has ${l.ruby} ruby (phonetic guide) element(s); their text was not read.`);
  if (l.lostTextBoxes) add('docx-textbox', `文档含 ${l.lostTextBoxes} 个文本框没有兼容内容，其中的文字未读取。`,
    `The document has ${l.lostTextBoxes} text box(es) without compatible content; their text was not read.`);
  if (l.insertions || l.deletions || l.moves) {
    add('docx-tracked-changes',
      `文档含未处理的修订（插入 ${l.insertions} 处、删除 ${l.deletions} 处、移动 ${l.moves} 处）；已按“全部接受修订”后的文字检查。定稿前请接受或拒绝全部修订。`,
      `The document has unresolved tracked changes (${l.insertions} insertion(s), ${l.deletions} deletion(s), ${l.moves} move(s)); it was checked as if all were accepted. Accept or reject all changes before finalizing.`);
  }
  return notes;
}

/** Only mammoth messages that mean lost text or structure; style-map noise and image warnings are dropped. */
function messageNotes(messages: MammothMessage[]): ReaderNote[] {
  const notes: ReaderNote[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    let code: string | undefined;
    let zh = '';
    let en = '';
    if (/non-cell element in table row/.test(m.message)) {
      code = 'docx-table-merge';
      zh = '表格中有非单元格内容（内容控件等），合并单元格可能识别不准确。';
      en = 'A table row holds non-cell content (content controls etc.); merged cells may be recognized inaccurately.';
    } else if (/ignored: w:(control|cr)\b/.test(m.message)) {
      code = 'docx-ignored-element';
      zh = '文档中有控件或回车符元素未读取，个别文字或换行可能缺失。';
      en = 'Controls or carriage-return elements were not read; a few characters or line breaks may be missing.';
    } else if (/w:sym/.test(m.message)) {
      code = 'docx-symbol';
      zh = '文档中有无法识别的符号字符（w:sym），已省略。';
      en = 'Unrecognized symbol characters (w:sym) were omitted.';
    }
    if (code && !seen.has(code)) {
      seen.add(code);
      notes.push({ code, message: { 'zh-CN': zh, en } });
    }
  }
  return notes;
}
