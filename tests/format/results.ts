// Hand-made lint results as the CLI produces them, for formatter tests that must not depend on the rules or readers.
import { z } from 'zod';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { makeResult, type FileResult, type LintMessage } from '../../src/engine/result.js';
import type { FormatContext } from '../../src/format/types.js';

function fakeRule(id: string, zh: string, en: string, defaultSeverity: Rule['meta']['defaultSeverity'], tags?: string[]): Rule {
  return defineRule({
    meta: { id, description: { 'zh-CN': zh, en }, defaultSeverity, options: z.object({}), messages: {}, tags },
    check() {},
  }) as Rule;
}

export const rules: Rule[] = [
  fakeRule('percent-sum', '各部分占比之和应为 100%', 'Shares of a whole add up to 100%', 'error', ['numbers']),
  fakeRule('score-grade', '自评得分与等级一致', 'Self-score matches the stated grade', 'warning', ['numbers']),
  fakeRule('punctuation', '标点符号规范', 'Punctuation follows the standard', 'info'),
  fakeRule('terms', '术语统一', 'Consistent terms', 'off'),
];

export function message(partial: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'message'>): LintMessage {
  return {
    severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 2, section: [], excerpt: '', ...partial,
  };
}

export const cwd = '/work/project';

export function context(extra: Partial<FormatContext> = {}): FormatContext {
  return { locale: 'zh-CN', rules, cwd, color: false, toolVersion: '0.1.0', ...extra };
}

/** A mix: a report with findings of each severity, a clean one, one that could not be read, one with a rule crash. */
export function sampleResults(): FileResult[] {
  return [
    makeResult(`${cwd}/reports/鹿泉区 2025 自评报告.docx`, [
      message({
        ruleId: 'percent-sum', severity: 'error', line: 12, column: 5, endLine: 12, endColumn: 18,
        message: '各项占比合计 99.5%，应为 100%', section: ['二、绩效目标实现情况', '（一）产出指标'], excerpt: '人员经费占 60.5%，公用经费占 39%',
      }),
      message({
        ruleId: 'score-grade', severity: 'warning', line: 30, column: 1, endLine: 31, endColumn: 4,
        message: '自评得分 79 分对应等级"中"，文中为"良"', section: ['三、自评结论'], excerpt: '自评得分79分，等级为良',
      }),
      message({ ruleId: 'punctuation', severity: 'info', line: 40, column: 3, endLine: 40, endColumn: 4, message: '半角逗号 "," 应为全角 "，"', excerpt: ',' }),
    ], { facts: { title: '鹿泉区2025年度部门整体支出绩效自评报告', year: 2025, unit: '石家庄市鹿泉区财政局', kind: 'department', selfScore: 92.5, grade: '优' } }),
    makeResult(`${cwd}/reports/clean.md`, [], { facts: { title: 'Clean, "quoted" report', year: 2024 } }),
    makeResult(`${cwd}/bad/old.doc`, [
      message({ ruleId: 'fatal', message: '这是旧版 .doc 格式，请另存为 .docx 后重新检查' }),
    ], { fatal: true }),
    makeResult(`${cwd}/reports/crash.md`, [
      message({ ruleId: 'internal-error', message: '规则 terms 在本文件上运行出错（boom）' }),
    ]),
  ];
}
