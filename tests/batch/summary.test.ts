import { describe, expect, it } from 'vitest';
import { batchSummary } from '../../src/engine/summary.js';
import { makeResult, fileLevelError } from '../../src/engine/result.js';

const msg = (severity: 'error' | 'warning' | 'info') => ({ ...fileLevelError('x', 'm'), severity });

describe('batchSummary', () => {
  it('counts checked, clean, with errors, unreadable and skipped files', () => {
    const results = [
      makeResult('clean.md', []),
      makeResult('info.md', [msg('info')]),
      makeResult('warn.md', [msg('warning')]),
      makeResult('errors.md', [msg('error'), msg('warning')]),
      makeResult('scan.pdf', [fileLevelError('fatal', 'not a report')], { fatal: true }),
    ];
    expect(batchSummary(results, 2)).toEqual({ checked: 4, clean: 2, withErrors: 1, unreadable: 1, skipped: 2 });
  });
});
