// Growth of the mask, the figure extractor and a long 其中 list with input size: each measured at n and 4n, as CPU
// milliseconds per 1 000 characters (or parts). Flat (ratio near 1) is linear; a quadratic pattern shows as ~4×.
import { maskSpans } from '../src/quantity/mask.js';
import { extractQuantities } from '../src/quantity/extract.js';
import { lintText } from '../src/api.js';
import { median, round } from './stats.js';

export interface LinearityRow { input: string; small: number; large: number; perUnitSmall: number; perUnitLarge: number }

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function timed(run: () => unknown, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = cpuMs();
    run();
    times.push(cpuMs() - start);
  }
  return median(times);
}

export async function benchLinearity(quick: boolean): Promise<LinearityRow[]> {
  const n = quick ? 50_000 : 100_000;
  const repeats = quick ? 3 : 5;
  const cases: [string, (size: number) => string][] = [
    ['digit run', (size) => '9'.repeat(size)],
    ['digits then letters', (size) => `${'9'.repeat(size)}ab`],
    ['numbers with units', (size) => '12.5万元，'.repeat(Math.round(size / 7))],
  ];
  const rows: LinearityRow[] = [];
  for (const [input, make] of cases) {
    const small = make(n), large = make(4 * n);
    const run = (t: string) => () => { maskSpans(t); extractQuantities(t); };
    const a = timed(run(small), repeats), b = timed(run(large), repeats);
    rows.push({ input: `mask + extract: ${input}`, small: round(a, 1), large: round(b, 1), perUnitSmall: round(a / (n / 1000), 3), perUnitLarge: round(b / (4 * n / 1000), 3) });
  }
  const parts = quick ? 500 : 1000;
  const list = (count: number) => `总支出${count * 2}万元，其中${Array.from({ length: count }, (_, i) => `项目${i + 1}支出2万元`).join('、')}。\n`;
  const lintOnce = (count: number) => { const t = list(count); return async () => { await lintText(t, { filePath: 'list.md' }); }; };
  const time = async (f: () => Promise<void>) => { const start = cpuMs(); await f(); return cpuMs() - start; };
  await time(lintOnce(parts));
  const a = await time(lintOnce(parts)), b = await time(lintOnce(4 * parts));
  rows.push({ input: '其中 list, whole lint (per 1 000 parts)', small: round(a, 1), large: round(b, 1), perUnitSmall: round(a / (parts / 1000), 3), perUnitLarge: round(b / (4 * parts / 1000), 3) });
  return rows;
}
