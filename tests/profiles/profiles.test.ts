import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/api.js';
import { chooseProfile, matchProfile, builtinProfiles, customTemplateSchema } from '../../src/profiles/index.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

describe('chooseProfile', () => {
  const doc = parseText(SEED);
  it('takes the department profile from the title', () => {
    const choice = chooseProfile(doc, undefined);
    expect(choice && 'profile' in choice && choice.profile.id).toBe('部门整体');
  });
  it.each([['hebei', '部门整体-河北'], ['部门整体-河北', '部门整体-河北'], ['project', '项目支出'], [' Department ', '部门整体']])('accepts the alias %s', (name, id) => {
    const choice = chooseProfile(doc, name);
    expect(choice && 'profile' in choice && choice.profile.id).toBe(id);
  });
  it('names the known profiles for an unknown one', () => {
    expect(chooseProfile(doc, '广东')).toEqual({ unknown: '广东', known: builtinProfiles.map((p) => p.id) });
  });
  it('prefers a custom template whose match fits the title', () => {
    const template = customTemplateSchema.parse({ match: '科协', sections: [{ name: '基本情况' }] });
    const choice = chooseProfile(doc, undefined, { 科协: template });
    expect(choice && 'profile' in choice && choice.profile.id).toBe('科协');
  });
  it('has no profile for a scoring table', () => {
    expect(chooseProfile(parseText('2025年度项目支出绩效自评表\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'), undefined)).toBeUndefined();
  });
});

describe('matchProfile on the 鹿泉 report', () => {
  it('finds each template section at the heading a reviewer would point to', () => {
    const doc = parseText(SEED);
    const hebei = builtinProfiles.find((p) => p.id === '部门整体-河北')!;
    const found = matchProfile(doc, hebei);
    const at = (key: string) => found.get(key)?.heading.text.trim();
    expect(at('basic')).toBe('一、部门基本情况');
    expect(at('budget')).toBe('（二）部门收支预决算情况');
    expect(at('targets')).toBe('（3） 部门整体支出绩效目标、指标');
    expect(at('process')).toBe('二、自评工作开展情况');
    expect(at('results')).toBe('三、部门整体支出绩效目标实现情况及指标分析');
    expect(at('conclusion')).toBe('四、评价结论和评价等级');
    expect(at('problems')).toBe('五、存在的问题及改进措施');
    expect(at('measures')).toBe('五、存在的问题及改进措施');
    expect(at('signature')).toMatch(/^六、评价工作组人员名单及签字/);
    expect(found.has('application')).toBe(false);
  });
});
