// The four formatters on real lint results: the samples and a Markdown fixture linted by the pipeline the CLI's workers run (lintReport)
// (facts included), plus a file that cannot be read, each formatter loaded through the CLI's registry by name.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintReport } from '../../src/api.js';
import { allRules } from '../../rules/index.js';
import { loadFormatter } from '../../src/format/index.js';
import type { FileResult } from '../../src/engine/result.js';
import type { FormatContext } from '../../src/format/types.js';
import { commands, parseCsv, parseXml, sarifErrors } from './parsers.js';

const root = resolve(import.meta.dirname, '../..');
const inputs = [
  join(root, 'fixtures/luquan-2025-plain.docx'),
  join(root, 'fixtures/kepu-project-selfeval-table.docx'),
  join(root, 'fixtures/luquan-2025.md'),
  join(root, 'fixtures/bad/encrypted-agile.docx'),
];

let results: FileResult[];
const context = (locale: FormatContext['locale'] = 'zh-CN'): FormatContext => ({
  locale, rules: allRules, cwd: root, color: false, toolVersion: '0.1.0',
});

beforeAll(async () => {
  results = [];
  for (const file of inputs) results.push(await lintReport(readFileSync(file), file, { locale: 'zh-CN', settings: {} }));
});

describe('formatters on real results', () => {
  it('the inputs give findings, and the bad file a fatal', () => {
    expect(results[1].messages.length).toBeGreaterThan(0);
    expect(results[3].fatal).toBe(true);
  });

  it('sarif: valid, every finding located, every registered rule described', async () => {
    const log = JSON.parse((await loadFormatter('sarif'))(results, context()));
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBe(allRules.length + 3); // + fatal, inline-config, internal-error
    const total = results.reduce((n, r) => n + r.messages.length, 0);
    expect(run.results).toHaveLength(total);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(1);
    expect(run.artifacts[0].location).toEqual({ uri: 'fixtures/luquan-2025-plain.docx', uriBaseId: '%SRCROOT%' });
    expect(run.artifacts[2].location).toEqual({ uri: 'fixtures/luquan-2025.md', uriBaseId: '%SRCROOT%' });
  });

  it('github: one parsable command per finding', async () => {
    const out = (await loadFormatter('github'))(results, context());
    const parsed = commands(out);
    expect(parsed).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    for (const c of parsed) {
      expect(['error', 'warning', 'notice']).toContain(c.command);
      expect(Number(c.properties.line)).toBeGreaterThanOrEqual(1);
      expect(c.message.length).toBeGreaterThan(5);
    }
  });

  it('junit: well-formed, counts add up', async () => {
    const doc = parseXml((await loadFormatter('junit'))(results, context('en')));
    expect(doc.children).toHaveLength(inputs.length);
    const failures = doc.children.reduce((n, s) => n + Number(s.attributes.failures), 0);
    expect(Number(doc.attributes.failures)).toBe(failures);
    expect(Number(doc.attributes.errors)).toBe(1);
  });

  it('csv: one row per finding with its report facts, location, severity, rule, message and excerpt', async () => {
    const out = (await loadFormatter('csv'))(results, context());
    const rows = parseCsv(out.replace(/^\uFEFF/, ''));
    const messages = results.flatMap((r) => r.messages);
    expect(rows).toHaveLength(messages.length + 1);
    expect(rows.slice(1).every((r) => r.length === 10)).toBe(true);
    const first = rows.findIndex((r) => r[8] === messages[0]!.message);
    expect(first).toBe(1);
    expect(rows[1]![5]).toBe(String(messages[0]!.line));
    expect(rows[1]![7]).toBe(messages[0]!.ruleId);
    expect(rows.some((r) => r[7] === 'fatal' && /密码|加密/.test(r[8]!))).toBe(true);
  });

  it('csv-summary: one row per file with the report facts and the fatal reason', async () => {
    const out = (await loadFormatter('csv-summary'))(results, context());
    const rows = parseCsv(out.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(inputs.length + 1);
    const luquan = rows[1];
    expect(luquan[1]).toMatch(/鹿泉区科协.*2025年度.*自评报告/);
    expect(luquan[2]).toBe('2025');
    expect(luquan[4]).toBe('部门整体支出');
    expect(rows[4][10]).toMatch(/密码|加密/);
    expect(rows.slice(1).every((r) => r.length === 11)).toBe(true);
  });
});
