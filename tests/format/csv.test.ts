import { describe, expect, it } from 'vitest';
import { BOM, csvSummaryFormatter } from '../../src/format/csv.js';
import { makeResult } from '../../src/engine/result.js';
import { parseCsv } from './parsers.js';
import { context, cwd, message, sampleResults } from './results.js';

describe('csv-summary formatter', () => {
  it('starts with a UTF-8 BOM and a header row in the locale, one row per file', () => {
    const out = csvSummaryFormatter(sampleResults(), context());
    expect(out.startsWith(BOM)).toBe(true);
    const rows = parseCsv(out.slice(1));
    expect(rows[0]).toEqual(['文件', '标题', '年度', '单位', '报告类型', '自评得分', '等级', '错误数', '警告数', '提示数', '无法读取原因']);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    expect(rows[1]).toEqual([
      'reports/鹿泉区 2025 自评报告.docx', '鹿泉区2025年度部门整体支出绩效自评报告', '2025', '石家庄市鹿泉区财政局', '部门整体支出', '92.5', '优', '1', '1', '1', '',
    ]);
    const en = parseCsv(csvSummaryFormatter([], context({ locale: 'en' })).slice(1));
    expect(en).toEqual([['file', 'title', 'year', 'unit', 'report kind', 'self-score', 'grade', 'errors', 'warnings', 'infos', 'not readable because']]);
  });

  it('quotes what needs quoting and leaves missing facts empty', () => {
    const rows = parseCsv(csvSummaryFormatter(sampleResults(), context()).slice(1));
    expect(rows[2]).toEqual(['reports/clean.md', 'Clean, "quoted" report', '2024', '', '', '', '', '0', '0', '0', '']);
    const raw = csvSummaryFormatter(sampleResults(), context());
    expect(raw).toContain('"Clean, ""quoted"" report"');
  });

  it('names the report kind in the locale and keeps codes it does not know', () => {
    const results = ['department', 'project', 'table', '绩效评价'].map((kind, i) => makeResult(`${cwd}/${i}.md`, [], { facts: { kind } }));
    expect(parseCsv(csvSummaryFormatter(results, context()).slice(1)).slice(1).map((r) => r[4])).toEqual(['部门整体支出', '项目支出', '自评表', '绩效评价']);
    expect(parseCsv(csvSummaryFormatter(results, context({ locale: 'en' })).slice(1)).slice(1).map((r) => r[4])).toEqual([
      'department-wide spending', 'project spending', 'self-evaluation table', '绩效评价',
    ]);
  });

  it('gives the reason when a file could not be read', () => {
    const rows = parseCsv(csvSummaryFormatter(sampleResults(), context()).slice(1));
    expect(rows[3]).toEqual(['bad/old.doc', '', '', '', '', '', '', '1', '0', '0', '这是旧版 .doc 格式，请另存为 .docx 后重新检查']);
    expect(rows[4][10]).toBe('');
  });

  it('survives line breaks in facts and neutralises spreadsheet formulas in text cells', () => {
    const result = makeResult(`${cwd}/x.md`, [message({ ruleId: 'terms', severity: 'warning', message: 'm' })], {
      facts: { title: '第一行\r\n第二行', unit: '=HYPERLINK("http://x","点我")', kind: '+1', grade: '@SUM(A1)', selfScore: -3 },
    });
    const rows = parseCsv(csvSummaryFormatter([result], context()).slice(1));
    expect(rows[1]).toEqual(['x.md', '第一行\r\n第二行', '', `'=HYPERLINK("http://x","点我")`, "'+1", '-3', "'@SUM(A1)", '0', '1', '0', '']);
    const decimal = makeResult(`${cwd}/y.md`, [], { facts: { selfScore: 85.5 } });
    expect(parseCsv(csvSummaryFormatter([decimal], context()).slice(1))[1][5]).toBe('85.5');
  });
});
