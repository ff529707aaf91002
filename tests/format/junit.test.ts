import { describe, expect, it } from 'vitest';
import { junitFormatter } from '../../src/format/junit.js';
import { makeResult } from '../../src/engine/result.js';
import { parseXml } from './parsers.js';
import { context, cwd, message, sampleResults } from './results.js';

describe('junit formatter', () => {
  it('is well-formed XML with one suite per file and one case per finding', () => {
    const xml = junitFormatter(sampleResults(), context());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parseXml(xml);
    expect(doc.name).toBe('testsuites');
    expect(doc.attributes).toMatchObject({ tests: '6', failures: '1', errors: '2' });
    const suites = doc.children;
    expect(suites.map((s) => s.attributes.name)).toEqual(['reports/鹿泉区 2025 自评报告.docx', 'reports/clean.md', 'bad/old.doc', 'reports/crash.md']);
    expect(suites[0].attributes).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const first = suites[0].children[0];
    expect(first.attributes).toEqual({ name: 'percent-sum 12:5', classname: 'reports/鹿泉区 2025 自评报告.docx' });
    const failure = first.children[0];
    expect(failure.name).toBe('failure');
    expect(failure.attributes).toEqual({ message: '各项占比合计 99.5%，应为 100%', type: 'error' });
    expect(failure.text).toContain('二、绩效目标实现情况 > （一）产出指标');
    expect(failure.text).toContain('人员经费占 60.5%');
    // only errors fail; a warning or info is a passing case with its text in system-out
    expect(suites[0].children.map((c) => c.children[0].name)).toEqual(['failure', 'system-out', 'system-out']);
    expect(suites[0].children[1].children[0].text).toMatch(/^warning: /);
  });

  it('testcase names are unique within a file', () => {
    const [first] = sampleResults();
    const twice = { ...first!, messages: [first!.messages[0]!, { ...first!.messages[0]!, message: 'another' }] };
    const names = parseXml(junitFormatter([twice], context())).children[0].children.map((c) => c.attributes.name);
    expect(names).toEqual(['percent-sum 12:5', 'percent-sum 12:5 (2)']);
  });

  it('gives a clean file one passing case, and unreadable files an <error>', () => {
    const suites = parseXml(junitFormatter(sampleResults(), context({ locale: 'en' }))).children;
    expect(suites[1].attributes).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(suites[1].children).toEqual([{ name: 'testcase', attributes: { name: 'no findings', classname: 'reports/clean.md' }, children: [], text: '' }]);
    expect(suites[2].attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(suites[2].children[0].children[0]).toMatchObject({ name: 'error', attributes: { type: 'fatal' } });
    expect(suites[3].children[0].children[0]).toMatchObject({ name: 'error', attributes: { type: 'internal-error' } });
  });

  it('escapes markup, quotes, line breaks and control characters', () => {
    const nasty = 'a < b & c > "d" \'e\' ]]> \u0001\u0008\u000B\uFFFF \uD800 tab\there\nline2';
    const result = makeResult(`${cwd}/<weird> & "name".md`, [message({ ruleId: 'terms', message: nasty, excerpt: nasty, section: ['<h>'] })]);
    const xml = junitFormatter([result], context());
    const doc = parseXml(xml);
    const suite = doc.children[0];
    expect(suite.attributes.name).toBe('<weird> & "name".md');
    const failure = suite.children[0].children[0];
    const expected = 'a < b & c > "d" \'e\' ]]> \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD tab\there\nline2';
    expect(failure.attributes.message).toBe(expected);
    expect(failure.text.startsWith(expected)).toBe(true);
    expect(failure.text).toContain('章节: <h>');
  });

  it('keeps valid surrogate pairs (rare CJK characters, emoji)', () => {
    const result = makeResult(`${cwd}/a.md`, [message({ ruleId: 'terms', message: '𠀀 😀' })]);
    expect(parseXml(junitFormatter([result], context())).children[0].children[0].children[0].attributes.message).toBe('𠀀 😀');
  });

  it('adds the time spent when the result carries timings', () => {
    const result = makeResult(`${cwd}/a.md`, [], { timing: { parse: 12, rules: { a: 3, b: 5 } } });
    expect(parseXml(junitFormatter([result], context())).children[0].attributes.time).toBe('0.020');
  });

  it('an empty run is still a valid document', () => {
    expect(parseXml(junitFormatter([], context())).attributes).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });
});
