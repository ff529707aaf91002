// stylish (default) and the other formats as the CLI wires them: colours, summary line, several formats at once,
// --output-file; and the `print`, `tree` and `rules` commands.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD, KEPU, PLAIN, ROOT, SEED_MD, STYLED, cli, lintJson, tempTree } from './run-cli.js';

const ANSI = /\u001b\[/;

describe('stylish', () => {
  it('per file its path, then line:col, severity, message, rule id, section; a summary line in zh-CN', async () => {
    const { entries } = await lintJson([PLAIN]);
    const r = await cli([PLAIN]);
    expect(r.out).not.toMatch(ANSI);
    expect(r.out).toContain('fixtures/luquan-2025-plain.docx');
    const m = entries[0]!.messages.find((x) => x.section.length > 0)!;
    const line = r.out.split('\n').find((l) => l.includes(`${m.line}:${m.column}`) && l.includes(m.ruleId))!;
    expect(line).toBeDefined();
    expect(line).toContain(m.message.slice(0, 20));
    expect(line).toContain(m.section.join(' › '));
    expect(line).toMatch(/错误|警告|提示/);
    const e = entries[0]!;
    expect(r.out).toContain(`✖ ${e.errorCount + e.warningCount + e.infoCount} 个问题（${e.errorCount} 个错误，${e.warningCount} 个警告，${e.infoCount} 条提示）`);
  });

  it('English summary; colours only with --color (and never with --no-color)', async () => {
    const en = await cli(['--locale', 'en', SEED_MD]);
    expect(en.out).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ info\)/);
    expect(en.out).toMatch(/\berror\b|\bwarning\b/);
    expect((await cli(['--color', SEED_MD])).out).toMatch(ANSI);
    expect((await cli(['--no-color', SEED_MD])).out).not.toMatch(ANSI);
  });

  it('prints nothing for a clean run, and the fatal for an unreadable file', async () => {
    const bad = await cli([`${BAD}/rtf-saved-as.doc`]);
    expect(bad.out).toMatch(/RTF/);
    expect(bad.out).toMatch(/fatal/);
    const ids = (JSON.parse((await cli(['rules', '--format', 'json'])).out) as { id: string }[]).map((x) => x.id);
    const none = await cli([...ids.flatMap((id) => ['--rule', `${id}:off`]), SEED_MD]);
    expect(none.out).toBe('');
    expect(none.code).toBe(0);
  });
});

describe('several formats, output files', () => {
  const t = tempTree({});
  afterAll(() => t.cleanup());

  it('--format stylish --format sarif:FILE --format json:FILE writes each', async () => {
    const sarif = t.path('out/r.sarif');
    const json = t.path('r.json');
    const r = await cli(['--format', 'stylish', '--format', `sarif:${sarif}`, '--format', `json:${json}`, PLAIN, KEPU]);
    expect(r.out).toMatch(/✖/);
    const s = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].results.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual((await lintJson([PLAIN, KEPU])).entries);
  });

  it('--output-file takes the output of formats without their own file', async () => {
    const out = t.path('plain.txt');
    const r = await cli(['--output-file', out, '--format', 'github', PLAIN]);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^::(error|warning|notice) file=/m);
  });

  it('every registered format produces output through the CLI', async () => {
    // one run, every text format: stylish on stdout, each other one to its own file
    const formats = ['json', 'sarif', 'github', 'junit', 'csv', 'csv-summary'];
    const r = await cli(['--format', 'stylish', ...formats.flatMap((f) => ['--format', `${f}:${t.path(`all.${f}`)}`]), PLAIN, KEPU, STYLED]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✖/);
    for (const format of formats) expect(readFileSync(t.path(`all.${format}`), 'utf8').length, format).toBeGreaterThan(20);
    // csv and csv-summary get the facts (title, year …) collected while linting
    expect(readFileSync(t.path('all.csv-summary'), 'utf8')).toMatch(/,2025,鹿泉区科协,/);
    expect(readFileSync(t.path('all.csv'), 'utf8')).toMatch(/,鹿泉区科协,2025,部门整体支出,/);
  });

  it('nothing is written when no output file is asked for', async () => {
    const before = readdirSync(ROOT).sort();
    await cli(['--format', 'json', '--cache-location', t.path('unused'), SEED_MD]);
    expect(readdirSync(ROOT).sort()).toEqual(before);
    expect(existsSync(t.path('unused'))).toBe(false);
  });
});

describe('TIMING=1 and progress', () => {
  it('TIMING=1 prints a per-rule time table on stderr after the run, stdout unchanged', async () => {
    const plain = await cli(['--format', 'json', SEED_MD]);
    const timed = await cli(['--format', 'json', SEED_MD], { env: { TIMING: '1' } });
    expect(timed.out).toBe(plain.out);
    expect(plain.err).toBe('');
    const lines = timed.err.trim().split('\n');
    expect(lines[0]).toMatch(/规则\s*\|\s*耗时 \(ms\)\s*\|\s*占比/);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    const ruleIds = new Set((JSON.parse((await cli(['rules', '--format', 'json'])).out) as { id: string }[]).map((r) => r.id));
    // the table rows, then one line splitting the run into phases
    const phases = lines.pop()!;
    expect(phases).toMatch(/模块加载 [\d.]+ \| 配置 [\d.]+ \| 读取 [\d.]+ \| 规则 [\d.]+ \| 输出 [\d.]+/);
    const named = lines.slice(2).map((l) => l.split('|')[0]!.trim());
    expect(named.some((n) => ruleIds.has(n))).toBe(true);
    expect(lines.slice(2).every((l) => /\d+\.\d{3} \|\s+\d+\.\d%$/.test(l))).toBe(true);
  });

  it('no progress line when stderr is not a terminal', async () => {
    const many = Array.from({ length: 25 }, () => SEED_MD);
    const t = tempTree(Object.fromEntries(many.map((_, i) => [`r${i}.md`, readFileSync(SEED_MD)])));
    try {
      const r = await cli(['--format', 'json', t.dir]);
      expect(JSON.parse(r.out)).toHaveLength(25);
      expect(r.err).toBe('');
    } finally {
      t.cleanup();
    }
  });
});

describe('print, tree, rules', () => {
  it('print numbers every line of the rendering', async () => {
    for (const file of [PLAIN, SEED_MD]) {
      const r = await cli(['print', file]);
      expect(r.code).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(20);
      lines.forEach((l, i) => expect(l).toMatch(new RegExp(`^\\s*${i + 1}\\b`)));
    }
  });

  it('tree shows the sections and the scoring tables; --format json gives a JSON tree', async () => {
    const text = await cli(['tree', STYLED]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/六、/);
    expect(text.out).toMatch(/分项绩效目标实现情况/);
    const kepu = (await cli(['tree', KEPU])).out;
    expect(kepu).toMatch(/自评表/);
    const json = JSON.parse((await cli(['tree', '--format', 'json', STYLED])).out);
    expect(json.headings.length).toBeGreaterThan(3);
    expect(Array.isArray(json.scoringTables)).toBe(true);
  });

  it('print/tree of an unreadable file: exit 2 with the reason', async () => {
    const r = await cli(['print', `${BAD}/legacy-word97.doc`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/97/);
    expect((await cli(['tree', 'nope.docx'])).code).toBe(2);
  });

  it('rules lists every rule with default severity, description in the locale and doc path', async () => {
    const json = JSON.parse((await cli(['rules', '--format', 'json'])).out) as { id: string; defaultSeverity: string; description: string; doc: string }[];
    expect(json.length).toBeGreaterThan(5);
    for (const r of json) {
      expect(r.doc).toBe(`rules/${r.id}.md`);
      expect(['off', 'info', 'warning', 'error']).toContain(r.defaultSeverity);
    }
    const zh = (await cli(['rules'])).out;
    const en = (await cli(['rules', '--locale', 'en'])).out;
    for (const r of json) {
      expect(zh).toContain(r.id);
      expect(zh).toContain(r.description);
    }
    expect(en).not.toEqual(zh);
    expect(en).toContain(json[0]!.id);
  });
});
