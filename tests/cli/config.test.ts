// Config files: found upward from each linted file (nearest wins), --config, YAML, validation messages, --print-config.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_MD, cli, lintJson, tempTree } from './run-cli.js';

const SEED = readFileSync(SEED_MD, 'utf8');

// The seed report gives findings of several rules; pick two to switch off in different folders.
const base = (await lintJson([SEED_MD])).entries[0]!;
const ruleIds = [...new Set(base.messages.map((m) => m.ruleId))];
const [ruleA, ruleB] = ruleIds;

describe('config discovery', () => {

  const t = tempTree({
    'top/.reportlintrc.json': JSON.stringify({ rules: { [ruleA!]: 'off' } }),
    'top/a.md': SEED,
    'top/sub/.reportlintrc.yaml': `rules:\n  ${ruleB}: "off"\n`,
    'top/sub/b.md': SEED,
    'top/sub/deeper/c.md': SEED,
    'other/reportlint.config.json': JSON.stringify({ locale: 'en' }),
    'other/d.md': SEED,
    'cfg/special.json': JSON.stringify({ rules: { [ruleA!]: 'off', [ruleB!]: 'off' } }),
    'bad/.reportlintrc.json': JSON.stringify({ rulez: {} }),
    'bad/x.md': SEED,
    'badsev/.reportlintrc.json': JSON.stringify({ rules: { [ruleA!]: 'warn' } }),
    'badsev/x.md': SEED,
    'badrule/.reportlintrc.yml': 'rules:\n  no-such-rule: error\n',
    'badrule/x.md': SEED,
    'badjson/.reportlintrc.json': '{ "rules": ',
    'badjson/x.md': SEED,
    'badyaml/.reportlintrc.yaml': 'rules: [unclosed\n',
    'badyaml/x.md': SEED,
    'badlimits/.reportlintrc.json': JSON.stringify({ limits: { timeout: 'soon', maxThings: 1 } }),
    'badlimits/x.md': SEED,
    'badlocale/.reportlintrc.json': JSON.stringify({ locale: 'fr' }),
    'badopt/.reportlintrc.json': JSON.stringify({ rules: { [ruleA!]: ['warning', { noSuchOption: 1 }] } }),
    'badopt/x.md': SEED,
    'badlocale/x.md': SEED,
  });
  afterAll(() => t.cleanup());
  const rulesOf = (e: { messages: { ruleId: string }[] }) => new Set(e.messages.map((m) => m.ruleId));

  it('has at least two rules firing on the seed to work with', async () => {
    expect(ruleIds.length).toBeGreaterThanOrEqual(2);
  });

  it('the nearest config applies to each file; no cascading', async () => {
    const { entries } = await lintJson([t.path('top/a.md'), t.path('top/sub/b.md'), t.path('top/sub/deeper/c.md'), t.path('other/d.md')]);
    const [a, b, c, d] = entries.map(rulesOf);
    expect(a!.has(ruleA!)).toBe(false);
    expect(a!.has(ruleB!)).toBe(true);
    // sub/ has its own config: only ruleB is off there (nearest wins, top/ is not merged in)
    expect(b!.has(ruleB!)).toBe(false);
    expect(b!.has(ruleA!)).toBe(true);
    expect(c).toEqual(b);
    // other/ sets English
    const english = (await lintJson(['--locale', 'en', t.path('other/d.md')])).entries[0]!;
    expect(entries[3]!.messages.map((m) => m.message)).toEqual(english.messages.map((m) => m.message));
    expect(entries[3]!.messages.map((m) => m.message)).not.toEqual((await lintJson([t.path('top/a.md'), '--rule', `${ruleA}:error`])).entries[0]!.messages.map((m) => m.message));
    expect(d!.has(ruleA!)).toBe(true);
  });

  it('--config replaces the search; --rule overrides both', async () => {
    const { entries } = await lintJson(['--config', t.path('cfg/special.json'), t.path('top/a.md'), t.path('other/d.md')]);
    for (const e of entries) {
      expect(rulesOf(e).has(ruleA!)).toBe(false);
      expect(rulesOf(e).has(ruleB!)).toBe(false);
    }
    // a rule whose findings all carry its default severity (no per-finding override) shows the --rule severity
    const defaults = new Map((JSON.parse((await cli(['rules', '--format', 'json'])).out) as { id: string; defaultSeverity: string }[]).map((r) => [r.id, r.defaultSeverity]));
    const plain = ruleIds.find((id) => id !== ruleB && base.messages.filter((m) => m.ruleId === id).every((m) => m.severity === defaults.get(id) && m.severity !== 'info'));
    expect(plain).toBeDefined();
    const again = (await lintJson(['--config', t.path('cfg/special.json'), '--rule', `${plain}:info`, t.path('top/a.md')])).entries[0]!;
    const a = again.messages.filter((m) => m.ruleId === plain);
    expect(a.length).toBeGreaterThan(0);
    expect(a.every((m) => m.severity === 'info')).toBe(true);
  });

  it('a bad key or value exits 2 naming the file, the key and what is allowed', async () => {
    const cases: [string, RegExp[]][] = [
      ['bad', [/bad[/\\]\.reportlintrc\.json/, /rulez/, /rules/]],
      ['badsev', [/badsev[/\\]\.reportlintrc\.json/, new RegExp(`rules\\.${ruleA}`), /error/]],
      ['badrule', [/badrule[/\\]\.reportlintrc\.yml/, /no-such-rule/]],
      ['badjson', [/badjson[/\\]\.reportlintrc\.json/, /JSON/]],
      ['badyaml', [/badyaml[/\\]\.reportlintrc\.yaml/, /YAML/]],
      ['badlimits', [/badlimits[/\\]\.reportlintrc\.json/, /maxThings/, /timeout/]],
      ['badlocale', [/badlocale[/\\]\.reportlintrc\.json/, /locale/, /zh-CN/]],
      ['badopt', [/badopt[/\\]\.reportlintrc\.json/, new RegExp(`rules\\.${ruleA}\\.noSuchOption`), /未知的选项/]],
    ];
    for (const [dir, patterns] of cases) {
      const r = await cli(['--format', 'json', t.path(`${dir}/x.md`)]);
      expect(r.code, dir).toBe(2);
      expect(r.out, dir).toBe('');
      for (const p of patterns) expect(r.err, `${dir}: ${p}`).toMatch(p);
    }
    const missing = await cli(['--config', t.path('nope.json'), t.path('top/a.md')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json/);
  });

  it('--print-config shows the effective config as JSON', async () => {
    const r = await cli(['--print-config', t.path('top/sub/b.md')]);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.out);
    expect(config.configFile).toMatch(/top[/\\]sub[/\\]\.reportlintrc\.yaml$/);
    expect(config.locale).toBe('zh-CN');
    expect(config.rules[ruleB!]).toBe('off');
    expect(config.rules[ruleA!]).toEqual([expect.stringMatching(/error|warning|info/), expect.any(Object)]);
    expect(config.limits).toMatchObject({ maxFileSize: expect.any(Number), timeoutMs: 30000 });
    const en = JSON.parse((await cli(['--print-config', t.path('other/d.md'), '--profile', '项目支出', '--timeout', '5s'])).out);
    expect(en).toMatchObject({ locale: 'en', profile: '项目支出', limits: { timeoutMs: 5000 } });
  });
});

describe('top-level templates', () => {
  const template = {
    match: '协会.*工作报告',
    sections: [{ name: '基本情况', level: 1 }, { name: '财务收支', level: 1 }, { name: '工作人员名单', signature: true }],
  };
  const report = (signers: string) => `某市科普协会2025年度工作报告\n一、基本情况\n本会开展科普活动。\n二、工作人员名单\n${signers}\n`;
  const t = tempTree({
    'a/.reportlintrc.json': JSON.stringify({ templates: { 协会: template } }),
    'a/empty-list.md': report('（待补充）'),
    'a/signed.md': report('组长：王明远（会长）\n成员：李晓峰（秘书长）'),
  });
  afterAll(() => t.cleanup());

  it('every rule that uses a template sees the config templates (required-sections, signature-block)', async () => {
    const { entries } = await lintJson(['--locale', 'en', t.path('a/empty-list.md'), t.path('a/signed.md')]);
    const of = (i: number, rule: string) => entries[i]!.messages.filter((m) => m.ruleId === rule);
    expect(of(0, 'required-sections').map((m) => m.message).join('\n')).toMatch(/财务收支/);
    expect(of(0, 'signature-block')).toHaveLength(1);
    expect(of(1, 'signature-block')).toEqual([]);
    const printed = JSON.parse((await cli(['--print-config', t.path('a/signed.md')])).out);
    expect(printed.templates['协会'].sections).toHaveLength(3);
  });

  it('a wrong template key stops the run with the key named', async () => {
    const u = tempTree({ '.reportlintrc.json': JSON.stringify({ templates: { x: { sections: [{ name: 'a', nmae: 'b' }] } } }), 'x.md': '一、a\n正文\n' });
    try {
      const r = await cli([u.path('x.md')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/templates/);
    } finally {
      u.cleanup();
    }
  });
});
