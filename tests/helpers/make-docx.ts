/**
 * Build a real .docx (a WordprocessingML zip) from a small description, for tests that want to write fixtures
 * "as a user would" in Word. Synchronous, deterministic (fixed zip timestamps), no external files.
 *
 * ```ts
 * import { makeDocx } from '../helpers/make-docx.js';
 * const bytes = makeDocx({
 *   lists: [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、' }, { numFmt: 'chineseCounting', lvlText: '（%2）' }] }],
 *   blocks: [
 *     { text: '关于2024年度项目支出绩效自评报告', style: 'Title' },
 *     { text: '项目基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },   // reads "一、 项目基本情况"
 *     '正文段落。',                                                                      // plain paragraph
 *     { table: [['指标', '分值'], [{ text: '合计', gridSpan: 2 }]] },
 *     { table: [{ gridBefore: 1, cells: ['右格'] }, [{ text: '上', vMerge: 'restart' }, 'x'], [{ vMerge: 'continue' }, 'y']] },
 *   ],
 * });
 * const doc = await parseReport(bytes, 'x.docx');
 * ```
 * A level's `suff` defaults to Word's tab, which the reader renders as one space after the label ("一、 项目…");
 * give `suff: 'nothing'` for "一、项目…".
 *
 * Paragraph styles are referenced by display name ("Heading 2", "标题 2", "Title", "toc 1", or any custom name);
 * each one used gets a style definition (built-in "heading N" gets outlineLvl N-1). Extra or list-linked styles go
 * in `styles` (with `numbering`, `basedOn`, `outlineLvl`; `type: 'numbering'` for Word list styles). `text` may
 * contain "\t" (→ w:tab) and "\n" (→ w:br), or be runs `[{ text, bold }]`. Also: `align: 'center'`, `outlineLvl`,
 * `rawXml` (appended inside the paragraph: fields, math, text boxes…), table rows `{ cells, gridBefore, gridAfter,
 * header }`, cells `{ paragraphs, gridSpan, vMerge, table }` (nested), `footnotes`, `mainPart` (main part elsewhere
 * than word/document.xml), `extraParts` (add or overwrite raw package parts).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface NumberingLevelSpec {
  /** decimal, chineseCounting, japaneseCounting, decimalEnclosedCircle, bullet, none, upperRoman … */
  numFmt: string;
  /** e.g. "%1、", "（%2）", "%1.%2" */
  lvlText: string;
  start?: number;
  suff?: 'tab' | 'space' | 'nothing';
  isLgl?: boolean;
  /** w:lvlRestart value (1-based level after which this one restarts; 0 = never). */
  lvlRestart?: number;
  /** Paragraph style id linked to this level (w:pStyle). */
  pStyle?: string;
}

export interface ListSpec {
  numId: number;
  /** Defaults to numId. Several lists with the same abstractNumId share counters; give `levels` once. */
  abstractNumId?: number;
  levels?: NumberingLevelSpec[];
  /** ilvl → start value (w:lvlOverride/w:startOverride). */
  startOverride?: Record<number, number>;
  /** Word list styles: this abstractNum only points to a numbering style (w:numStyleLink) … */
  numStyleLink?: string;
  /** … and the abstractNum holding the levels names that style back (w:styleLink). */
  styleLink?: string;
}

export interface StyleSpec {
  /** Display name, e.g. "标题 2", "My List". The style id is derived from it unless `id` is given. */
  name: string;
  id?: string;
  basedOn?: string;
  /** 0-based outline level. */
  outlineLvl?: number;
  numbering?: { numId: number; ilvl?: number };
  /** "numbering" for a list style (target of w:numStyleLink); default "paragraph". */
  type?: 'paragraph' | 'numbering';
}

export interface RunSpec {
  text: string;
  bold?: boolean;
}

export interface ParagraphSpec {
  text?: string | RunSpec[];
  style?: string;
  numbering?: { numId: number; ilvl?: number };
  outlineLvl?: number;
  /** w:jc: "center" for a centered title line. */
  align?: 'left' | 'center' | 'right' | 'both';
  /** Raw XML appended inside the paragraph after the runs (for tests of odd content: fields, math…). */
  rawXml?: string;
  /** A Word comment anchored to this paragraph (its text, e.g. "reportlint-disable terms"). */
  comment?: string;
}

export interface CellSpec {
  /** One paragraph, or several. */
  text?: string;
  paragraphs?: (string | ParagraphSpec)[];
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
  /** A table nested inside this cell, after its paragraphs. */
  table?: TableSpec['table'];
}

export interface RowSpec {
  cells: (string | CellSpec)[];
  gridBefore?: number;
  gridAfter?: number;
  header?: boolean;
}

export interface TableSpec {
  table: (RowSpec | (string | CellSpec)[])[];
  /** Number of grid columns; computed from the widest row when absent. */
  columns?: number;
}

export type BlockSpec = string | ParagraphSpec | TableSpec;

export interface DocxSpec {
  blocks: BlockSpec[];
  lists?: ListSpec[];
  styles?: StyleSpec[];
  footnotes?: string[];
  /** Where the main part lives (default word/document.xml). */
  mainPart?: string;
  /** Extra raw parts to add or override, path → content. */
  extraParts?: Record<string, string | Uint8Array>;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Style id from a display name: "Heading 2" / "heading 2" → "Heading2", "标题 2" → "a标题2" style ids stay unique. */
export function styleIdOf(name: string): string {
  const m = /^heading ([1-9])$/i.exec(name);
  if (m) return `Heading${m[1]}`;
  const t = /^toc ([1-9])$/i.exec(name);
  if (t) return `TOC${t[1]}`;
  if (/^title$/i.test(name)) return 'Title';
  return name.replace(/\s+/g, '') || 'Style';
}

function runsXml(text: string | RunSpec[] | undefined): string {
  if (text === undefined) return '';
  const runs = typeof text === 'string' ? [{ text }] : text;
  return runs
    .map((run) => {
      const rPr = run.bold ? '<w:rPr><w:b/></w:rPr>' : '';
      const parts = run.text.split(/(\t|\n)/).filter((p) => p !== '');
      const inner = parts
        .map((p) => (p === '\t' ? '<w:tab/>' : p === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${xmlEscape(p)}</w:t>`))
        .join('');
      return `<w:r>${rPr}${inner}</w:r>`;
    })
    .join('');
}

class Builder {
  readonly usedStyles = new Set<string>();
  constructor(readonly spec: DocxSpec) {}

  paragraph(p: string | ParagraphSpec): string {
    const para = typeof p === 'string' ? { text: p } : p;
    const pPr: string[] = [];
    if (para.style) {
      this.usedStyles.add(para.style);
      pPr.push(`<w:pStyle w:val="${xmlEscape(this.styleId(para.style))}"/>`);
    }
    if (para.numbering) pPr.push(`<w:numPr><w:ilvl w:val="${para.numbering.ilvl ?? 0}"/><w:numId w:val="${para.numbering.numId}"/></w:numPr>`);
    if (para.outlineLvl !== undefined) pPr.push(`<w:outlineLvl w:val="${para.outlineLvl}"/>`);
    if (para.align) pPr.push(`<w:jc w:val="${para.align}"/>`);
    const props = pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : '';
    const comment = para.comment === undefined ? undefined : this.comments.push(para.comment) - 1;
    const open = comment === undefined ? '' : `<w:commentRangeStart w:id="${comment}"/>`;
    const close = comment === undefined ? '' : `<w:commentRangeEnd w:id="${comment}"/><w:r><w:commentReference w:id="${comment}"/></w:r>`;
    return `<w:p>${props}${open}${runsXml(para.text)}${para.rawXml ?? ''}${close}</w:p>`;
  }

  styleId(name: string): string {
    const custom = this.spec.styles?.find((s) => s.name === name || s.id === name);
    return custom?.id ?? styleIdOf(name);
  }

  table(t: TableSpec): string {
    const rows = t.table.map((r): RowSpec => (Array.isArray(r) ? { cells: r } : r));
    const width = (r: RowSpec) =>
      (r.gridBefore ?? 0) + (r.gridAfter ?? 0) + r.cells.reduce((n, c) => n + (typeof c === 'string' ? 1 : c.gridSpan ?? 1), 0);
    const columns = t.columns ?? Math.max(1, ...rows.map(width));
    const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;
    const body = rows
      .map((row) => {
        const trPr: string[] = [];
        if (row.gridBefore) trPr.push(`<w:gridBefore w:val="${row.gridBefore}"/>`);
        if (row.gridAfter) trPr.push(`<w:gridAfter w:val="${row.gridAfter}"/>`);
        if (row.header) trPr.push('<w:tblHeader/>');
        const cells = row.cells.map((c) => this.cell(typeof c === 'string' ? { text: c } : c)).join('');
        return `<w:tr>${trPr.length ? `<w:trPr>${trPr.join('')}</w:trPr>` : ''}${cells}</w:tr>`;
      })
      .join('');
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`;
  }

  cell(c: CellSpec): string {
    const tcPr: string[] = [];
    if (c.gridSpan && c.gridSpan > 1) tcPr.push(`<w:gridSpan w:val="${c.gridSpan}"/>`);
    if (c.vMerge === 'restart') tcPr.push('<w:vMerge w:val="restart"/>');
    if (c.vMerge === 'continue') tcPr.push('<w:vMerge/>');
    const paras = c.paragraphs ?? (c.text !== undefined ? [c.text] : []);
    let inner = paras.map((p) => this.paragraph(p)).join('');
    if (c.table) inner += this.table({ table: c.table }) + '<w:p/>';
    if (!inner) inner = '<w:p/>';
    return `<w:tc>${tcPr.length ? `<w:tcPr>${tcPr.join('')}</w:tcPr>` : ''}${inner}</w:tc>`;
  }

  document(): string {
    const body = this.spec.blocks.map((b) => (typeof b === 'object' && 'table' in b ? this.table(b) : this.paragraph(b))).join('');
    const footRefs = (this.spec.footnotes ?? [])
      .map((_, i) => `<w:p><w:r><w:footnoteReference w:id="${i + 1}"/></w:r></w:p>`)
      .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${footRefs}` +
      `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
    );
  }

  styles(): string {
    const defs: string[] = [
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
      '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>',
    ];
    const done = new Set<string>(['Normal']);
    for (const s of this.spec.styles ?? []) {
      const id = s.id ?? styleIdOf(s.name);
      done.add(id);
      const pPr: string[] = [];
      if (s.numbering) pPr.push(`<w:numPr><w:ilvl w:val="${s.numbering.ilvl ?? 0}"/><w:numId w:val="${s.numbering.numId}"/></w:numPr>`);
      if (s.outlineLvl !== undefined) pPr.push(`<w:outlineLvl w:val="${s.outlineLvl}"/>`);
      const based = s.basedOn ? `<w:basedOn w:val="${xmlEscape(this.styleId(s.basedOn))}"/>` : '';
      defs.push(
        `<w:style w:type="${s.type ?? 'paragraph'}" w:customStyle="1" w:styleId="${xmlEscape(id)}"><w:name w:val="${xmlEscape(s.name)}"/>${based}` +
          `${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}</w:style>`,
      );
    }
    for (const name of this.usedStyles) {
      const id = this.styleId(name);
      if (done.has(id)) continue;
      done.add(id);
      const h = /^(?:heading|标题) ?([1-9])$/i.exec(name);
      const pPr = h ? `<w:pPr><w:outlineLvl w:val="${Number(h[1]) - 1}"/></w:pPr>` : '';
      const displayName = /^heading [1-9]$/i.test(name) ? name.toLowerCase() : name;
      defs.push(`<w:style w:type="paragraph" w:styleId="${xmlEscape(id)}"><w:name w:val="${xmlEscape(displayName)}"/><w:basedOn w:val="Normal"/>${pPr}</w:style>`);
    }
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">${defs.join('')}</w:styles>`;
  }

  numbering(): string | undefined {
    const lists = this.spec.lists;
    if (!lists?.length) return undefined;
    const abstracts: string[] = [];
    const nums: string[] = [];
    for (const l of lists) {
      const abs = l.abstractNumId ?? l.numId;
      if (l.levels || l.numStyleLink) {
        const links = (l.numStyleLink ? `<w:numStyleLink w:val="${xmlEscape(l.numStyleLink)}"/>` : '') +
          (l.styleLink ? `<w:styleLink w:val="${xmlEscape(l.styleLink)}"/>` : '');
        const lvls = (l.levels ?? [])
          .map((lv, i) => {
            const parts = [`<w:start w:val="${lv.start ?? 1}"/>`, `<w:numFmt w:val="${xmlEscape(lv.numFmt)}"/>`];
            if (lv.lvlRestart !== undefined) parts.push(`<w:lvlRestart w:val="${lv.lvlRestart}"/>`);
            if (lv.pStyle) parts.push(`<w:pStyle w:val="${xmlEscape(lv.pStyle)}"/>`);
            if (lv.isLgl) parts.push('<w:isLgl/>');
            if (lv.suff) parts.push(`<w:suff w:val="${lv.suff}"/>`);
            parts.push(`<w:lvlText w:val="${xmlEscape(lv.lvlText)}"/>`, '<w:lvlJc w:val="left"/>');
            return `<w:lvl w:ilvl="${i}">${parts.join('')}</w:lvl>`;
          })
          .join('');
        abstracts.push(`<w:abstractNum w:abstractNumId="${abs}"><w:multiLevelType w:val="multilevel"/>${links}${lvls}</w:abstractNum>`);
      }
      const overrides = Object.entries(l.startOverride ?? {})
        .map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
        .join('');
      nums.push(`<w:num w:numId="${l.numId}"><w:abstractNumId w:val="${abs}"/>${overrides}</w:num>`);
    }
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
  }

  /** Comment texts in the order paragraphs reference them (filled while the document is built). */
  readonly comments: string[] = [];

  commentsPart(): string | undefined {
    if (this.comments.length === 0) return undefined;
    const body = this.comments
      .map((text, id) => `<w:comment w:id="${id}" w:author="reviewer"><w:p><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p></w:comment>`)
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${body}</w:comments>`;
  }

  footnotes(): string | undefined {
    const notes = this.spec.footnotes;
    if (!notes?.length) return undefined;
    const body = notes
      .map((t, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r></w:p></w:footnote>`)
      .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${W_NS}">` +
      `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
      `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${body}</w:footnotes>`
    );
  }
}

/** Build the .docx bytes for `spec`. */
export function makeDocx(spec: DocxSpec): Uint8Array {
  const b = new Builder(spec);
  const main = (spec.mainPart ?? 'word/document.xml').replace(/^\//, '');
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/')) : '';
  const relsPath = `${dir ? dir + '/' : ''}_rels/${main.slice(main.lastIndexOf('/') + 1)}.rels`;
  const document = b.document();
  const styles = b.styles();
  const numbering = b.numbering();
  const footnotes = b.footnotes();
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const partRels = [rel('rId1', 'styles', 'styles.xml')];
  const overrides = [
    `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
    `<Override PartName="/${dir ? dir + '/' : ''}styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
  ];
  const files: Record<string, string | Uint8Array> = {};
  const at = (name: string) => `${dir ? dir + '/' : ''}${name}`;
  files[at('styles.xml')] = styles;
  if (numbering) {
    files[at('numbering.xml')] = numbering;
    partRels.push(rel('rId2', 'numbering', 'numbering.xml'));
    overrides.push(`<Override PartName="/${at('numbering.xml')}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`);
  }
  const comments = b.commentsPart();
  if (comments) {
    files[at('comments.xml')] = comments;
    partRels.push(rel('rId4', 'comments', 'comments.xml'));
    overrides.push(`<Override PartName="/${at('comments.xml')}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`);
  }
  if (footnotes) {
    files[at('footnotes.xml')] = footnotes;
    partRels.push(rel('rId3', 'footnotes', 'footnotes.xml'));
    overrides.push(`<Override PartName="/${at('footnotes.xml')}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`);
  }
  files['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
  files['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${rel('rId1', 'officeDocument', main)}</Relationships>`;
  files[relsPath] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${partRels.join('')}</Relationships>`;
  files[main] = document;
  Object.assign(files, spec.extraParts ?? {});
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    zippable[name] = [typeof content === 'string' ? strToU8(content) : content, { mtime: new Date('2025-01-01T00:00:00Z') }];
  }
  return zipSync(zippable, { level: 6 });
}
