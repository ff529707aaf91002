// Streaming XML over one package part with saxes: no DTD loading, no entity expansion, no network. Namespace
// prefixes are resolved by hand (producers use w:, ns0: or a default namespace) so a stray undeclared prefix does not
// fail the document the way a strict namespace-aware parser would.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { READ_ERRORS } from '../errors.js';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w2: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  v: 'urn:schemas-microsoft-com:vml',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export interface XmlElement {
  /** Namespace URI ('' when unknown). */
  uri: string;
  local: string;
  /** The prefix as written ('' for none). */
  prefix: string;
  /** Attributes by local name (namespace ignored: OOXML attribute names do not collide within one element). */
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** UTF-16 offset just after the start tag's ">". */
  endOfStartTag: number;
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  /** `end` is the UTF-16 offset just after the end tag (or the self-closing tag). */
  close?(el: XmlElement, end: number): void;
  text?(text: string): void;
}

/** An element whose attributes by local name are built only when a handler asks for them (few elements need any). */
class Element implements XmlElement {
  private localAttrs: Record<string, string> | undefined;

  constructor(
    readonly uri: string,
    readonly local: string,
    readonly prefix: string,
    private readonly rawAttrs: Record<string, string>,
    readonly selfClosing: boolean,
    readonly endOfStartTag: number,
  ) {}

  get attrs(): Record<string, string> {
    if (this.localAttrs) return this.localAttrs;
    const attrs: Record<string, string> = {};
    for (const name in this.rawAttrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const colon = name.indexOf(':');
      attrs[colon >= 0 ? name.slice(colon + 1) : name] = this.rawAttrs[name]!;
    }
    return (this.localAttrs = attrs);
  }
}

/** True for the WordprocessingML namespace (transitional or strict). */
export function isW(el: XmlElement): boolean {
  return el.uri === NS.w || el.uri === NS.w2;
}

/**
 * Deepest element nesting accepted in a part. Real documents stay under 50 (the corpus: 44); mammoth and the
 * flattener recurse over the tree, so a deeper one (10 000 nested w:sdt) would end in a stack overflow that depends
 * on the thread's stack, not on the bytes. Counted here, it is refused the same way every time.
 */
export const MAX_XML_DEPTH = 200;

/** Parse `xml` (the text of package part `part`), turning any problem into a ReadError naming the part and line. */
export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let tooDeep = false;
  // Prefix → URI bindings in scope, updated in place; each element that declares prefixes keeps what it replaced so
  // its close restores it (no per-element scope objects).
  const bindings = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  const replaced: ([string, string | undefined][] | undefined)[] = [];
  const stack: XmlElement[] = [];
  const names = new Map<string, { prefix: string; local: string }>();
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', (dt) => {
    if (/<!ENTITY/i.test(dt) || /\bSYSTEM\b|\bPUBLIC\b/i.test(dt)) {
      failure ??= Object.assign(new Error('unsafe doctype'), { unsafe: true });
    }
  });
  const { open, close } = handlers;
  const deeper = () => {
    if (++depth > MAX_XML_DEPTH && !tooDeep) {
      tooDeep = true;
      failure = Object.assign(new Error('too deep'), { tooDeep: true });
      throw failure; // stops the parse here: nothing past the limit is read
    }
  };
  // Without element handlers only well-formedness and depth matter: saxes checks the one, a counter the other.
  if (!open && !close) {
    parser.on('opentag', deeper);
    parser.on('closetag', () => void depth--);
  } else {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      deeper();
      let undo: [string, string | undefined][] | undefined;
      const attributes = tag.attributes;
      for (const name in attributes) {
        // 'x': most elements declare no namespaces, so one char test settles it
        if (name.charCodeAt(0) !== 120 || !name.startsWith('xmlns')) continue;
        let prefix: string | undefined;
        if (name === 'xmlns') prefix = '';
        else if (name.startsWith('xmlns:')) prefix = name.slice(6);
        if (prefix === undefined) continue;
        (undo ??= []).push([prefix, bindings.get(prefix)]);
        bindings.set(prefix, attributes[name]!);
      }
      replaced.push(undo);
      let name = names.get(tag.name);
      if (!name) {
        const colon = tag.name.indexOf(':');
        name = colon >= 0 ? { prefix: tag.name.slice(0, colon), local: tag.name.slice(colon + 1) } : { prefix: '', local: tag.name };
        names.set(tag.name, name);
      }
      const el = new Element(bindings.get(name.prefix) ?? '', name.local, name.prefix, attributes, tag.isSelfClosing, parser.position);
      stack.push(el);
      open?.(el);
    });
    parser.on('closetag', () => {
      depth--;
      const el = stack.pop();
      const undo = replaced.pop();
      if (undo) {
        for (let i = undo.length - 1; i >= 0; i--) {
          const [prefix, uri] = undo[i]!;
          if (uri === undefined) bindings.delete(prefix);
          else bindings.set(prefix, uri);
        }
      }
      if (el) close?.(el, parser.position);
    });
  }
  if (handlers.text) parser.on('text', handlers.text);
  try {
    parser.write(xml);
    if (!failure) parser.close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure) {
    if ((failure as { tooDeep?: boolean }).tooDeep) {
      throw READ_ERRORS.tooDeep(`内部文件 ${part} 中的元素`, `an element in part ${part}`, MAX_XML_DEPTH, true);
    }
    if ((failure as { unsafe?: boolean }).unsafe) {
      throw READ_ERRORS.brokenXml(part, parser.line, '含有 DTD 实体声明（不安全，Word 不会生成）',
        'contains a DTD with entity declarations (unsafe; Word never writes these)');
    }
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/.exec(failure.message);
    const line = m ? Number(m[1]) : parser.line;
    const detail = m?.[3] ?? failure.message;
    const entity = /entity/i.test(detail);
    throw READ_ERRORS.brokenXml(part, line,
      entity ? '引用了未定义的实体' : ' XML 格式错误',
      entity ? 'references an undefined entity' : 'is not well-formed XML');
  }
}
