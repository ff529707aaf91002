/**
 * Build a real .xlsx (SpreadsheetML zip) from rows in the notation of tests/tables/docx-tables.ts: "^" continues the
 * cell above (a vertical merge), "<" widens the cell on the left (a horizontal merge). Numbers ("156.40") are stored
 * as numbers with the format 0.00 when they have two decimals, as the provincial systems export them; the rest as
 * shared strings. Options add what tests of the reader need: a formula cell, an external link part.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface XlsxSheetSpec {
  name: string;
  /** Title lines above the table, each merged across its width. */
  titles?: string[];
  rows: string[][];
}

export interface XlsxSpec {
  sheets: XlsxSheetSpec[];
  /** A cell with this formula (and a cached value) added below the first sheet's table. */
  formula?: { formula: string; cached: string };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function makeXlsx(spec: XlsxSpec): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (t: string) => {
    if (!index.has(t)) { index.set(t, strings.length); strings.push(t); }
    return index.get(t)!;
  };
  const sheetXml = spec.sheets.map((sheet, si) => {
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const xmlRows: string[] = [];
    const merges: string[] = [];
    let r = 0;
    for (const t of sheet.titles ?? []) {
      r++;
      xmlRows.push(`<row r="${r}"><c r="A${r}" t="s"><v>${sst(t)}</v></c></row>`);
      if (width > 1) merges.push(`A${r}:${columnLetters(width - 1)}${r}`);
    }
    const top = r + 1;
    // merged ranges: origin → [lastRow, lastCol]
    const ext = new Map<string, [number, number]>();
    const origin: [number, number][][] = [];
    sheet.rows.forEach((tokens, ri) => {
      origin[ri] = [];
      tokens.forEach((tok, ci) => {
        if (tok === '<') origin[ri]![ci] = origin[ri]![ci - 1]!;
        else if (tok === '^') origin[ri]![ci] = origin[ri - 1]![ci]!;
        else origin[ri]![ci] = [ri, ci];
        const o = origin[ri]![ci]!;
        const key = `${o[0]},${o[1]}`;
        const e = ext.get(key) ?? [o[0], o[1]];
        ext.set(key, [Math.max(e[0], ri), Math.max(e[1], ci)]);
      });
    });
    sheet.rows.forEach((tokens, ri) => {
      const rr = top + ri;
      const cells = tokens.map((tok, ci) => {
        const ref = `${columnLetters(ci)}${rr}`;
        if (tok === '<' || tok === '^' || tok === '') return `<c r="${ref}"/>`;
        if (/^\d+(?:\.\d+)?$/.test(tok)) return `<c r="${ref}" s="${/\.\d\d$/.test(tok) ? 1 : 0}"><v>${tok}</v></c>`;
        return `<c r="${ref}" t="s"><v>${sst(tok)}</v></c>`;
      });
      xmlRows.push(`<row r="${rr}">${cells.join('')}</row>`);
    });
    for (const [key, [lr, lc]] of ext) {
      const [or, oc] = key.split(',').map(Number) as [number, number];
      if (lr > or || lc > oc) merges.push(`${columnLetters(oc)}${top + or}:${columnLetters(lc)}${top + lr}`);
    }
    if (si === 0 && spec.formula) {
      const rr = top + sheet.rows.length + 1;
      xmlRows.push(`<row r="${rr}"><c r="A${rr}"><f>${esc(spec.formula.formula)}</f><v>${spec.formula.cached}</v></c></row>`);
    }
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${xmlRows.join('')}</sheetData>` +
      (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') + '</worksheet>';
  });
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${spec.sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${spec.sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  };
  spec.sheets.forEach((_, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml[i]!; });
  files['xl/sharedStrings.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') + '</sst>';
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = [strToU8(content), { mtime: new Date('2025-01-01T00:00:00Z') }];
  return zipSync(zippable, { level: 6 });
}
