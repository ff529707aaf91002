// The limits measured (`npm run bench -- --only limits`, or `node dist/bench/limits.js` alone): time and peak memory
// of the worst hostile inputs against their caps, each through the real command line in its own process. Tests only
// assert that a limit is enforced (the fatal appears); how fast and how small is measured here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { cliPath } from './paths.js';

export interface LimitRow {
  input: string;
  command: string;
  cap: string;
  wallS: number;
  peakMb: number;
  exit: number | null;
  verdict: string;
}

/** The smallest Word package around a body (enough for the reader; no styles or numbering unless given). */
function docx(body: string, numbering?: string): Uint8Array {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`),
  };
  if (numbering) {
    files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'numbering', 'numbering.xml')}</Relationships>`);
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${w}">${numbering}</w:numbering>`);
  }
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

const p = (text: string, numbered = false) =>
  `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const TITLE = '某单位2024年度部门整体支出绩效自评报告';

function run(args: string[], input?: Buffer): { wallS: number; peakMb: number; exit: number | null; out: string; err: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cliPath, ...args], { input, maxBuffer: 1 << 28, encoding: 'buffer', timeout: 600_000 });
  const stderr = r.stderr?.toString('utf8') ?? '';
  const last = stderr.trim().split('\n').pop() ?? '';
  const [wall, kb] = last.split(' ').map(Number);
  return { wallS: wall ?? NaN, peakMb: Math.round(((kb ?? 0) / 1024) * 10) / 10, exit: r.status, out: r.stdout?.toString('utf8') ?? '', err: stderr };
}

function verdict(out: string, err: string): string {
  try {
    const entries = JSON.parse(out) as { messages: { ruleId: string; message: string }[] }[];
    const fatal = entries.flatMap((e) => e.messages).find((m) => m.ruleId === 'fatal');
    if (fatal) return `fatal: ${fatal.message.slice(0, 48)}…`;
    return `${entries.reduce((n, e) => n + e.messages.length, 0)} findings in ${entries.length} entries`;
  } catch {
    const line = (out.split('\n').find((l) => l.trim()) ?? err.split('\n')[0] ?? '').trim();
    return line.length > 60 ? `${line.slice(0, 60)}… (${out.length} chars)` : line;
  }
}

export function benchLimits(scratch: string, log: (s: string) => void = () => undefined): LimitRow[] {
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(scratch, name);
    writeFileSync(path, data);
    return path;
  };
  const numbers = file('numbers-3m.md', `${TITLE}\n一、部门基本情况\n${Array.from({ length: 3_000_000 }, (_, i) => `${i % 1000}.5`).join(' ')}\n`);
  const digits = file('digits-2x200k.md', `${TITLE}\n一、部门基本情况\n合计${'9'.repeat(200_000)}万元。\n合计${'8'.repeat(200_000)}万元。\n`);
  const deepDocx = file('sdt-10000.docx', docx(p(TITLE) + '<w:sdt><w:sdtContent>'.repeat(10_000) + p('嵌套') + '</w:sdtContent></w:sdt>'.repeat(10_000)));
  const deepMd = file('quote-50000.md', `${TITLE}\n一、部门基本情况\n${'>'.repeat(50_000)} 合计1万元\n`);
  const numbering = file('numbering-1e9.docx', docx(p(TITLE) + p('部门基本情况', true).repeat(200),
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'));
  const cases: { input: string; args: string[]; cap: string; stdin?: Buffer }[] = [
    { input: '17.7 MB one-line Markdown, 3 million numbers', args: ['--format', 'json', '--concurrency', 'off', '--timeout', '10s', numbers], cap: 'pool of one; 10 s, 1 GB heap' },
    { input: '400 KB Markdown, two 200 000-digit numbers', args: ['--format', 'json', '--timeout', '5s', digits], cap: '5 s per file (all phases)' },
    { input: '.docx, 10 000 nested w:sdt', args: ['--format', 'json', '--concurrency', 'off', deepDocx], cap: 'XML depth 200' },
    { input: 'Markdown, 50 000 nested >', args: ['--format', 'json', deepMd], cap: 'quote/list nesting 100' },
    { input: 'print: numbering start 10⁹ in upperLetter, 200 paragraphs', args: ['print', numbering], cap: 'start ≤ 32767, label ≤ 64 chars' },
    { input: 'tree: the same file', args: ['tree', '--format', 'json', numbering], cap: 'as print' },
    { input: '200 MB piped to --stdin', args: ['--format', 'json', '--stdin'], cap: '50 MB max file size, as it streams', stdin: Buffer.alloc(200 * 1024 ** 2, 0x61) },
  ];
  const rows: LimitRow[] = [];
  for (const c of cases) {
    const r = run(c.args, c.stdin);
    const row = { input: c.input, command: c.args.filter((a) => !a.startsWith(scratch)).join(' '), cap: c.cap, wallS: r.wallS, peakMb: r.peakMb, exit: r.exit, verdict: verdict(r.out, r.err) };
    log(`  ${row.input}: ${row.wallS} s, ${row.peakMb} MB, exit ${row.exit}, ${row.verdict}`);
    rows.push(row);
  }
  return rows;
}

export function limitsTable(rows: readonly LimitRow[]): string {
  const head = '| hostile input | command | cap | wall s | peak RSS MB | exit | verdict |\n|---|---|---|---:|---:|---:|---|';
  return `${head}\n${rows.map((r) => `| ${r.input} | \`${r.command}\` | ${r.cap} | ${r.wallS} | ${r.peakMb} | ${r.exit} | ${r.verdict.replace(/\|/g, '\\|')} |`).join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scratch = mkdtempSync(join(tmpdir(), 'reportlint-limits-'));
  try {
    process.stdout.write(limitsTable(benchLimits(scratch, (s) => process.stderr.write(`${s}\n`))));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
