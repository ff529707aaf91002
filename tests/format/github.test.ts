import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubFormatter } from '../../src/format/github.js';
import { makeResult } from '../../src/engine/result.js';
import { commands } from './parsers.js';
import { context, cwd, message, sampleResults } from './results.js';

describe('github formatter', () => {
  it('writes one annotation per finding with the command for its severity', () => {
    const out = githubFormatter(sampleResults(), context());
    const parsed = commands(out);
    expect(parsed.map((c) => c.command)).toEqual(['error', 'warning', 'notice', 'error', 'error']);
    expect(parsed[0]).toEqual({
      command: 'error',
      properties: { file: 'reports/鹿泉区 2025 自评报告.docx', line: '12', col: '5', endLine: '12', endColumn: '18', title: 'percent-sum' },
      message: '各项占比合计 99.5%，应为 100%',
    });
    expect(parsed[1].properties).toMatchObject({ line: '30', endLine: '31', title: 'score-grade' });
    expect(parsed[3]).toMatchObject({ properties: { file: 'bad/old.doc', title: 'fatal' } });
    expect(out.endsWith('\n')).toBe(true);
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(githubFormatter([], context())).toBe('');
    expect(githubFormatter([makeResult(`${cwd}/ok.md`, [])], context())).toBe('');
  });

  it('escapes so that messages and paths survive the round trip and stay on one line', () => {
    const tricky = makeResult(`${cwd}/dir,x/a:b%c.md`, [
      message({ ruleId: 'sum-total', severity: 'warning', message: '合计 100%，\r\n应为 99%: a,b %0A literal' }),
    ]);
    const out = githubFormatter([tricky], context());
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const [c] = commands(out);
    expect(c.properties.file).toBe('dir,x/a:b%c.md');
    expect(c.message).toBe('合计 100%，\r\n应为 99%: a,b %0A literal');
  });

  it('escapes exactly like the runner expects', () => {
    expect(escapeData('50%\r\n')).toBe('50%25%0D%0A');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });

  it('gives paths relative to the working directory, absolute outside it', () => {
    const out = githubFormatter([makeResult('/tmp/x/报告.md', [message({ ruleId: 'r', message: 'm' })])], context());
    expect(commands(out)[0].properties.file).toBe('/tmp/x/报告.md');
  });
});
