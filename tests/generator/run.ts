// One generated case end to end, through the library API: lint the Markdown, and optionally the same report with
// every 万元 amount written in 元 and the .docx of it; judge the findings against the ground truth.
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import type { LintMessage } from '../../src/engine/result.js';
import { compareRuns, judge, type Failure } from './check.js';
import { generate, toDocx, toMarkdown } from './index.js';
import type { GeneratedReport } from './types.js';

export interface CaseResult {
  report: GeneratedReport;
  messages: LintMessage[];
  failures: Failure[];
  /** The metamorphic comparisons made on this case. */
  checks: ('scale' | 'docx')[];
}

export async function runCase(seed: number, opts: { scale?: boolean; docx?: boolean } = {}): Promise<CaseResult> {
  const report = generate(seed);
  const { messages } = await lintText(toMarkdown(report), { filePath: `generated-${seed}.md` });
  const failures = judge(report, messages);
  const checks: CaseResult['checks'] = [];
  if (opts.scale) {
    const scaled = await lintText(toMarkdown(generate(seed, { scaleYuan: true })), { filePath: `generated-${seed}.md` });
    failures.push(...compareRuns(report, 'scale', messages, scaled.messages));
    checks.push('scale');
  }
  if (opts.docx) {
    const docx = await lintDocument(await parseReport(toDocx(report), `generated-${seed}.docx`));
    failures.push(...compareRuns(report, 'docx', messages, docx.messages));
    checks.push('docx');
  }
  return { report, messages, failures, checks };
}
