import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { findingsWorkbook } from '../../src/format/xlsx.js';
import { reviewLetter } from '../../src/format/letter.js';
import { stylishFormatter } from '../../src/format/stylish.js';
import { batchCounts } from '../../src/format/batch-summary.js';
import { makeResult } from '../../src/engine/result.js';
import { context, cwd, message, sampleResults } from './results.js';

const docText = (bytes: Uint8Array) =>
  new TextDecoder().decode(unzipSync(bytes)['word/document.xml']).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');

describe('xlsx workbook', () => {
  it('has 汇总 (one row per report) and 问题清单 (one row per finding) with filters and a frozen header', async () => {
    const results = sampleResults();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await findingsWorkbook(results, context())) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '问题清单']);
    const [summary, findings] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(summary.rowCount).toBe(results.length + 1);
    expect(findings.rowCount).toBe(results.flatMap((r) => r.messages).length + 1);
    expect(findings.getRow(1).values).toContain('问题说明');
    expect(findings.getRow(2).getCell(9).value).toBe('各项占比合计 99.5%，应为 100%');
    expect(findings.getRow(2).getCell(6).value).toBe(12);
    expect(summary.getRow(2).getCell(3).value).toBe(2025);
    for (const sheet of [summary, findings]) {
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThan(10);
    }
  });

  it('keeps text that looks like a formula as text', async () => {
    const result = makeResult(`${cwd}/x.md`, [message({ ruleId: 'terms', message: '=HYPERLINK("http://x")' })]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await findingsWorkbook([result], context())) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[1]!.getRow(2).getCell(9).value).toBe('=HYPERLINK("http://x")');
  });
});

describe('审核意见 letter', () => {
  const result = makeResult(`${cwd}/r.docx`, [
    message({ ruleId: 'terms', severity: 'warning', line: 3, message: '警告在前一行', section: ['一、基本情况'] }),
    message({ ruleId: 'fiscal-year', severity: 'error', line: 5, message: '错误在后一行', section: ['一、基本情况'], excerpt: '2023年度' }),
    message({ ruleId: 'over-completion', severity: 'info', line: 8, message: '只是提示', section: ['二、目标'] }),
    message({ ruleId: 'score-grade', severity: 'error', line: 9, message: '等级不符', section: ['二、目标'] }),
  ], { facts: { unit: '西岭县文化旅游局', title: '西岭县2024年度报告' } });

  it('title, unit, numbered findings grouped by section with errors first; infos only when asked', async () => {
    const text = docText(await reviewLetter([result], { locale: 'zh-CN' }));
    expect(text).toContain('预算绩效自评报告审核意见');
    expect(text).toContain('西岭县文化旅游局：');
    expect(text).not.toContain('只是提示');
    expect(text.indexOf('1. 错误在后一行')).toBeGreaterThan(0);
    expect(text.indexOf('2. 警告在前一行')).toBeGreaterThan(text.indexOf('1. 错误在后一行'));
    expect(text.indexOf('二、目标')).toBeGreaterThan(text.indexOf('2. 警告在前一行'));
    expect(text).toContain('3. 等级不符');
    expect(text).toContain('2023年度');
    expect(docText(await reviewLetter([result], { locale: 'zh-CN', includeInfo: true }))).toContain('只是提示');
  });

  it('one page per report in a batch, and says so when a report could not be read', async () => {
    const bytes = await reviewLetter(sampleResults(), { locale: 'en' });
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    expect([...xml.matchAll(/<w:pageBreakBefore\/>/g)]).toHaveLength(sampleResults().length - 1);
    expect(docText(bytes)).toContain('The report could not be read');
    expect(docText(bytes)).toContain('No problems requiring correction were found.');
  });
});

describe('stylish for people', () => {
  it('shows the excerpt, the last two section levels, a count per file and a batch summary', () => {
    const results = sampleResults();
    results[0]!.messages[0]!.section = ['一、部门基本情况', '（二）收支情况', '1.收入'];
    const out = stylishFormatter(results, { ...context(), skipped: 2 });
    expect(out).toContain('（二）收支情况 › 1.收入');
    expect(out).not.toContain('一、部门基本情况 ›');
    expect(out).toMatch(/\n\s+原文：人员经费占 60\.5%，公用经费占 39%\n/);
    expect(out).toContain('1 个错误，1 个警告，1 条提示');
    expect(out.trim().split('\n').pop()).toBe('共检查 4 个文件：1 个无问题，2 个有错误，1 个无法读取，2 个已跳过');
    expect(batchCounts(results, 2)).toEqual({ files: 4, clean: 1, withErrors: 2, unreadable: 1, skipped: 2 });
  });

  it('prints nothing for one clean file, and the summary for several', () => {
    const clean = makeResult(`${cwd}/a.md`, []);
    expect(stylishFormatter([clean], context())).toBe('');
    expect(stylishFormatter([clean, makeResult(`${cwd}/b.md`, [])], context({ locale: 'en' })).trim())
      .toBe('2 files checked: 2 clean, 0 with errors, 0 unreadable, 0 skipped');
  });
});
