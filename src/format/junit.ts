// JUnit XML, the report format every CI server renders: one <testsuite> per file and one <testcase> per finding
// ("ruleId line:col", made unique within the file); a file without findings gets one passing test case so it still
// shows as checked. Only errors fail: a warning or info is a passing test case whose text is in <system-out> (as the
// exit code treats them). Files that could not be read and rule crashes are <error>s (the check could not run).
import type { FileResult, LintMessage } from '../engine/result.js';
import type { Locale } from '../i18n/locale.js';
import type { FormatContext, Formatter } from './types.js';
import { displayPath } from './paths.js';
import { xmlAttr, xmlText } from './xml.js';

const labels = {
  'zh-CN': { passed: '未发现问题', location: '位置', section: '章节', excerpt: '摘录' },
  en: { passed: 'no findings', location: 'location', section: 'section', excerpt: 'excerpt' },
} satisfies Record<Locale, Record<string, string>>;

function isToolError(m: LintMessage) {
  return m.ruleId === 'fatal' || m.ruleId === 'internal-error';
}

function seconds(result: FileResult): string | undefined {
  if (!result.timing) return undefined;
  const ms = result.timing.parse + Object.values(result.timing.rules).reduce((a, b) => a + b, 0);
  return (ms / 1000).toFixed(3);
}

function testcase(file: string, name: string, m: LintMessage, locale: Locale): string {
  const l = labels[locale];
  const body = [
    m.message,
    `${l.location}: ${m.line}:${m.column}`,
    ...(m.section.length ? [`${l.section}: ${m.section.join(' > ')}`] : []),
    ...(m.excerpt ? [`${l.excerpt}: ${m.excerpt}`] : []),
  ].join('\n');
  const element = isToolError(m) ? 'error' : 'failure';
  const type = isToolError(m) ? m.ruleId : m.severity;
  const inner = m.severity === 'error'
    ? `      <${element} message="${xmlAttr(m.message)}" type="${xmlAttr(type)}">${xmlText(body)}</${element}>`
    : `      <system-out>${xmlText(`${m.severity}: ${body}`)}</system-out>`;
  return [`    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}">`, inner, '    </testcase>'].join('\n');
}

/** "ruleId line:col", with " (2)", " (3)" … for findings of one rule at one place, so every name is unique. */
function caseNames(messages: readonly LintMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const base = `${m.ruleId} ${m.line}:${m.column}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export const junitFormatter: Formatter = (results: FileResult[], context: FormatContext) => {
  const suites: string[] = [];
  let tests = 0, failures = 0, errors = 0;
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    const fileErrors = result.messages.filter(isToolError).length;
    const fileFailures = result.messages.filter((m) => m.severity === 'error' && !isToolError(m)).length;
    const fileTests = Math.max(1, result.messages.length);
    tests += fileTests;
    failures += fileFailures;
    errors += fileErrors;
    const time = seconds(result);
    const cases = result.messages.length
      ? caseNames(result.messages).map((name, i) => testcase(file, name, result.messages[i]!, context.locale))
      : [`    <testcase name="${xmlAttr(labels[context.locale].passed)}" classname="${xmlAttr(file)}"/>`];
    suites.push([
      `  <testsuite name="${xmlAttr(file)}" tests="${fileTests}" failures="${fileFailures}" errors="${fileErrors}" skipped="0"${time ? ` time="${time}"` : ''}>`,
      ...cases,
      '  </testsuite>',
    ].join('\n'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="reportlint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
