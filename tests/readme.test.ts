// The README is part of the product: its set-up commands, rule table and option list must match the code.
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { publishedRun, readStored, renderMarkdown } from '../bench/report.js';
// @ts-expect-error plain ESM helper shared with scripts/update-readme.mjs
import { renderRuleTable } from '../scripts/readme-rules.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const ciRun = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two set-up commands, and .ci/run runs the same test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const [install, test] = firstBlock.trim().split('\n');
    expect(install).toMatch(/^npm ci && node bin\/reportlint\.js fixtures\/\S+$/);
    expect(existsSync(new URL(`../${install!.split(' ').pop()}`, import.meta.url))).toBe(true);
    expect(test).toBe('npm test');
    expect(ciRun).toMatch(/^npm test$/m);
  });

  it('lists every rule with its doc link (regenerate with `npm run docs`)', () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(renderRuleTable(allRules));
    for (const rule of allRules) expect(existsSync(new URL(`../rules/${rule.meta.id}.md`, import.meta.url))).toBe(true);
  });

  it('shows the benchmark rendered from bench/results.json (the full run, else the quick one; `npm run docs`)', () => {
    const section = /<!-- bench:start -->\n([\s\S]*?)<!-- bench:end -->/.exec(readme)?.[1];
    const run = publishedRun(readStored(readFileSync(new URL('../bench/results.json', import.meta.url), 'utf8')));
    expect(run).toBeTruthy();
    expect(section).toBe(`${renderMarkdown(run!)}\n`);
    expect(section).toMatch(/mammoth/);
    expect(section).toMatch(/Projected province season \(10 000 reports\)/);
  });

  it('its configuration example is a valid config (users copy it)', () => {
    const example = /```yaml\n(# \.reportlintrc\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-readme-'));
    try {
      writeFileSync(join(dir, '.reportlintrc.yaml'), example!);
      writeFileSync(join(dir, 'a.md'), '一、部门基本情况\n正文。\n');
      const run = spawnSync(process.execPath, ['bin/reportlint.js', '--print-config', join(dir, 'a.md')], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const config = JSON.parse(run.stdout);
      expect(config.rules.punctuation).toBe('off');
      expect(config.templates['市直部门整体'].sections).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('documents every command-line option', () => {
    const help = spawnSync(process.execPath, ['bin/reportlint.js', '--help'], { encoding: 'utf8' }).stdout;
    const options = [...help.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]).filter((o) => o !== '--help' && o !== '--version');
    expect(options.length).toBeGreaterThan(10);
    for (const option of new Set(options)) expect(readme, option).toContain(option);
  });
});
