#!/usr/bin/env node
// Regenerates the generated parts of README.md (run after `npm run build`): `npm run docs`.
// - the rule table, from the rule registry;
// - the performance section, from bench/RESULTS.md (written by `npm run bench`).
// tests/readme.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleTable } from './readme-rules.mjs';

const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');
const { allRules } = await import('../dist/rules/index.js');
const bench = readFileSync(new URL('../bench/RESULTS.md', import.meta.url), 'utf8').trim();
const between = (text, name, body) =>
  text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), (_, open, close) => `${open}${body}${close}`);
let updated = between(readme, 'rules', renderRuleTable(allRules));
updated = between(updated, 'bench', `${bench}\n`);
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(updated === readme ? 'README.md is up to date' : 'README.md updated');
