// --format html: findings highlighted on exactly their text, merged cells kept, untrusted text escaped, no external
// request, English with --locale en, and the document view computed only when asked for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/lint-report.js';
import { htmlFormatter } from '../../src/format/html/index.js';
import { jsonFormatter } from '../../src/format/json.js';
import { spans, ranges } from '../../src/format/html/highlight.js';
import { allRules } from '../../rules/index.js';
import { fatalResult } from '../../src/engine/result.js';
import type { FileResult } from '../../src/engine/result.js';
import { context } from './results.js';

const options = { locale: 'zh-CN' as const, settings: {}, registry: allRules };
const lintMd = (text: string, withView = true) => lintReport(new TextEncoder().encode(text), 'r.md', { ...options, withView });
const page = (results: FileResult[], locale: 'zh-CN' | 'en' = 'zh-CN') => htmlFormatter(results, context({ locale, rules: allRules }));

/** Text of every <mark> of finding `id` ("0-3"), tags stripped. */
function marked(html: string, id: string): string {
  const re = /<mark class="hl[^"]*" data-f="([^"]*)"[^>]*>([^<]*)<\/mark>/g;
  let out = '';
  for (const m of html.matchAll(re)) if (m[1]!.split(' ').includes(id)) out += m[2];
  return out.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

describe('html formatter', () => {
  it('highlights every finding of the sample report on exactly its excerpt', async () => {
    const result = await lintMd(readFileSync('fixtures/luquan-2025.md', 'utf8'));
    expect(result.messages.length).toBeGreaterThan(10);
    const html = page([result]);
    result.messages.forEach((m, i) => {
      if (m.excerpt.trim()) expect(marked(html, `0-${i}`).replace(/\s+/g, ''), `${m.ruleId} ${m.line}`).toBe(m.excerpt.replace(/\s+/g, ''));
      expect(html).toContain(m.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    });
  });

  it('is self-contained: no external script, style, image or font', async () => {
    const html = page([await lintMd(readFileSync('fixtures/luquan-2025.md', 'utf8'))]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|<img\b|url\(|@import|src=["']https?:/i);
  });

  it('keeps merged table cells and escapes the report text', async () => {
    const result: FileResult = {
      filePath: 'm"<x>.docx', errorCount: 1, warningCount: 0, infoCount: 0,
      messages: [{ ruleId: 'terms', severity: 'error', message: '「<b>」应为 &', line: 4, column: 4, endLine: 4, endColumn: 7, section: ['<i>'], excerpt: '<b>' }],
      facts: { title: '<script>alert(1)</script>' },
      view: { format: 'docx', blocks: [{ kind: 'paragraph', text: '正文 <b> <img src=x onerror=alert(1)>', segments: [0, 4, 1] }, { kind: 'table', rows: [
        { cells: [{ text: '一级指标', segments: [0, 1, 1], colSpan: 2, rowSpan: 1 }] },
        { cells: [{ text: '产出', segments: [0, 2, 1], colSpan: 1, rowSpan: 2 }, { text: '10', segments: [0, 3, 1], colSpan: 1, rowSpan: 1 }] },
      ] }] },
    };
    const merged = page([result]);
    expect(merged).not.toMatch(/<b>」|<b> |<img|<script>alert|<i>/);
    expect(merged).toContain('正文 <a class="anchor" id="f-0-0"></a><mark class="hl s-error" data-f="0-0" title="1. 「&lt;b&gt;」应为 &amp;">&lt;b&gt;</mark>');
    expect(merged).toContain('<td colspan="2">一级指标</td>');
    expect(merged).toContain('<td rowspan="2">产出</td>');
  });

  it('shows a file that could not be read with its fatal finding and no text', () => {
    const html = page([fatalResult('bad.docx', '文件为空（0 字节）')]);
    expect(html).toContain('文件为空（0 字节）');
    expect(html).toContain('无法读取');
    expect(html).toContain('class="unplaced"');
  });

  it('speaks English with --locale en', async () => {
    const result = await lintReport(new TextEncoder().encode(readFileSync('fixtures/luquan-2025.md', 'utf8')), 'r.md', { ...options, locale: 'en', withView: true });
    const html = page([result], 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Overview');
    expect(html).not.toMatch(/总览|问题清单|级别/);
  });

  it('builds the document view only when asked, and never puts it in the JSON output', async () => {
    const text = readFileSync('fixtures/luquan-2025.md', 'utf8');
    expect((await lintMd(text, false)).view).toBeUndefined();
    const withView = await lintMd(text);
    expect(withView.view?.blocks.length).toBeGreaterThan(20);
    expect(jsonFormatter([withView], context())).not.toContain('"view"');
  });

  it('places a zero-width finding on the character at its start', () => {
    const view = { text: 'abc', segments: [0, 5, 3] };
    const at = ranges([{ ruleId: 'x', severity: 'error', message: '', line: 5, column: 4, endLine: 5, endColumn: 4, section: [], excerpt: '' }]);
    expect(spans(view, at)).toEqual([{ start: 0, end: 1, findings: [] }, { start: 1, end: 2, findings: [0] }, { start: 2, end: 3, findings: [] }]);
  });
});
