// Isolation (issue 7): a rule that throws or loops costs that file one `internal-error`, big files are refused before
// reading, Markdown never loads the .docx stack, and workers give the same JSON as one thread. Runaway corpus files
// and zip bombs: tests/corpus/cli-isolation.test.ts.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD, BIN, KEPU, PLAIN, ROOT, SEED_MD, STYLED, cli, cliAsync, lintJson, tempTree, type JsonEntry } from './run-cli.js';

const SEED = readFileSync(SEED_MD, 'utf8');
const without = (entries: JsonEntry[], ruleId: string) => entries.map((e) => e.messages.filter((m) => m.ruleId !== ruleId && m.ruleId !== 'internal-error'));

describe('failing rules (REPORTLINT_TEST_FAULTS test hook)', () => {
  const files = [PLAIN, KEPU, SEED_MD];
  const t = tempTree({ 'a.md': SEED.replace('12.81%', '12.31%'), 'b.md': SEED.replace(/四、[\s\S]*?(?=五、)/, '') });
  afterAll(() => t.cleanup());

  it('the hook is off by default: no test rule in `reportlint rules`', async () => {
    expect((await cli(['rules'])).out).not.toMatch(/test-fault/);
  });

  it('a rule that throws gives one internal-error per file naming it; all other findings stay', async () => {
    const normal = (await lintJson(files)).entries;
    // the fault rules are registered once per process: a process of its own
    const entries = JSON.parse((await cliAsync(['--format', 'json', ...files], { env: { REPORTLINT_TEST_FAULTS: 'throw' } })).out) as JsonEntry[];
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      const internal = e.messages.filter((m) => m.ruleId === 'internal-error');
      expect(internal).toHaveLength(1);
      expect(internal[0]!.message).toMatch(/test-fault-throw/);
      expect(internal[0]!.severity).toBe('error');
    }
    expect(without(entries, 'test-fault-throw')).toEqual(without(normal, 'x'));
  });

  it('a rule that loops: the file gets one fatal naming the rule and the phase; the batch goes on (both pool modes)', async () => {
    // One clock per file for reading and every rule together; the looping rule runs last and is the one named.
    const texts = [SEED_MD, t.path('a.md'), t.path('b.md')];
    const verdicts: string[] = [];
    for (const concurrency of ['off', '2']) {
      const run = await cliAsync(['--format', 'json', '--timeout', '2500ms', '--concurrency', concurrency, ...texts], { env: { REPORTLINT_TEST_FAULTS: 'loop' } });
      const entries = JSON.parse(run.out) as JsonEntry[];
      expect(entries.map((e) => e.filePath)).toEqual(texts);
      for (const e of entries) {
        expect(e.messages).toHaveLength(1);
        expect(e.messages[0]).toMatchObject({ ruleId: 'fatal', severity: 'error' });
        expect(e.messages[0]!.message).toMatch(/2\.5 秒的时限.*读取用时.*规则 test-fault-loop 运行时/);
      }
      expect(run.code).toBe(2);
      verdicts.push(JSON.stringify(entries.map((e) => e.messages.map((m) => m.message.replace(/[\d.]+ (秒|毫秒)/g, 'T')))));
    }
    expect(verdicts[0]).toBe(verdicts[1]);
  }, 120_000);

  it('English text for the timeout', async () => {
    const run = await cliAsync(['--format', 'json', '--locale', 'en', '--timeout', '2s', '--concurrency', '2', SEED_MD], { env: { REPORTLINT_TEST_FAULTS: 'throw,loop' } });
    const message = (JSON.parse(run.out) as JsonEntry[])[0]!.messages.map((m) => m.message).join('\n');
    expect(message).toMatch(/longer than the 2 s limit per file.*reading took.*rule test-fault-loop/);
  });
});

describe('big files', () => {
  it('--max-file-size refuses bigger files before reading them', async () => {
    const t = tempTree({});
    try {
      const path = t.path('huge.docx');
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 3 * 1024 ** 3); // 3 GB sparse: reading it would take long and fail
      closeSync(fd);
      const r = await lintJson(['--max-file-size', '1MB', path, SEED_MD]);
      expect(r.entries[0]!.messages[0]!.message).toMatch(/3 ?GB|3072 MB|超过上限 1 MB/);
      const dflt = await lintJson([path]);
      expect(dflt.entries[0]!.messages[0]!.message).toMatch(/超过上限 50 MB/);
      expect(dflt.run.code).toBe(2);
    } finally {
      t.cleanup();
    }
  });

});

describe('cold start', () => {
  it('linting Markdown never imports mammoth (the .docx stack); a .docx does', async () => {
    const t = tempTree({ 'hook.mjs': `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(process.env.TRACE_OUT, r.url + '\\n'); return r; }\n`,
      // CommonJS requires too (the bundle's cached lint task, lint-task.cjs, loads its externals through require)
      'register.mjs': `import { register, createRequire } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregister(new URL('./hook.mjs', import.meta.url));\n` +
        `const Module = createRequire(import.meta.url)('node:module');\nconst load = Module._load;\n` +
        `Module._load = function (request, parent, ...rest) { appendFileSync(process.env.TRACE_OUT, 'require ' + request + ' from ' + (parent && parent.filename) + '\\n'); return load.call(this, request, parent, ...rest); };\n`,
      'x.md': SEED });
    try {
      const trace = (file: string) => {
        const out = t.path(`trace-${Math.random()}.txt`);
        writeFileSync(out, '');
        const r = spawnSync(process.execPath, ['--import', t.path('register.mjs'), BIN, '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TRACE_OUT: out } });
        expect(JSON.parse(r.stdout)).toHaveLength(1);
        const loaded = readFileSync(out, 'utf8');
        rmSync(out);
        return loaded;
      };
      const md = trace(t.path('x.md'));
      // module names from dist/src/, or the bundle's chunks (dist/bundle/rules-*.js, docx-*.js), or its cached
      // CommonJS lint task (lint-task.cjs, which holds the rules)
      expect(md).toMatch(/rules\/index\.js|bundle\/rules-|bundle\/lint-task\.cjs/);
      expect(md).not.toMatch(/mammoth/);
      expect(md).not.toMatch(/parse\/docx\/|bundle\/docx-/);
      // the docx stack is loaded in the worker, which this loader hook also sees
      expect(trace(STYLED)).toMatch(/mammoth/);
    } finally {
      t.cleanup();
    }
  });
});

describe('workers give the same JSON as one thread', () => {
  const t = tempTree({ 'seed.md': SEED, 'cut.md': SEED.replace(/四、[\s\S]*?(?=五、)/, ''), 'pct.md': SEED.replace('12.81%', '12.31%') });
  afterAll(() => t.cleanup());

  it('samples, fixtures, edited reports and an unreadable file (a corpus slice: tests/corpus/cli-isolation.test.ts)', async () => {
    const files = [PLAIN, STYLED, KEPU, SEED_MD, t.path('seed.md'), t.path('cut.md'), t.path('pct.md'), join(BAD, 'legacy-word97.doc'), join(BAD, 'xml-billion-laughs.docx')];
    const off = await cli(['--format', 'json', '--concurrency', 'off', ...files]);
    expect((JSON.parse(off.out) as JsonEntry[]).map((e) => e.filePath)).toEqual(files);
    const two = await cli(['--format', 'json', '--concurrency', '2', ...files]);
    expect(two.out).toBe(off.out);
    expect(two.code).toBe(off.code);
  });
});
