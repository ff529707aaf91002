// The generated test bed (issue 12 §1). Over seeded reports, clean or with exactly one planted defect:
//   - a clean report gets no error or warning;
//   - a planted defect gets exactly one error or warning, from a rule that covers it, on its line;
//   - writing every 万元 amount as the same amount in 元 changes no finding (rule and line);
//   - the .md and the .docx of one report get the same findings.
// `npm test` runs a small size in-process; `npm run test:generated` runs thousands (GENERATED_COUNT). What fails
// today is listed, with examples, in known-failures.ts; anything else fails the test.
import { describe, expect, it } from 'vitest';
import { generate, toDocx, toMarkdown, DEFECT_KINDS } from './index.js';
import { knownFailure, KNOWN_FAILURES } from './known-failures.js';
import { runCase, type CaseResult } from './run.js';
import { renderSummary, summarize } from './summary.js';
import type { Failure } from './check.js';

const COUNT = Number(process.env.GENERATED_COUNT ?? 26);
const FULL = COUNT >= 1000;
const DOCX_EVERY = FULL ? 5 : 3;

const show = (f: Failure) => `${f.key}\n    seed ${f.seed} line ${f.line}: ${f.sentence}\n    ${f.detail}`;

describe(`generated reports (${COUNT})`, () => {
  it('are deterministic, typed as pasted from Word, and carry their ground truth', () => {
    for (const seed of [0, 1, 7, 20]) {
      const a = generate(seed), b = generate(seed);
      expect(toMarkdown(a)).toBe(toMarkdown(b));
      expect(toDocx(a)).toEqual(toDocx(b));
      const md = toMarkdown(a);
      expect(md).not.toMatch(/^#/m);
      expect(md).toMatch(/^一、/m);
      expect(md).toMatch(/^（一）/m);
      if (a.defect) for (const line of a.defect.lines) expect(line).toBeGreaterThan(0);
    }
    expect(generate(6, { defect: 'none' }).defect).toBeUndefined();
    for (const kind of DEFECT_KINDS) expect(generate(3, { defect: kind }).defect?.kind).toBe(kind);
    // seeds whose total was too small to split into three sources once threw "defect percent-shares was not planted"
    for (const seed of [6087, 6961]) expect(generate(seed).defect?.kind).toBe('percent-shares');
  });

  it('write every 万元 amount as the same amount in 元 when asked, and nothing else', () => {
    const a = toMarkdown(generate(2)), b = toMarkdown(generate(2, { scaleYuan: true }));
    expect(a).toMatch(/万元/);
    expect(b.replace(/[0-9,０-９.]+万元/g, '')).not.toMatch(/\d万元/);
    expect(a.split('\n').length).toBe(b.split('\n').length);
  });

  it('hold the ground-truth and metamorphic properties, except the documented known failures', async () => {
    const results: CaseResult[] = [];
    for (let seed = 0; seed < COUNT; seed++) results.push(await runCase(seed, { scale: true, docx: seed % DOCX_EVERY === 0 }));
    const failures = results.flatMap((r) => r.failures);
    const unknown = failures.filter((f) => !knownFailure(f.key));
    const firstOfKey = [...new Map(unknown.map((f) => [f.key, f])).values()];
    expect(firstOfKey.map(show), 'failures not in known-failures.ts').toEqual([]);

    const seen = new Set(failures.map((f) => knownFailure(f.key)?.key));
    const stale = KNOWN_FAILURES.filter((k) => !seen.has(k.key)).map((k) => k.key);
    if (process.env.GENERATED_SUMMARY || FULL) process.stdout.write(`\n${renderSummary(summarize(results))}\n`);
    if (FULL) {
      // Over thousands of reports every listed failure should still occur; one that no longer does has been fixed.
      expect(stale, 'known failures that no longer occur: remove them from known-failures.ts').toEqual([]);
    } else if (stale.length) {
      process.stdout.write(`generated: ${stale.length} known-failure keys not seen at this size (run npm run test:generated to check them)\n`);
    }
  }, FULL ? 3_600_000 : 120_000);

  if (FULL) {
    it('cover every defect kind in both report kinds and the surface forms of issue 12', () => {
      const forms = new Set<string>();
      const kinds = new Set<string>();
      for (let seed = 0; seed < COUNT; seed++) {
        const r = generate(seed);
        r.forms.forEach((f) => forms.add(f));
        if (r.defect) kinds.add(`${r.defect.kind}/${r.kind}`);
      }
      for (const k of DEFECT_KINDS) expect([...kinds].some((x) => x.startsWith(`${k}/`)), k).toBe(true);
      for (const f of ['amt:tiny', 'amt:large', 'amt:yi', 'amt:date-shaped', 'amt:thousands', 'amt:fullwidth', 'amt:yuan-item',
        'bd:qizhong', 'bd:fenbie', 'bd:baokuo', 'bd:gongji', 'bd:total-after', 'bd:next-para', 'bd:nested', 'bd:shares', 'bd:bracket-shares',
        'bd:subset-qizhong', 'bd:score', 'bd:bracket-sub', 'bd:staff-qizhong', 'bd:fenbie-shares', 'bd:zhong-sentence',
        'tr:over-with-reason', 'tr:short-with-reason', 'ratio:growth', 'ratio:single-share', 'shares:structure', 'shares:two-parts',
        'admin:prefecture', 'list:1)', 'list:1）', 'list:runin', 'year:next-plan-figure', 'year:notice-title', 'mc:different-objects',
        'grade:优', 'grade:良', 'grade:中', 'grade:差', 'grade:中等', 'grade:一般', 'grade:及格', 'grade:不合格', 'shares:rounded', 'rates-near-shares', 'tr:sections', 'tr:one-sentence', 'tr:label-lines',
        'tr:separate-lines', 'tr:same-unit-paragraph', 'tr:reverse', 'tr:qualitative', 'score:90.00-优', 'score:89.99-良', 'score:80-良',
        'score:60-中', 'grade:优秀', 'grade:良好', 'grade:合格', 'grade:较差', 'year:doc-number', 'year:next-plan', 'year:last-year-compare',
        'year:filing-date']) expect(forms.has(f), f).toBe(true);
    });
  }
});
