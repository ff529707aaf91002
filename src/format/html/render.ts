// The body of the HTML report, shared by `--format html` and `reportlint serve`: filter bar, sortable overview, and per
// report the document as the reader sees it with every finding highlighted at its place plus a side list grouped by
// section and severity. Plain strings; the page script (assets.ts) adds sorting, filtering and jumping.
import type { FileResult, LintMessage } from '../../engine/result.js';
import type { Locale, Rule } from '../../engine/rule.js';
import type { ViewBlock, ViewText } from '../../tree/view.js';
import { reportKindName } from '../../i18n/review.js';
import { displayPath } from '../paths.js';
import { bySeverity, ranges, spans, worst } from './highlight.js';
import { htmlMessage as t } from '../../i18n/html.js';

export interface RenderOptions {
  locale: Locale;
  rules: readonly Rule[];
  cwd: string;
  /** Link to a rule's documentation. */
  docHref: (ruleId: string) => string;
}

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

export function renderReports(results: readonly FileResult[], o: RenderOptions): string {
  return `${toolbar(results, o)}${overview(results, o)}${results.map((r, i) => report(r, i, o)).join('')}`;
}

function toolbar(results: readonly FileResult[], o: RenderOptions): string {
  const { locale } = o;
  const all = results.flatMap((r) => r.messages);
  const perRule = new Map<string, number>();
  for (const m of all) perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
  const sev = SEVERITIES.map((s) => {
    const n = all.filter((m) => m.severity === s).length;
    return `<label class="chip s-${s}"><input type="checkbox" checked data-sev-filter="${s}"><span class="dot"></span>${t(s, locale)} <b>${n}</b></label>`;
  }).join('');
  const rules = [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) =>
    `<label class="chip rule" title="${esc(describe(id, o))}"><input type="checkbox" checked data-rule-filter="${esc(id)}">${esc(id)} <b>${n}</b></label>`).join('');
  return `<nav class="filters" aria-label="${t('filters', locale)}"><div class="group"><span class="label">${t('severity', locale)}</span>${sev}</div>`
    + `<div class="group rules"><span class="label">${t('rules', locale)}</span><button type="button" data-rules="all">${t('allRules', locale)}</button>`
    + `<button type="button" data-rules="none">${t('noRules', locale)}</button>${rules}</div>`
    + `<div class="shown" data-shown-template="${esc(t('shownOf', locale, { shown: '{shown}', total: '{total}' }))}"></div></nav>`;
}

function describe(ruleId: string, o: RenderOptions): string {
  return o.rules.find((r) => r.meta.id === ruleId)?.meta.description[o.locale] ?? ruleId;
}

function overview(results: readonly FileResult[], o: RenderOptions): string {
  const { locale } = o;
  const head = [
    ['colFile', 'text'], ['colUnit', 'text'], ['colYear', 'num'], ['colKind', 'text'], ['colScore', 'num'], ['colGrade', 'text'],
    ['error', 'num'], ['warning', 'num'], ['info', 'num'],
  ] as const;
  const th = head.map(([id, type]) => `<th data-sort="${type}" class="${type}">${t(id, locale)}</th>`).join('');
  const rows = results.map((r, i) => {
    const f = r.facts ?? {};
    const kind = reportKindName(f.kind, locale) ?? '';
    const cell = (v: string | number | undefined, cls = '') => `<td class="${cls}" data-v="${esc(String(v ?? ''))}">${esc(String(v ?? ''))}</td>`;
    const name = displayPath(r.filePath, o.cwd);
    const unread = r.fatal ? ` <span class="tag s-error">${t('unreadable', locale)}</span>` : '';
    return `<tr><td data-v="${esc(name)}"><a href="#report-${i}">${esc(name)}</a>${unread}</td>${cell(f.unit)}${cell(f.year, 'num')}${cell(kind)}`
      + `${cell(f.selfScore, 'num')}${cell(f.grade)}${cell(r.errorCount, 'num s-error')}${cell(r.warningCount, 'num s-warning')}${cell(r.infoCount, 'num s-info')}</tr>`;
  }).join('');
  return `<section class="overview" id="overview"><h2>${t('overview', locale)} <small>${t('sortHint', locale)}</small></h2>`
    + `<div class="tw"><table class="overview-table"><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function report(result: FileResult, r: number, o: RenderOptions): string {
  const { locale } = o;
  const msgs = result.messages;
  const placed = new Set<number>();
  const body = result.view ? documentHtml(result.view.blocks, msgs, r, placed) : `<p class="none">${t('noDocument', locale)}</p>`;
  const unplaced = msgs.map((m, i) => ({ m, i })).filter(({ i }) => !placed.has(i));
  const notice = unplaced.length
    ? `<div class="unplaced"><p>${t('unplaced', locale)}</p><ul>${unplaced.map(({ m, i }) =>
      `<li class="s-${m.severity}" data-f="${r}-${i}"><span class="fn s-${m.severity}">${i + 1}</span>${esc(m.message)}</li>`).join('')}</ul></div>`
    : '';
  const f = result.facts ?? {};
  const facts = [f.unit, f.year && String(f.year), reportKindName(f.kind, locale), f.selfScore !== undefined && `${t('colScore', locale)} ${f.selfScore}`, f.grade]
    .filter(Boolean).map((x) => `<span>${esc(String(x))}</span>`).join('');
  const counts = SEVERITIES.map((s) => `<span class="count s-${s}">${t(s, locale)} ${result[`${s}Count`]}</span>`).join('');
  return `<section class="report" id="report-${r}"><header class="report-head"><h2>${esc(displayPath(result.filePath, o.cwd))}</h2>`
    + `${f.title ? `<div class="title">${esc(f.title)}</div>` : ''}<div class="facts">${facts}${counts}<a class="top" href="#overview">${t('backToTop', locale)}</a></div></header>`
    + `<div class="columns"><article class="doc" aria-label="${t('document', locale)}">${notice}${body}</article>${sideList(msgs, r, o)}</div></section>`;
}

function documentHtml(blocks: readonly ViewBlock[], msgs: readonly LintMessage[], r: number, placed: Set<number>): string {
  const all = ranges(msgs);
  const badges = new Set<number>();
  const text = (view: ViewText) => textHtml(view, all, msgs, r, placed, badges);
  return blocks.map((b) => {
    if (b.kind === 'heading') return `<h${Math.min(b.depth + 2, 6)} class="h d${b.depth}">${text(b)}</h${Math.min(b.depth + 2, 6)}>`;
    if (b.kind === 'paragraph') return `<p${b.cover ? ' class="cover"' : ''}>${text(b)}</p>`;
    const rows = b.rows.map((row) => `<tr>${row.cells.map((c) => {
      const tag = row.header ? 'th' : 'td';
      const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
      return `<${tag}${span}>${text(c)}</${tag}>`;
    }).join('')}</tr>`).join('');
    return `<div class="tw"><table class="doc-table">${rows}</table></div>`;
  }).join('');
}

function textHtml(view: ViewText, all: ReturnType<typeof ranges>, msgs: readonly LintMessage[], r: number, placed: Set<number>, badges: Set<number>): string {
  const list = spans(view, all);
  let out = '';
  list.forEach((span, k) => {
    const piece = esc(view.text.slice(span.start, span.end));
    if (span.findings.length === 0) {
      out += piece;
      return;
    }
    const anchors = span.findings.filter((i) => !placed.has(i)).map((i) => `<a class="anchor" id="f-${r}-${i}"></a>`).join('');
    for (const i of span.findings) placed.add(i);
    const sev = worst(span.findings.map((i) => msgs[i]!.severity));
    const title = span.findings.map((i) => `${i + 1}. ${msgs[i]!.message}`).join('\n');
    out += `${anchors}<mark class="hl s-${sev}" data-f="${span.findings.map((i) => `${r}-${i}`).join(' ')}" title="${esc(title)}">${piece}</mark>`;
    // a number after the end of each finding's first run, as a footnote mark that matches the side list
    const next = list[k + 1]?.findings ?? [];
    for (const i of span.findings) {
      if (next.includes(i) || badges.has(i)) continue;
      badges.add(i);
      out += `<sup class="fn s-${msgs[i]!.severity}" data-f="${r}-${i}">${i + 1}</sup>`;
    }
  });
  return out;
}

function sideList(msgs: readonly LintMessage[], r: number, o: RenderOptions): string {
  const { locale } = o;
  if (msgs.length === 0) return `<aside class="side"><h3>${t('noFindings', locale)}</h3></aside>`;
  const groups = new Map<string, { path: string[]; line: number; items: number[] }>();
  msgs.forEach((m, i) => {
    const k = m.section.join('\u0000');
    const g = groups.get(k) ?? { path: m.section, line: m.line, items: [] };
    g.line = Math.min(g.line, m.line);
    g.items.push(i);
    groups.set(k, g);
  });
  const html = [...groups.values()].sort((a, b) => a.line - b.line).map((g) => {
    const items = g.items.sort((a, b) => bySeverity(msgs[a]!.severity, msgs[b]!.severity) || msgs[a]!.line - msgs[b]!.line).map((i) => {
      const m = msgs[i]!;
      const where = t('lineColumn', locale, { line: m.line, column: m.column });
      return `<li class="finding s-${m.severity}" data-f="${r}-${i}" data-rule="${esc(m.ruleId)}" data-sev="${m.severity}">`
        + `<a class="jump" href="#f-${r}-${i}"><span class="fn s-${m.severity}">${i + 1}</span><span class="sev">${t(`${m.severity}One`, locale)}</span>${esc(m.message)}</a>`
        + `<div class="meta"><a class="rule" href="${esc(o.docHref(m.ruleId))}" target="_blank" rel="noopener" title="${esc(t('ruleDoc', locale, { rule: describe(m.ruleId, o) }))}">${esc(m.ruleId)}</a>`
        + `<span class="where">${where}</span></div></li>`;
    }).join('');
    const path = g.path.length ? g.path : [t('beforeHeadings', locale)];
    const shown = path.slice(-2).join(' › ');
    return `<li class="group"><div class="section" title="${esc(path.join(' › '))}">${esc(shown)}</div><ol>${items}</ol></li>`;
  }).join('');
  return `<aside class="side"><h3>${t('findings', locale, { count: msgs.length })}</h3><ul class="groups">${html}</ul></aside>`;
}
