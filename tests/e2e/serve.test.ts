/// <reference lib="dom" />
// The review app in Chromium, as a reviewer uses it: choose the sample reports, see each finding highlighted on its
// text, filter by severity and rule, download the annotated .docx and read it back. Also the static --format html page.
// Leaves screenshots in tests/e2e/artifacts/. Skips, saying so in one line, without Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, form, startServer, type Server } from '../serve/harness.js';
import { hasChromium, launch, CHROMIUM } from './browser.js';

const SAMPLES = ['luquan-2025-plain.docx', 'kepu-project-selfeval-table.docx', 'luquan-2025.md'].map((f) => join(ROOT, 'fixtures', f));
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const squash = (s: string) => s.replace(/\s+/g, '');

if (!hasChromium) console.log(`e2e: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

interface Entry { filePath: string; messages: { ruleId: string; severity: string; excerpt: string; message: string }[] }

describe.skipIf(!hasChromium)('reportlint serve in Chromium', () => {
  let server: Server;
  let browser: BrowserContext;
  let page: Page;
  let expected: Entry[];
  let annotateAvailable = false;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    page = await browser.newPage();
    page.on('pageerror', (e) => { throw e; });
    mkdirSync(ARTIFACTS, { recursive: true });
    const files = SAMPLES.map((p) => ({ name: p.split('/').pop()!, bytes: new Uint8Array(readFileSync(p)) }));
    expected = (await (await fetch(`${server.base}/api/lint`, { method: 'POST', body: form(files) })).json()) as Entry[];
    annotateAvailable = (await fetch(`${server.base}/api/annotate`, { method: 'POST', body: form(files.slice(0, 1)) })).status !== 501;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every finding highlighted at its text after choosing the samples', async () => {
    await page.goto(`${server.base}/`);
    await page.setInputFiles('#files', SAMPLES);
    await page.waitForSelector('#results section.report >> nth=2');
    expect(await page.locator('table.overview-table tbody tr').count()).toBe(3);
    const marks = await page.evaluate(() => {
      const out: Record<string, string> = {};
      document.querySelectorAll('mark.hl').forEach((m) => {
        for (const id of (m as HTMLElement).dataset.f!.split(' ')) out[id] = (out[id] ?? '') + m.textContent;
      });
      return out;
    });
    let checked = 0;
    expected.forEach((entry, r) => entry.messages.forEach((m, i) => {
      if (!m.excerpt.trim()) return;
      checked++;
      expect(squash(marks[`${r}-${i}`] ?? ''), `${entry.filePath} #${i + 1} ${m.ruleId}`).toBe(squash(m.excerpt));
    }));
    expect(checked).toBeGreaterThan(30);
    const items = await page.locator('li.finding').count();
    expect(items).toBe(expected.reduce((n, e) => n + e.messages.length, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'main.png') });
  });

  it('jumps from the side list to the highlighted text', async () => {
    const item = page.locator('li.finding[data-f="0-2"]');
    await item.locator('a.jump').click();
    const mark = page.locator('mark.hl[data-f~="0-2"]').first();
    await expect.poll(() => mark.evaluate((m) => m.classList.contains('flash'))).toBe(true);
    await expect.poll(() => mark.isVisible()).toBe(true);
  });

  it('filters by severity and by rule', async () => {
    const visible = (sel: string) => page.locator(`${sel}:visible`).count();
    const errors = await visible('li.finding[data-sev="error"]');
    expect(errors).toBeGreaterThan(0);
    await page.locator('input[data-sev-filter="error"]').uncheck();
    expect(await visible('li.finding[data-sev="error"]')).toBe(0);
    const lit = await page.evaluate(() => document.querySelectorAll("mark.hl.s-error").length);
    expect(lit).toBe(0);
    await page.locator('input[data-sev-filter="error"]').check();
    expect(await visible('li.finding[data-sev="error"]')).toBe(errors);
    await page.locator('button[data-rules="none"]').click();
    expect(await visible('li.finding')).toBe(0);
    await page.locator('input[data-rule-filter="heading-numbering"]').check();
    const shown = await visible('li.finding');
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBe(await visible('li.finding[data-rule="heading-numbering"]'));
    await page.locator('button[data-rules="all"]').click();
  });

  it('sorts the overview by a column', async () => {
    const errorsColumn = page.locator('table.overview-table th').nth(6);
    await errorsColumn.click();
    await errorsColumn.click();
    const values = await page.locator('table.overview-table tbody tr td:nth-child(7)').allTextContents();
    expect(values.map(Number)).toEqual([...values.map(Number)].sort((a, b) => b - a));
  });

  it('downloads the annotated .docx, which the project reader opens', async (context) => {
    if (!annotateAvailable) context.skip();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#report-0 .dl button').first().click(),
    ]);
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const { parseReport } = (await import(join(ROOT, 'dist/src/api.js'))) as typeof import('../../src/api.js');
    const doc = await parseReport(new Uint8Array(readFileSync(path)), path);
    expect(doc.lines.length).toBeGreaterThan(10);
  });

  it('renders the static --format html page with the same highlights', async () => {
    const { spawnSync } = await import('node:child_process');
    const out = join(ARTIFACTS, 'report.html');
    spawnSync('node', [join(ROOT, 'bin/reportlint.js'), '--format', 'html', '--output-file', out, ...SAMPLES], { encoding: 'utf8' });
    const html = readFileSync(out, 'utf8');
    const p = await browser.newPage();
    const requests: string[] = [];
    p.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await p.goto(`file://${out}`);
    expect(await p.locator('mark.hl').count()).toBeGreaterThan(30);
    expect(requests).toEqual([]);
    writeFileSync(join(ARTIFACTS, 'report-size.txt'), `${html.length}\n`);
    await p.close();
  });
});
