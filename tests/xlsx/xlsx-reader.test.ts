// The .xlsx reader: merged cells resolved into the table model, sheet!cell lines, the same caps as .docx, cached values
// only (no formula evaluated), and a clear fatal for damaged, encrypted or bomb workbooks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport, lintDocument } from '../../src/api.js';
import { ReadError } from '../../src/parse/errors.js';
import { renderPrint } from '../../src/cli/views/tree.js';
import { expandInputs } from '../../src/batch/inputs.js';
import { IgnoreMatcher } from '../../src/batch/ignore.js';
import { makeXlsx } from '../helpers/make-xlsx.js';
import { formXlsx, sichuanRows } from '../forms/sichuan-form.js';

const readErr = async (bytes: Uint8Array, limits = {}) => {
  try {
    await parseReport(bytes, 'x.xlsx', limits);
  } catch (e) {
    return e as ReadError;
  }
  throw new Error('no error');
};

describe('.xlsx reader', () => {
  it('reads each sheet as a table with merged cells resolved', async () => {
    const doc = await parseReport(makeXlsx({ sheets: [
      { name: '表一', titles: ['项目支出绩效自评表'], rows: [['项目名称', '<', '示范点建设'], ['年度目标', '建成8个', '^'], ['', '', '156.40']] },
      { name: '空表', rows: [] },
      { name: '表二', rows: [['a', 'b']] },
    ] }), 'x.xlsx');
    expect(doc.format).toBe('xlsx');
    expect(doc.title).toBe('项目支出绩效自评表');
    const [t1, t2] = doc.tables();
    expect(doc.tables()).toHaveLength(2);
    const first = t1!.children[0]!.children;
    expect(first.map((c) => [c.text, c.colSpan, c.gridColumn])).toEqual([['项目名称', 2, 0], ['示范点建设', 1, 2]]);
    expect(first[1]!.rowSpan).toBe(2);
    // the cell under a vertical merge is left out, as Word leaves out a vMerge continuation
    expect(t1!.children[1]!.children.map((c) => c.text)).toEqual(['年度目标', '建成8个']);
    expect(t1!.children[2]!.children.at(-1)!.text).toBe('156.40');
    expect(t2!.children[0]!.children.map((c) => c.text)).toEqual(['a', 'b']);
    const print = renderPrint(doc);
    expect(print).toMatch(/表一!A1\s+项目支出绩效自评表/);
    expect(print).toMatch(/表一!C4\s+156\.40/);
    expect(print).toMatch(/表二!B1\s+b/);
  });

  it('uses the saved result of a formula, never evaluates it', async () => {
    const doc = await parseReport(makeXlsx({ sheets: [{ name: 'S', rows: [['合计']] }], formula: { formula: 'SUM(B1:B9)+WEBSERVICE("http://example.invalid")', cached: '42' } }), 'x.xlsx');
    expect(doc.lines).toContain('42');
  });

  it('findings name the sheet and cell', async () => {
    const doc = await parseReport(formXlsx(sichuanRows({ department: '' })), 'form.xlsx');
    const result = await lintDocument(doc, { rules: { 'empty-section': 'error' }, only: true });
    expect(result.messages[0]!.cell).toBe('自评表!A4');
  });

  it('a truncated workbook is a clear fatal', async () => {
    const bytes = formXlsx(sichuanRows());
    const e = await readErr(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(e).toBeInstanceOf(ReadError);
    expect(e.text['zh-CN']).toMatch(/损坏|不完整|截断/);
  });

  it('a part over the inflation cap is refused before the library sees it', async () => {
    const e = await readErr(formXlsx(sichuanRows()), { maxPartSize: 2000 });
    expect(e.code).toBe('zip-bomb');
  });

  it('a workbook the library cannot read is a clear fatal', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a" r:id="rId9"/></sheets'), '[Content_Types].xml': strToU8('<Types/>') });
    const e = await readErr(bytes);
    expect(e).toBeInstanceOf(ReadError);
    expect(e.text['zh-CN']).toMatch(/电子表格|损坏/);
  });

  it('a workbook with no content is a clear fatal, not an empty report', async () => {
    const e = await readErr(makeXlsx({ sheets: [{ name: 'Sheet1', rows: [] }] }));
    expect(e.code).toBe('spreadsheet');
    expect(e.text['zh-CN']).toMatch(/没有任何填写了内容的工作表/);
  });

  it('an encrypted workbook is a clear fatal', async () => {
    const CFB = createRequire(import.meta.url)('cfb');
    const c = CFB.utils.cfb_new();
    CFB.utils.cfb_add(c, '/EncryptionInfo', Buffer.from([4, 0, 4, 0]));
    CFB.utils.cfb_add(c, '/EncryptedPackage', Buffer.alloc(64));
    const e = await readErr(new Uint8Array(CFB.write(c, { type: 'buffer' })));
    expect(e.code).toBe('encrypted');
  });
});

describe('folder walks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'forms-walk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('include .xlsx and name PDF, .xls and ~$ lock files as skipped', async () => {
    for (const [name, body] of [['a.md', '# x\n'], ['form.xlsx', 'x'], ['scan.pdf', '%PDF-1.4'], ['old.xls', 'x'], ['~$a.docx', 'x']] as const) writeFileSync(join(dir, name), body);
    const r = await expandInputs([dir], dir, new IgnoreMatcher([], dir));
    expect(r.files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a.md', 'form.xlsx']);
    expect(r.skipped.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['old.xls', 'scan.pdf', '~$a.docx']);
  });
});
