// The layer order (.dependency-cruiser.cjs): no module imports from a layer above its own, no import cycles, no rule
// imports another rule. A failure lists each offending arrow.
import { resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('layers', () => {
  it('has no back arrows and no cycles', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
      const tsConfig = extractTSConfig('tsconfig.json');
      const reporting = await cruise(['src', 'rules'], { ...options, validate: true }, {}, { tsConfig });
      const output = reporting.output as ICruiseResult;
      const violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
      expect(violations).toEqual([]);
      expect(output.summary.totalCruised).toBeGreaterThan(50);
    } finally {
      process.chdir(cwd);
    }
  });
});
