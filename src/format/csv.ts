// One row per file for a reviewer's spreadsheet: what the report is (title, year, unit, kind, self-score, grade) and
// how many findings it has. RFC 4180 (CRLF, quoted fields), with a UTF-8 byte-order mark because Excel otherwise
// opens UTF-8 Chinese as mojibake. Text cells that would start a formula are prefixed with an apostrophe (CSV
// injection: a report title is untrusted input).
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../i18n/locale.js';
import type { FormatContext, Formatter } from './types.js';
import { displayPath } from './paths.js';

const headers: Record<Locale, string[]> = {
  'zh-CN': ['文件', '标题', '年度', '单位', '报告类型', '自评得分', '等级', '错误数', '警告数', '提示数', '无法读取原因'],
  en: ['file', 'title', 'year', 'unit', 'report kind', 'self-score', 'grade', 'errors', 'warnings', 'infos', 'not readable because'],
};

/** Report kinds as doc-info names them, in words a reviewer expects; an unknown code is shown as it is. */
const kindNames: Record<string, Record<Locale, string>> = {
  department: { 'zh-CN': '部门整体支出', en: 'department-wide spending' },
  project: { 'zh-CN': '项目支出', en: 'project spending' },
  table: { 'zh-CN': '自评表', en: 'self-evaluation table' },
};

export const BOM = '\uFEFF';

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Neutralise a leading =, +, -, @, tab or CR so a spreadsheet shows the text instead of evaluating it. */
export function safeText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(result: FileResult, cwd: string, locale: Locale): (string | number | undefined)[] {
  const facts = result.facts ?? {};
  const fatal = result.fatal || result.messages.some((m) => m.ruleId === 'fatal')
    ? result.messages.find((m) => m.ruleId === 'fatal')?.message ?? ''
    : undefined;
  return [
    safeText(displayPath(result.filePath, cwd)),
    safeText(facts.title),
    facts.year,
    safeText(facts.unit),
    safeText(facts.kind && (kindNames[facts.kind]?.[locale] ?? facts.kind)),
    facts.selfScore,
    safeText(facts.grade),
    result.errorCount,
    result.warningCount,
    result.infoCount,
    safeText(fatal),
  ];
}

export const csvFormatter: Formatter = (results: FileResult[], context: FormatContext) => {
  const lines = [headers[context.locale], ...results.map((r) => row(r, context.cwd, context.locale))];
  return BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
};
