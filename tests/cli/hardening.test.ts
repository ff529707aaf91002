// Hardening (issue 18): every limit holds in every path, the same bytes get the same verdict in both pool modes, a
// sender cannot silence a reviewer or reach the terminal, and faults never discard results. Each class is tried with
// a hostile input built here; the tests assert the answer (a fatal with its cause, identical JSON, escaped output),
// never a duration (limits are measured in `npm run bench`).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_MD, cli, cliAsync, lintJson, tempTree, type JsonEntry } from './run-cli.js';
import { bigNumberingDocx, controlCharsDocx, deepListMarkdown, deepQuoteMarkdown, deepSdtDocx, utf16ContentTypesDocx } from '../helpers/hostile.js';
import { parseReport } from '../../src/api.js';
import { terminalSafe } from '../../src/format/terminal.js';
import { formatDuration } from '../../src/i18n/limits.js';
import { useColor } from '../../src/cli/usage.js';

const SEED = readFileSync(SEED_MD, 'utf8');
const MODES = ['off', '2'] as const;
const parse = (out: string) => JSON.parse(out) as JsonEntry[];
const fatalOf = (e: JsonEntry) => e.messages.find((m) => m.ruleId === 'fatal')?.message ?? '';

const t = tempTree({
  'seed.md': SEED,
  'deep.docx': deepSdtDocx(10_000),
  'deep-quote.md': deepQuoteMarkdown(50_000, SEED),
  'deep-list.md': deepListMarkdown(20_000, SEED),
  'numbering.docx': bigNumberingDocx(1_000_000_000),
  'utf16.docx': utf16ContentTypesDocx(),
  'esc.docx': controlCharsDocx(),
  'esc.md': SEED.replace('一、部门基本情况', '一、部门基本情况\u001b[2J\u001b]0;pwned\u0007'),
  'disabled.md': `<!-- reportlint-disable-file -->\n${SEED}`,
});
afterAll(() => t.cleanup());

describe('limits hold in every path, in both pool modes', async () => {
  it('a rule that allocates without bound: that file is a fatal naming the rule, the process lives, the next file is linted', async () => {
    for (const concurrency of MODES) {
      const run = await cliAsync(['--format', 'json', '--max-memory', '64', '--concurrency', concurrency, t.path('seed.md'), SEED_MD], { env: { REPORTLINT_TEST_FAULTS: 'alloc' } });
      const entries = parse(run.out);
      expect(entries).toHaveLength(2);
      for (const e of entries) expect(fatalOf(e), concurrency).toMatch(/运行规则 test-fault-alloc 时内存超过 64 MB 上限/);
    }
  }, 120_000);

  it('print and tree read under the same limits: a hostile numbering value is capped where read', async () => {
    const printed = await cli(['print', t.path('numbering.docx')]);
    expect(printed.code).toBe(0);
    const label = printed.out.split('\n')[1]!;
    expect(label.length).toBeLessThan(120);
    expect(label).toMatch(/部门基本情况/);
    const tree = await cli(['tree', '--format', 'json', t.path('numbering.docx')]);
    expect(tree.code).toBe(0);
    expect(tree.out.length).toBeLessThan(20_000);
  });

  it('print under --max-memory and --timeout: a refusal with its cause, exit 2', async () => {
    const deep = await cli(['print', t.path('deep.docx')]);
    expect(deep.code).toBe(2);
    expect(deep.err).toMatch(/嵌套层级超过 200 层/);
    const bad = await cli(['print', '--timeout', '99999999999s', t.path('seed.md')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--timeout/);
  });

  it('standard input is read with the size limit as it streams', async () => {
    const r = await cli(['--format', 'json', '--stdin', '--max-file-size', '1KB'], { input: SEED.repeat(20) });
    expect(r.code).toBe(2);
    expect(fatalOf(parse(r.out)[0]!)).toMatch(/标准输入超过上限 1 KB/);
    const ok = await cli(['--format', 'json', '--stdin'], { input: SEED });
    expect(parse(ok.out)[0]!.messages.length).toBeGreaterThan(5);
  });

  it('a FIFO or a device in place of a file is refused, not opened; the rest is linted', async () => {
    const fifo = t.path('pipe.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const r = await lintJson([fifo, '/dev/zero', t.path('seed.md')], { timeout: 60_000 });
    expect(r.entries).toHaveLength(3);
    expect(fatalOf(r.entries[0]!)).toMatch(/命名管道/);
    expect(fatalOf(r.entries[1]!)).toMatch(/设备文件/);
    expect(r.entries[2]!.messages.length).toBeGreaterThan(5);
  });

  it('--timeout and limits.timeout beyond the timer range are usage / config errors naming the range', async () => {
    for (const value of ['3000000s', '1e300', '0']) {
      const r = await cli(['--format', 'json', '--timeout', value, t.path('seed.md')]);
      expect(r.code, value).toBe(2);
      expect(r.err, value).toMatch(/1 毫秒至 24 天/);
      expect(r.out).toBe('');
    }
    const c = tempTree({ '.reportlintrc.json': JSON.stringify({ limits: { timeout: 1e300 } }), 'a.md': SEED });
    try {
      const r = await cli(['--format', 'json', c.path('a.md')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/limits\.timeout.*24 天/);
    } finally {
      c.cleanup();
    }
  });

  it('durations are never "0 秒": 1 ms reads 1 毫秒', async () => {
    expect(formatDuration(1, 'zh-CN')).toBe('1 毫秒');
    expect(formatDuration(1500, 'en')).toBe('1.5 s');
    expect(formatDuration(90_000, 'zh-CN')).toBe('1 分 30 秒');
  });
});

describe('same bytes, same verdict', async () => {
  it('20 copies of a 10 000-deep .docx and of deep Markdown: identical JSON in both pool modes, a specific message', async () => {
    const files = [
      ...Array.from({ length: 20 }, () => t.path('deep.docx')),
      t.path('deep-quote.md'), t.path('deep-list.md'),
    ];
    // distinct paths (the same path given twice is linted once)
    const copies = files.map((f, i) => {
      const p = t.path(`copies/${i}-${f.split('/').pop()}`);
      mkdirSync(t.path('copies'), { recursive: true });
      writeFileSync(p, readFileSync(f));
      return p;
    });
    const runs = await Promise.all(MODES.map((c) => cliAsync(['--format', 'json', '--concurrency', c, ...copies])));
    const [off, two] = runs.map((r) => parse(r.out));
    expect(JSON.stringify(off)).toBe(JSON.stringify(two));
    for (const e of off!.slice(0, 20)) expect(fatalOf(e)).toMatch(/word\/document\.xml 中的元素嵌套层级超过 200 层/);
    for (const e of off!.slice(20)) expect(fatalOf(e)).toMatch(/引用（>）或列表嵌套层级超过 100 层/);
  }, 180_000);

  it('a UTF-16 [Content_Types].xml is read (OPC allows it)', async () => {
    const doc = await parseReport(readFileSync(t.path('utf16.docx')), 'utf16.docx');
    expect(doc.lines).toContain('一、部门基本情况');
  });
});

describe('the command line cannot be fooled', async () => {
  it('a folder named rules (or print, tree) after options is linted, not taken as the subcommand', async () => {
    const w = tempTree({ 'rules/r.md': SEED, 'tree/t.md': SEED });
    try {
      const r = await cli(['--format', 'json', 'rules'], { cwd: w.dir });
      expect(parse(r.out)).toHaveLength(1);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/既是子命令名.*已按要检查的路径处理/);
      const tree = await cli(['--quiet', 'tree'], { cwd: w.dir });
      expect(tree.out).toMatch(/t\.md/);
      // the subcommand keeps its one unambiguous form, the first argument, and warns about the path
      const list = await cli(['rules'], { cwd: w.dir });
      expect(list.out).toMatch(/sum-total/);
      expect(list.err).toMatch(/\.\/rules/);
    } finally {
      w.cleanup();
    }
  });

  it('--no-inline-config and the config key noInlineConfig: a sender cannot silence the reviewer; every directive is listed', async () => {
    const honoured = (await lintJson([t.path('disabled.md')])).entries[0]!;
    expect(honoured.messages.map((m) => m.ruleId)).toEqual(['inline-config']);
    expect(honoured.messages[0]!.message).toMatch(/本报告含有关闭检查的指令/);
    const strict = await lintJson(['--no-inline-config', t.path('disabled.md')]);
    expect(strict.entries[0]!.errorCount).toBeGreaterThan(5);
    expect(strict.run.code).toBe(1);
    const c = tempTree({ '.reportlintrc.json': JSON.stringify({ noInlineConfig: true }), 'a.md': `<!-- reportlint-disable-file -->\n${SEED}` });
    try {
      expect((await lintJson([c.path('a.md')])).entries[0]!.errorCount).toBe(strict.entries[0]!.errorCount);
    } finally {
      c.cleanup();
    }
  });

  it('terminal control characters from a report or a file name are escaped in stylish, print and tree', async () => {
    const named = t.path('x\u001b[2J.md');
    writeFileSync(named, readFileSync(t.path('esc.md')));
    const outputs = [
      (await cli(['--no-color', t.path('esc.md'), named])).out,
      (await cli(['print', t.path('esc.md')])).out,
      (await cli(['print', t.path('esc.docx')])).out,
      (await cli(['tree', t.path('esc.md')])).out,
      (await cli(['--format', 'github', t.path('esc.md')])).out,
    ];
    for (const out of outputs) {
      expect(out.length).toBeGreaterThan(20);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(outputs[1]).toMatch(/\\u\{1b\}\[2J\\u\{1b\}\]0;pwned\\u\{7\}/);
    expect(outputs[2]).toMatch(/\\u\{1b\}\[2J/);
    expect(terminalSafe('a\u202Eb\tc\nd')).toBe('a\\u{202e}b\tc\nd');
  });
});

describe('faults never discard results', async () => {
  it('an unwritable --cache-location: a warning on stderr, the results printed', async () => {
    const blocker = t.path('not-a-folder');
    writeFileSync(blocker, 'x');
    const r = await cli(['--format', 'json', '--cache', '--cache-location', join(blocker, 'sub', 'cache.json'), t.path('seed.md')]);
    expect(parse(r.out)[0]!.messages.length).toBeGreaterThan(5);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/无法写入缓存.*已照常输出/);
  });

  it('a cache of the right version and the wrong shape is ignored, with a warning', async () => {
    const loc = t.path('cache.json');
    const first = await cli(['--format', 'json', '--cache', '--cache-location', loc, t.path('seed.md')]);
    writeFileSync(loc, readFileSync(loc, 'utf8').replace(/"messages"\s*:\s*\[/g, '"messages":7,"x":['));
    const second = await cli(['--format', 'json', '--cache', '--cache-location', loc, t.path('seed.md')]);
    expect(second.out).toBe(first.out);
    expect(second.err).toMatch(/已损坏/);
  });

  it('GBK file names are walked and opened by their bytes; an unreadable folder and a symlink loop are said', async () => {
    const dir = t.path('gbk');
    mkdirSync(dir);
    // "报告.md" in GBK: B1 A8 B8 E6
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.md')]), SEED);
    symlinkSync('.', join(dir, 'loop'));
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.md'), SEED);
    chmodSync(locked, 0);
    try {
      const r = await lintJson([dir]);
      const byName = new Map(r.entries.map((e) => [e.filePath.slice(dir.length + 1), e]));
      expect(byName.get('报告.md')!.messages.length).toBeGreaterThan(5);
      expect(r.run.err).toMatch(/loop.*循环/);
      // root ignores permissions: only an unprivileged run can see the refusal
      if (process.getuid?.() !== 0) expect(fatalOf(byName.get('locked')!)).toMatch(/无法读取此文件夹（没有权限）/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('a YAML alias bomb in a config is a config error naming the file', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'rules: {}'].join('\n');
    const c = tempTree({ '.reportlintrc.yaml': bomb, 'a.md': SEED });
    try {
      const r = await cli(['--format', 'json', c.path('a.md')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/\.reportlintrc\.yaml.*别名/);
    } finally {
      c.cleanup();
    }
  });
});

describe('CLI conventions', async () => {
  it('several formats with -o need their own files; --quiet --max-warnings 0 says what failed', async () => {
    const r = await cli(['-f', 'json', '-f', 'csv', '-o', t.path('out.json'), t.path('seed.md')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/json, csv.*json:out\.json/);
    const warnOnly = tempTree({ 'w.md': '某局2024年度部门整体支出绩效自评报告\n<!-- reportlint-disable-file required-sections signature-block -->\n根据鹿发﹝2019﹞8号文件。\n' });
    try {
      const q = await cli(['--quiet', '--max-warnings', '0', warnOnly.path('w.md')]);
      expect(q.code).toBe(1);
      expect(q.err).toMatch(/警告数 \d+ 超过.*--quiet/);
    } finally {
      warnOnly.cleanup();
    }
  });

  it('zh-CN throughout: commander errors and help in Chinese; FORCE_COLOR=0 turns colours off', async () => {
    const r = await cli(['--bogus-option', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/未知的选项 “--bogus-option”/);
    expect((await cli(['--help'])).out).toMatch(/^用法：/m);
    expect((await cli(['print'])).err).toMatch(/缺少必需的参数/);
    expect(useColor(undefined, true, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(undefined, false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, false, { FORCE_COLOR: '0' })).toBe(true);
  });

  it('config ignorePatterns apply to explicitly named files, with a word on stderr', async () => {
    const c = tempTree({ '.reportlintrc.json': JSON.stringify({ ignorePatterns: ['drafts/**'] }), 'drafts/a.md': SEED, 'b.md': SEED });
    try {
      const r = await cli(['--format', 'json', c.path('drafts/a.md'), c.path('b.md')], { cwd: c.dir });
      expect(parse(r.out).map((e) => e.filePath)).toEqual([c.path('b.md')]);
      expect(r.err).toMatch(/已按忽略规则跳过/);
    } finally {
      c.cleanup();
    }
  });
});
