#!/usr/bin/env node
// Regenerates the rule table in README.md from the rule registry (run after `npm run build`): `npm run docs`.
// tests/readme.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleTable } from './readme-rules.mjs';

const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');
const { allRules } = await import('../dist/rules/index.js');
const updated = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${renderRuleTable(allRules)}$2`);
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(updated === readme ? 'README.md is up to date' : 'README.md rule table updated');
