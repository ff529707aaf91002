// The JSON contract and exit codes of `reportlint FILE…`, on the fixtures and on reports written as a user would.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD, KEPU, PLAIN, SEED_MD, STYLED, cli, lintJson, tempTree } from './run-cli.js';

const SEED = readFileSync(SEED_MD, 'utf8');
const CLEAN_MD = `# 关于某单位2024年度部门整体支出绩效自评报告

一、部门基本情况

本单位主要职能是开展科普宣传。

二、绩效目标实现情况

全年完成各项工作任务。
`;

describe('JSON contract', () => {
  it('gives one entry per file with every field, in input order, counts matching messages', async () => {
    const files = [PLAIN, STYLED, KEPU, SEED_MD];
    const { run, entries } = await lintJson(files);
    expect(entries.map((e) => e.filePath)).toEqual(files);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['errorCount', 'filePath', 'infoCount', 'messages', 'warningCount']);
      expect(e.errorCount).toBe(e.messages.filter((m) => m.severity === 'error').length);
      expect(e.warningCount).toBe(e.messages.filter((m) => m.severity === 'warning').length);
      expect(e.infoCount).toBe(e.messages.filter((m) => m.severity === 'info').length);
      for (const m of e.messages) {
        expect(Object.keys(m).sort()).toEqual(['column', 'endColumn', 'endLine', 'excerpt', 'line', 'message', 'ruleId', 'section', 'severity']);
        expect(['error', 'warning', 'info']).toContain(m.severity);
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
        expect(m.endLine).toBeGreaterThanOrEqual(m.line);
        expect(Array.isArray(m.section)).toBe(true);
        expect(typeof m.excerpt).toBe('string');
      }
    }
    const errors = entries.reduce((n, e) => n + e.errorCount, 0);
    expect(run.code).toBe(errors > 0 ? 1 : 0);
  });

  it('.docx lines count lines of `reportlint print`', async () => {
    const { entries } = await lintJson([PLAIN]);
    const printed = await cli(['print', PLAIN]);
    expect(printed.code).toBe(0);
    const located = entries[0]!.messages.filter((m) => m.excerpt.length > 0 && !m.excerpt.includes('\n'));
    expect(located.length).toBeGreaterThan(0);
    for (const m of located) {
      const line = printed.out.split('\n').find((l) => new RegExp(`^\\s*${m.line}\\b`).test(l));
      expect(line, `line ${m.line} in print output`).toBeDefined();
      expect(line).toContain(m.excerpt.slice(0, 10));
    }
  });

  it('messages follow --locale', async () => {
    const zh = (await lintJson([SEED_MD])).entries[0]!.messages;
    const en = (await lintJson(['--locale', 'en', SEED_MD])).entries[0]!.messages;
    expect(en.map((m) => m.ruleId)).toEqual(zh.map((m) => m.ruleId));
    expect(zh.some((m) => /[\u4e00-\u9fff]/.test(m.message.replace(/「[^」]*」|“[^”]*”/g, '')))).toBe(true);
    expect(en.length).toBeGreaterThan(0);
  });
});

describe('exit codes', () => {
  const t = tempTree({ 'clean.md': CLEAN_MD, 'seed.md': SEED });
  afterAll(() => t.cleanup());

  it('0 when no errors, 1 on errors', async () => {
    const clean = await lintJson([t.path('clean.md'), '--rule', 'required-sections:off']);
    const errors = clean.entries[0]!.errorCount;
    expect(clean.run.code).toBe(errors > 0 ? 1 : 0);
    const seed = await lintJson([t.path('seed.md')]);
    expect(seed.entries[0]!.errorCount).toBeGreaterThan(0);
    expect(seed.run.code).toBe(1);
  });

  it('--max-warnings 0 exits 1 on warnings only; a higher limit exits 0', async () => {
    const all = (await lintJson([t.path('seed.md')])).entries[0]!;
    const warningRules = [...new Set(all.messages.filter((m) => m.severity === 'warning').map((m) => m.ruleId))];
    const errorRules = [...new Set(all.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId))];
    // turn every rule that gave an error into a warning: only warnings remain
    const demote = errorRules.flatMap((id) => ['--rule', `${id}:warning`]);
    const onlyWarnings = await lintJson([...demote, t.path('seed.md')]);
    expect(onlyWarnings.entries[0]!.errorCount).toBe(0);
    const warnings = onlyWarnings.entries[0]!.warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect(onlyWarnings.run.code).toBe(0);
    const strict = await cli(['--format', 'json', '--max-warnings', '0', ...demote, t.path('seed.md')]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/--max-warnings/);
    expect((await cli(['--format', 'json', '--max-warnings', String(warnings), ...demote, t.path('seed.md')])).code).toBe(0);
    expect(warningRules.length + errorRules.length).toBeGreaterThan(0);
  });

  it('--quiet shows errors only', async () => {
    const { entries } = await lintJson(['--quiet', t.path('seed.md')]);
    expect(entries[0]!.messages.every((m) => m.severity === 'error')).toBe(true);
    expect(entries[0]!.warningCount).toBe(0);
  });

  it('2 for bad usage, with a helpful line', async () => {
    for (const args of [[], ['--concurrency', 'many', SEED_MD], ['--max-warnings', 'x', SEED_MD], ['--format', 'pdf', SEED_MD],
      ['--locale', 'fr', SEED_MD], ['--no-such-option', SEED_MD], ['--rule', 'percent-sum', SEED_MD], ['--rule', 'no-such-rule:error', SEED_MD],
      ['--max-file-size', 'big', SEED_MD], ['--timeout', '-1', SEED_MD], ['--timeout', '3000000s', SEED_MD], ['--profile', 'nosuch', SEED_MD],
      ['does-not-exist/*.docx']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().length, args.join(' ')).toBeGreaterThan(10);
      expect(r.out).toBe('');
    }
    expect((await cli(['--format', 'pdf', SEED_MD])).err).toMatch(/stylish.*json.*sarif/);
    expect((await cli(['--rule', 'no-such-rule:error', SEED_MD])).err).toMatch(/no-such-rule/);
    expect((await cli(['--timeout', '3000000s', SEED_MD])).err).toMatch(/1 毫秒至 24 天/);
  });

  it('a missing named file is its own fatal entry; the rest is linted; 2 only when nothing could be', async () => {
    const alone = await lintJson([t.path('missing.md')]);
    expect(alone.run.code).toBe(2);
    expect(alone.entries[0]!.messages[0]).toMatchObject({ ruleId: 'fatal' });
    expect(alone.entries[0]!.messages[0]!.message).toMatch(/找不到此文件/);
    const both = await lintJson([t.path('missing.md'), SEED_MD]);
    expect(both.entries.map((e) => e.filePath)).toEqual([t.path('missing.md'), SEED_MD]);
    expect(both.run.code).toBe(1);
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--format/);
    expect(help.out).toMatch(/print/);
    expect((await cli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('an unreadable file alone exits 2 with a message saying what it is and how to convert; in a batch it is one entry', async () => {
    const legacy = await cli([`${BAD}/legacy-word97.doc`]);
    expect(legacy.code).toBe(2);
    expect(legacy.out + legacy.err).toMatch(/97|2003/);
    expect(legacy.out + legacy.err).toMatch(/另存为|\.docx/);
    const en = await cli(['--locale', 'en', `${BAD}/legacy-word97.doc`]);
    expect(en.out + en.err).toMatch(/Word 97|\.doc\b/);
    expect(en.out + en.err).toMatch(/save/i);
    const batch = await lintJson([`${BAD}/legacy-word97.doc`, t.path('seed.md')]);
    expect(batch.entries).toHaveLength(2);
    expect(batch.entries[0]!.messages).toHaveLength(1);
    expect(batch.entries[0]!.messages[0]).toMatchObject({ ruleId: 'fatal', severity: 'error', line: 1, column: 1 });
    expect(batch.entries[1]!.messages.length).toBeGreaterThan(0);
    expect(batch.run.code).toBe(1);
  });

  it('all files unreadable → 2', async () => {
    const r = await lintJson([`${BAD}/empty.docx`, `${BAD}/rtf-saved-as.doc`]);
    expect(r.entries.map((e) => e.messages[0]!.ruleId)).toEqual(['fatal', 'fatal']);
    expect(r.run.code).toBe(2);
  });
});
