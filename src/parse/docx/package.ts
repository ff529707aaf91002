// Open an OOXML package: find the main document part the way Word does (_rels/.rels → officeDocument, its content
// type from [Content_Types].xml), tell spreadsheets/presentations/other zips apart, and locate the parts mammoth reads.
import { READ_ERRORS, ReadError } from '../errors.js';
import { ZipArchive, type ZipLimits } from '../zip.js';
import { parseXml, NS } from './xml.js';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORD_MAIN = /wordprocessingml\.(document|template)\.main\+xml$|ms-word\.(document|template)\.macroEnabled(\.main)?\+xml$/i;

export interface DocxPackage {
  zip: ZipArchive;
  mainPart: string;
  /** Relationship targets of the main part by type name ("styles", "numbering", "footnotes", …), resolved paths. */
  related: Map<string, string>;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function readRelationships(zip: ZipArchive, part: string): Relationship[] {
  if (!zip.has(part)) return [];
  const rels: Relationship[] = [];
  parseXml(part, zip.readText(part), {
    open(el) {
      if (el.local === 'Relationship' && (el.uri === NS.rel || el.uri === '')) {
        rels.push({ type: el.attrs['Type'] ?? '', target: el.attrs['Target'] ?? '', external: el.attrs['TargetMode'] === 'External' });
      }
    },
  });
  return rels;
}

function contentTypes(zip: ZipArchive): { defaults: Map<string, string>; overrides: Map<string, string> } {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  parseXml('[Content_Types].xml', zip.readText('[Content_Types].xml'), {
    open(el) {
      if (el.local === 'Default') defaults.set((el.attrs['Extension'] ?? '').toLowerCase(), el.attrs['ContentType'] ?? '');
      else if (el.local === 'Override') overrides.set((el.attrs['PartName'] ?? '').replace(/^\//, ''), el.attrs['ContentType'] ?? '');
    },
  });
  return { defaults, overrides };
}

/** Resolve a relationship target relative to the directory of `base` ("word/document.xml"). */
export function resolveTarget(base: string, target: string): string {
  const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/')).split('/') : [];
  const parts = target.startsWith('/') ? [] : [...dir];
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return decodeURIComponentSafe(parts.join('/'));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function classifyNonWord(zip: ZipArchive, mainType: string | undefined): ReadError {
  const names = [...zip.entries.keys()];
  const type = mainType ?? '';
  if (/spreadsheetml|ms-excel/i.test(type) || names.some((n) => n.startsWith('xl/'))) return READ_ERRORS.spreadsheet();
  if (/presentationml|ms-powerpoint/i.test(type) || names.some((n) => n.startsWith('ppt/'))) return READ_ERRORS.presentation();
  if (zip.has('mimetype')) {
    const mime = new TextDecoder().decode(zip.read('mimetype')).trim();
    if (/opendocument\.text/.test(mime)) return READ_ERRORS.notWord('OpenDocument 文本 .odt，请在 WPS/Word 中另存为 .docx', 'an OpenDocument text (.odt); save it as .docx in Word or WPS');
    if (/opendocument/.test(mime)) return READ_ERRORS.notWord(`OpenDocument 文件：${mime}`, `an OpenDocument file: ${mime}`);
    if (/epub/.test(mime)) return READ_ERRORS.notWord('EPUB 电子书', 'an EPUB e-book');
  }
  if (/\.xps|fixedrepresentation/i.test(type) || names.some((n) => /^Documents\/\d+\/FixedDocument\.fdoc$/i.test(n))) {
    return READ_ERRORS.notWord('XPS 文档', 'an XPS document');
  }
  const sample = names.slice(0, 3).join(', ');
  return READ_ERRORS.notWord(`普通 ZIP 压缩包，其中没有 Word 正文部件；包含：${sample}`, `a plain ZIP archive with no Word document part; it holds: ${sample}`);
}

export function openPackage(bytes: Uint8Array, limits: ZipLimits): DocxPackage {
  const zip = new ZipArchive(bytes, limits);
  const packageRels = readRelationships(zip, '_rels/.rels');
  const officeDoc = packageRels.find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const ct = zip.has('[Content_Types].xml') ? contentTypes(zip) : undefined;
  let mainPart = officeDoc ? resolveTarget('', officeDoc.target) : 'word/document.xml';
  if (!zip.has(mainPart)) {
    // No usable officeDocument relationship: the part declared as the Word main part in [Content_Types].xml.
    const declared = ct && [...ct.overrides].find(([name, type]) => WORD_MAIN.test(type) && zip.has(name))?.[0];
    if (declared) mainPart = declared;
    else if (zip.has('word/document.xml')) mainPart = 'word/document.xml';
  }
  const mainType = ct && (ct.overrides.get(mainPart) ?? ct.defaults.get(mainPart.slice(mainPart.lastIndexOf('.') + 1).toLowerCase()));
  // A generic XML type (sloppy generators) is given the benefit of the doubt: the root element is checked later.
  const isWordType = mainType !== undefined && (WORD_MAIN.test(mainType) || /^(application|text)\/xml$/i.test(mainType.trim()));
  if (!zip.has(mainPart)) {
    if (officeDoc || mainType) {
      if (!isWordType && mainType !== undefined) throw classifyNonWord(zip, mainType);
      throw READ_ERRORS.noMainPart(`找不到正文部件 ${mainPart}`, `the main document part ${mainPart} is missing`);
    }
    throw classifyNonWord(zip, undefined);
  }
  if (mainType !== undefined && !isWordType) throw classifyNonWord(zip, mainType);
  if (mainType === undefined && !mainPart.startsWith('word/')) throw classifyNonWord(zip, undefined);

  const related = new Map<string, string>();
  for (const rel of readRelationships(zip, relationshipsPartOf(mainPart))) {
    if (rel.external) continue;
    const kind = rel.type.slice(rel.type.lastIndexOf('/') + 1);
    const path = resolveTarget(mainPart, rel.target);
    if (!related.has(kind) && zip.has(path)) related.set(kind, path);
  }
  // mammoth falls back to these fixed paths when a relationship is missing; so do we.
  for (const kind of ['styles', 'numbering', 'footnotes', 'endnotes', 'comments']) {
    if (!related.has(kind) && zip.has(`word/${kind}.xml`)) related.set(kind, `word/${kind}.xml`);
  }
  return { zip, mainPart, related };
}
