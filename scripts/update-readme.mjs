#!/usr/bin/env node
// Regenerates the generated parts of README.md (run after `npm run build`): `npm run docs`.
// - the rule table, from the rule registry;
// - the performance section, from bench/results.json (written by `npm run bench`): the last full run, or the last
//   quick run when there is no full one, rendered by bench/report.ts.
// tests/readme.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleTable } from './readme-rules.mjs';

const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');
const { allRules } = await import('../dist/rules/index.js');
const { publishedRun, readStored, renderMarkdown } = await import('../dist/bench/report.js');
const run = publishedRun(readStored(readFileSync(new URL('../bench/results.json', import.meta.url), 'utf8')));
if (!run) throw new Error('bench/results.json holds no complete run: run `npm run bench` first');
const between = (text, name, body) =>
  text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), (_, open, close) => `${open}${body}${close}`);
let updated = between(readme, 'rules', renderRuleTable(allRules));
updated = between(updated, 'bench', `${renderMarkdown(run)}\n`);
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(updated === readme ? 'README.md is up to date' : 'README.md updated');
