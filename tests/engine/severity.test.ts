// The configured severity of a rule wins over what the rule reports, in the library as on the command line.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { effectiveSeverity } from '../../src/engine/lint.js';

describe('effectiveSeverity', () => {
  it('maps the default level to the configured one and caps deliberate levels', () => {
    expect(effectiveSeverity(undefined, 'error', 'warning')).toBe('warning');
    expect(effectiveSeverity('error', 'error', 'info')).toBe('info');
    expect(effectiveSeverity('warning', 'error', 'error')).toBe('warning');
    expect(effectiveSeverity('warning', 'error', 'info')).toBe('info');
    expect(effectiveSeverity('info', 'error', 'warning')).toBe('info');
  });
});

describe('configured severity through the library', () => {
  const seed = '某区科协2025年度部门整体支出绩效自评报告\n一、部门基本情况\n基本支出271.77万元，其中人员经费236.95万元，日常公用经费34.81万元。\n（3）部门收支\n正文。';
  it('a rounding slip stays a warning at the default level, and becomes info when the rule is set to info', async () => {
    const atDefault = await lintText(seed, { rules: { 'sum-total': 'error' }, only: true });
    expect(atDefault.messages.map((m) => m.severity)).toEqual(['warning']);
    const asInfo = await lintText(seed, { rules: { 'sum-total': 'info' }, only: true });
    expect(asInfo.messages.map((m) => m.severity)).toEqual(['info']);
  });
  it('errors become warnings when the rule is set to warning', async () => {
    const result = await lintText(seed, { rules: { 'heading-numbering': 'warning' }, only: true });
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.messages.every((m) => m.severity !== 'error')).toBe(true);
  });
});
