import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blobBase, repositoryUrl, sarifFormatter } from '../../src/format/sarif.js';
import { allRules } from '../../rules/index.js';
import { makeResult } from '../../src/engine/result.js';
import { context, cwd, message, sampleResults } from './results.js';
import { sarifErrors, validateSarif } from './parsers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function sarif(results = sampleResults(), extra = {}): Json {
  return JSON.parse(sarifFormatter(results, context(extra)));
}

function expectValid(log: Json) {
  expect(sarifErrors(log)).toEqual([]);
}


describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema (with formats checked)', () => {
    expectValid(sarif());
    expectValid(sarif([]));
    expectValid(sarif(sampleResults(), { locale: 'en' }));
  });

  it('the schema check can fail: a broken log is rejected', () => {
    const log = sarif();
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validateSarif(log)).toBe(false);
  });

  it('lists every registered rule plus the tool pseudo-rules, and ruleIndex points at the right one', () => {
    const log = sarif();
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('reportlint');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((r: Json) => r.id)).toEqual(['percent-sum', 'score-grade', 'punctuation', 'terms', 'fatal', 'inline-config', 'internal-error']);
    for (const result of log.runs[0].results) expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const terms = driver.rules.find((r: Json) => r.id === 'terms');
    expect(terms.defaultConfiguration).toEqual({ level: 'none', enabled: false });
    const grade = driver.rules.find((r: Json) => r.id === 'score-grade');
    expect(grade.defaultConfiguration.level).toBe('warning');
    expect(grade.name).toBe('ScoreGrade');
    expect(grade.properties.tags).toEqual(['numbers']);
  });

  it('describes rules in the chosen locale and links their doc page', () => {
    const zh = sarif().runs[0].tool.driver.rules[0];
    expect(zh.shortDescription.text).toBe('各部分占比之和应为 100%');
    expect(zh.fullDescription.text).toContain('rules/percent-sum.md');
    expect(zh.help.markdown).toContain('rules/percent-sum.md');
    const en = sarif(sampleResults(), { locale: 'en' }).runs[0].tool.driver.rules[0];
    expect(en.shortDescription.text).toBe('Shares of a whole add up to 100%');
    expect(en.fullDescription.text).toBe('Shares of a whole add up to 100%. Documentation: rules/percent-sum.md');
    expect(sarif(sampleResults(), { locale: 'en' }).runs[0].language).toBe('en');
  });

  it('maps severities to SARIF levels and keeps location, snippet and section', () => {
    const [error, warning, note] = sarif().runs[0].results;
    expect([error.level, warning.level, note.level]).toEqual(['error', 'warning', 'note']);
    expect(error.message.text).toBe('各项占比合计 99.5%，应为 100%');
    const loc = error.locations[0].physicalLocation;
    expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(decodeURIComponent(loc.artifactLocation.uri)).toBe('reports/鹿泉区 2025 自评报告.docx');
    expect(loc.artifactLocation.uri).not.toMatch(/[^\x21-\x7e]/);
    expect(loc.region).toEqual({ startLine: 12, startColumn: 5, endLine: 12, endColumn: 18, snippet: { text: '人员经费占 60.5%，公用经费占 39%' } });
    expect(error.properties.section).toEqual(['二、绩效目标实现情况', '（一）产出指标']);
    expect(warning.locations[0].physicalLocation.region).toMatchObject({ startLine: 30, endLine: 31, endColumn: 4 });
    expect(note.properties).toBeUndefined();
  });

  it('lists each file once as an artifact and results refer to it by index', () => {
    const run = sarif().runs[0];
    expect(run.artifacts.map((a: Json) => decodeURIComponent(a.location.uri))).toEqual([
      'reports/鹿泉区 2025 自评报告.docx', 'reports/clean.md', 'bad/old.doc', 'reports/crash.md',
    ]);
    expect(run.artifacts[0].mimeType).toMatch(/wordprocessingml/);
    expect(run.artifacts[1].mimeType).toBe('text/markdown');
    for (const r of run.results) {
      const a = r.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[a.index].location.uri).toBe(a.uri);
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/project/');
  });

  it('reports unreadable files and rule crashes both as notifications and as results', () => {
    const run = sarif().runs[0];
    const invocation = run.invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications.map((n: Json) => n.descriptor.id)).toEqual(['fatal', 'internal-error']);
    expect(invocation.toolExecutionNotifications[0].message.text).toMatch(/旧版 \.doc/);
    expect(decodeURIComponent(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri)).toBe('bad/old.doc');
    const fatal = run.results.filter((r: Json) => r.ruleId === 'fatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0].level).toBe('error');
    expect(run.tool.driver.rules[fatal[0].ruleIndex].id).toBe('fatal');
  });

  it('uses a file URI for files outside the working directory and a bare name for standard input', () => {
    const log = sarif([
      makeResult('/elsewhere/报告.md', [message({ ruleId: 'punctuation', severity: 'info', message: 'x' })]),
      makeResult('<text>', [message({ ruleId: 'punctuation', severity: 'info', message: 'y' })]),
    ]);
    expectValid(log);
    const [outside, stdin] = log.runs[0].artifacts.map((a: Json) => a.location);
    expect(outside).toEqual({ uri: 'file:///elsewhere/%E6%8A%A5%E5%91%8A.md' });
    expect(stdin).toEqual({ uri: 'text' });
  });

  it('keeps regions valid when a finding has a degenerate position', () => {
    const log = sarif([makeResult(`${cwd}/a.md`, [message({ ruleId: 'percent-sum', message: 'm', line: 0, column: 0, endLine: 0, endColumn: 0 })])]);
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it('includes every rule of the real registry', () => {
    const log = JSON.parse(sarifFormatter([], context({ rules: allRules })));
    expectValid(log);
    const ids = log.runs[0].tool.driver.rules.map((r: Json) => r.id);
    for (const rule of allRules) expect(ids).toContain(rule.meta.id);
  });

  it('builds repository links from the forms package.json allows', () => {
    expect(repositoryUrl('github:acme/reportlint')).toBe('https://github.com/acme/reportlint');
    expect(repositoryUrl('acme/reportlint')).toBe('https://github.com/acme/reportlint');
    expect(repositoryUrl({ url: 'git+https://gitlab.com/acme/reportlint.git' })).toBe('https://gitlab.com/acme/reportlint');
    expect(repositoryUrl('git@github.com:acme/reportlint.git')).toBe('https://github.com/acme/reportlint');
    expect(repositoryUrl(undefined)).toBeUndefined();
    expect(repositoryUrl('file:../local')).toBeUndefined();
    expect(blobBase('github:acme/reportlint')).toBe('https://github.com/acme/reportlint/blob/HEAD');
    expect(blobBase({ url: 'https://gitlab.com/acme/reportlint.git' })).toBe('https://gitlab.com/acme/reportlint/-/blob/HEAD');
    expect(blobBase(undefined)).toBeUndefined();
  });

  it('every result has partialFingerprints, stable when its line moves and distinct per finding', () => {
    const prints = (results: ReturnType<typeof sampleResults>) =>
      JSON.parse(sarifFormatter(results, context())).runs[0].results.map((r: Json) => r.partialFingerprints['reportlintFinding/v1'] as string);
    const before = prints(sampleResults());
    const moved = sampleResults().map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, line: m.line + 3, endLine: m.endLine + 3 })) }));
    expect(prints(moved)).toEqual(before);
    expect(before.every((p: string) => /^[0-9a-f]{32}$/.test(p))).toBe(true);
    expect(new Set(before).size).toBe(before.length);
  });

  it('links rule docs by absolute helpUri only when the package names its repository', () => {
    const rule = sarif().runs[0].tool.driver.rules[0];
    const hasRepository = Boolean(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).repository);
    if (hasRepository) expect(rule.helpUri).toMatch(/^https:\/\/.+\/rules\/percent-sum\.md$/);
    else expect(rule.helpUri).toBeUndefined();
  });
});
