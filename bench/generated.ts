// The generated-report part of the bench (issue 12 §1): recall per defect kind and per surface form, false alarms
// per rule on clean reports, and the metamorphic properties, over seeded reports linted in-process through the
// library API. `npm run bench -- --only generated` runs it alone.
import { performance } from 'node:perf_hooks';
import { runCase, type CaseResult } from '../tests/generator/run.js';
import { renderSummary, summarize, type GeneratedSummary } from '../tests/generator/summary.js';

export async function generatedBench(count: number, log: (s: string) => void): Promise<{ summary: GeneratedSummary; markdown: string; seconds: number }> {
  const started = performance.now();
  const results: CaseResult[] = [];
  for (let seed = 0; seed < count; seed++) {
    results.push(await runCase(seed, { scale: true, docx: seed % 5 === 0 }));
    if ((seed + 1) % 500 === 0) log(`  generated: ${seed + 1}/${count}`);
  }
  const summary = summarize(results);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { summary, markdown: renderSummary(summary), seconds };
}
