// The review server over real HTTP on 127.0.0.1: the JSON contract, limits answered with 413, zip bombs answered with
// their fatal finding, session severities, and 50 concurrent uploads each answered with its own file's findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, form, startServer, type Server } from './harness.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'fixtures', name)));
const MD = fixture('luquan-2025.md');
const KEPU = fixture('kepu-project-selfeval-table.docx');
const CLEAN_MD = fixture('clean-project-2025.md');

interface Entry { filePath: string; messages: { ruleId: string; message: string; severity: string }[]; errorCount: number }

/** A .docx whose document part claims 30 MB: the reader refuses it before inflating. */
function zipBomb(): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 1 });
}

let server: Server;
beforeAll(async () => {
  server = await startServer({ maxFileSize: 4 * 1024 * 1024, maxFiles: 5 });
});
afterAll(async () => server?.close());

async function lint(files: { name: string; bytes: Uint8Array }[], fields: Record<string, string> = {}) {
  const r = await fetch(`${server.base}/api/lint`, { method: 'POST', body: form(files, fields) });
  return { status: r.status, body: (await r.json()) as Entry[] & { error?: string } };
}

describe('reportlint serve', () => {
  it('serves the page on 127.0.0.1 and answers POST /api/lint with the JSON contract', async () => {
    const page = await (await fetch(`${server.base}/`)).text();
    expect(page).toMatch(/<html lang="zh-CN">/);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const { status, body } = await lint([{ name: 'kepu.docx', bytes: KEPU }, { name: 'luquan.md', bytes: MD }]);
    expect(status).toBe(200);
    expect(body.map((e) => e.filePath)).toEqual(['kepu.docx', 'luquan.md']);
    expect(body[0]!.messages.length).toBeGreaterThan(0);
    expect(Object.keys(body[0]!).sort()).toEqual(['errorCount', 'filePath', 'infoCount', 'messages', 'warningCount']);
    expect(Object.keys(body[0]!.messages[0]!).sort()).toEqual(['column', 'endColumn', 'endLine', 'excerpt', 'line', 'message', 'ruleId', 'section', 'severity']);
  });

  it('refuses an oversize file and too many files with 413 and a clear message', async () => {
    const big = await lint([{ name: 'big.docx', bytes: new Uint8Array(5 * 1024 * 1024) }]);
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/big\.docx.*4 MB/);
    const many = await lint(Array.from({ length: 6 }, (_, i) => ({ name: `r${i}.md`, bytes: MD })));
    expect(many.status).toBe(413);
    expect(many.body.error).toMatch(/5/);
    const none = await fetch(`${server.base}/api/lint`, { method: 'POST', body: 'x' });
    expect(none.status).toBe(400);
  });

  it('applies session severities and rejects unknown rules', async () => {
    const base = await lint([{ name: 'a.md', bytes: MD }]);
    expect(base.body[0]!.messages.some((m) => m.ruleId === 'heading-numbering')).toBe(true);
    const off = await lint([{ name: 'a.md', bytes: MD }], { rules: JSON.stringify({ 'heading-numbering': 'off', 'sum-total': 'info' }) });
    expect(off.body[0]!.messages.some((m) => m.ruleId === 'heading-numbering')).toBe(false);
    expect(off.body[0]!.messages.filter((m) => m.ruleId === 'sum-total').every((m) => m.severity === 'info')).toBe(true);
    const bad = await lint([{ name: 'a.md', bytes: MD }], { rules: JSON.stringify({ 'no-such-rule': 'off' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/no-such-rule/);
  });

  it('answers a zip bomb with its fatal finding while other requests keep working', async () => {
    const [bomb, ...others] = await Promise.all([
      lint([{ name: 'bomb.docx', bytes: zipBomb() }]),
      lint([{ name: 'k.docx', bytes: KEPU }]),
      lint([{ name: 'm.md', bytes: MD }]),
    ]);
    expect(bomb.status).toBe(200);
    expect(bomb.body[0]!.messages.map((m) => m.ruleId)).toEqual(['fatal']);
    for (const o of others) expect(o.body[0]!.messages.length).toBeGreaterThan(0);
  });

  it('answers 50 concurrent uploads, each with its own file and findings', async () => {
    // mostly Markdown (linted in the server thread), every tenth a .docx (worker threads), so both paths interleave
    const sources = [{ name: 'luquan.md', bytes: MD }, { name: 'clean.md', bytes: CLEAN_MD }, { name: 'kepu.docx', bytes: KEPU }];
    const expected = new Map<string, string>();
    for (const s of sources) expected.set(s.name, JSON.stringify((await lint([s])).body[0]!.messages));
    const pick = (i: number) => (i % 10 === 9 ? 2 : i % 2);
    const uploads = Array.from({ length: 50 }, (_, i) => ({ ...sources[pick(i)]!, name: `u${i}-${sources[pick(i)]!.name}`, source: pick(i) }));
    const answers = await Promise.all(uploads.map((u) => lint([{ name: u.name, bytes: u.bytes }])));
    answers.forEach((a, i) => {
      expect(a.status).toBe(200);
      expect(a.body).toHaveLength(1);
      expect(a.body[0]!.filePath).toBe(uploads[i]!.name);
      expect(JSON.stringify(a.body[0]!.messages)).toBe(expected.get(sources[uploads[i]!.source]!.name));
    });
  });

  it('renders the report body with highlights and links rule docs to /rules/<id>', async () => {
    const r = await fetch(`${server.base}/api/report`, { method: 'POST', body: form([{ name: 'luquan.md', bytes: MD }]) });
    const html = await r.text();
    expect(html).toMatch(/<mark class="hl s-error"/);
    expect(html).toMatch(/href="\/rules\/heading-numbering"/);
    const doc = await fetch(`${server.base}/rules/heading-numbering`);
    expect(await doc.text()).toMatch(/^# heading-numbering/);
    expect((await fetch(`${server.base}/rules/..%2Fpackage.json`)).status).toBe(404);
  });

  it('downloads the annotated .docx, the workbook and the letter, named for the upload', async () => {
    const post = (path: string, files: { name: string; bytes: Uint8Array }[]) => fetch(`${server.base}${path}`, { method: 'POST', body: form(files) });
    const annotated = await post('/api/annotate', [{ name: 'kepu.docx', bytes: KEPU }]);
    expect(annotated.status).toBe(200);
    expect(decodeURIComponent(annotated.headers.get('content-disposition') ?? '')).toContain("kepu.审核意见.docx");
    const bytes = new Uint8Array(await annotated.arrayBuffer());
    const { parseReport } = (await import(join(ROOT, 'dist/src/api.js'))) as typeof import('../../src/api.js');
    expect((await parseReport(bytes, 'a.docx')).lines.length).toBeGreaterThan(10);
    expect(Buffer.from(bytes).includes(Buffer.from('word/comments.xml'))).toBe(true);
    const xlsx = await post('/api/xlsx', [{ name: 'kepu.docx', bytes: KEPU }, { name: 'luquan.md', bytes: MD }]);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const letter = await post('/api/letter', [{ name: 'luquan.md', bytes: MD }]);
    expect(letter.status).toBe(200);
    expect(decodeURIComponent(letter.headers.get('content-disposition') ?? '')).toContain('luquan.审核意见函.docx');
    const md = await post('/api/annotate', [{ name: 'luquan.md', bytes: MD }]);
    expect(await md.text()).toMatch(/<!-- .*heading-numbering/);
    const unreadable = await post('/api/annotate', [{ name: 'bomb.docx', bytes: zipBomb() }]);
    expect(unreadable.status).toBe(422);
  });
});
