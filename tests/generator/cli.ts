// Write N generated reports to a folder, with their ground truth, for batch benchmarks (a season of reports):
//   node dist/tests/generator/cli.js --count 10000 --out DIR [--mix md,docx] [--seed 0] [--clean-only]
// Files are <seed>-<kind>-<defect|clean>.<ext>; manifest.json lists each file with its kind, year and defect.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, toDocx, toMarkdown } from './index.js';

interface Args { count: number; out: string; mix: ('md' | 'docx')[]; seed: number; cleanOnly: boolean }

function parse(argv: string[]): Args {
  const args: Args = { count: 100, out: '', mix: ['md', 'docx'], seed: 0, cleanOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--count') args.count = Number(value());
    else if (a === '--out') args.out = value();
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--mix') args.mix = value().split(',').map((x) => x.trim()) as Args['mix'];
    else if (a === '--clean-only') args.cleanOnly = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!args.out) throw new Error('--out DIR is required');
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count must be a positive integer');
  if (!args.mix.length || args.mix.some((m) => m !== 'md' && m !== 'docx')) throw new Error('--mix takes md, docx or md,docx');
  return args;
}

export function writeCorpus(args: Args): { files: number; bytes: number } {
  mkdirSync(args.out, { recursive: true });
  const manifest: unknown[] = [];
  let bytes = 0;
  for (let n = 0; n < args.count; n++) {
    const seed = args.seed + n;
    const report = generate(seed, { long: true, ...(args.cleanOnly ? { defect: 'none' as const } : {}) });
    const ext = args.mix[n % args.mix.length];
    const file = `${String(seed).padStart(6, '0')}-${report.kind}-${report.defect?.kind ?? 'clean'}.${ext}`;
    const data = ext === 'md' ? Buffer.from(toMarkdown(report)) : toDocx(report);
    writeFileSync(join(args.out, file), data);
    bytes += data.length;
    manifest.push({ file, seed, kind: report.kind, year: report.year, defect: report.defect ?? null });
  }
  writeFileSync(join(args.out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { files: args.count, bytes };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  try {
    const args = parse(process.argv.slice(2));
    const { files, bytes } = writeCorpus(args);
    process.stdout.write(`wrote ${files} reports (${(bytes / 2 ** 20).toFixed(1)} MB) and manifest.json to ${args.out}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: node dist/tests/generator/cli.js --count N --out DIR [--mix md,docx] [--seed S] [--clean-only]\n`);
    process.exit(2);
  }
}
