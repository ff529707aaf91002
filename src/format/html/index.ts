// `--format html`: one self-contained page (inline style and script, no external request) with the batch overview and
// each report's text with its findings highlighted. Needs the document view in each result (FileResult.view); a
// result without one (a file that could not be read) shows its findings without text.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../../engine/result.js';
import type { FormatContext, Formatter } from '../types.js';
import { ruleDocPath } from '../types.js';
import { repositoryBlobBase } from '../sarif.js';
import { REPORT_CSS, REPORT_JS } from './assets.js';
import { htmlMessage as t } from '../../i18n/html.js';
import { esc, renderReports } from './render.js';

/** The rule docs of this installation: the repository if package.json names one, else the doc files shipped beside. */
export function defaultDocHref(): (ruleId: string) => string {
  const base = repositoryBlobBase();
  if (base) return (id) => `${base}/${ruleDocPath(id)}`;
  const local = ['../../../../', '../../../'].map((up) => new URL(up, import.meta.url))
    .find((url) => existsSync(fileURLToPath(new URL('rules/', url))));
  return (id) => (local ? new URL(ruleDocPath(id), local).href : ruleDocPath(id));
}

/** A whole page around a body: the report's style and script inline, plus a page's own (serve). */
export function pageShell(title: string, lang: string, body: string, extra: { css?: string; script?: string } = {}): string {
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<meta name="referrer" content="no-referrer"><title>${esc(title)}</title><style>${REPORT_CSS}${extra.css ?? ''}</style></head>`
    + `<body>${body}<script>${REPORT_JS}${extra.script ?? ''}</script></body></html>\n`;
}

export function summaryLine(results: readonly FileResult[], context: Pick<FormatContext, 'locale' | 'toolVersion'>): string {
  const sum = (k: 'errorCount' | 'warningCount' | 'infoCount') => results.reduce((n, r) => n + r[k], 0);
  return t('generated', context.locale, {
    version: context.toolVersion, files: results.length, errors: sum('errorCount'), warnings: sum('warningCount'), infos: sum('infoCount'),
  });
}

export const htmlFormatter: Formatter = (results, context) => {
  const { locale } = context;
  const body = renderReports(results, { locale, rules: context.rules, cwd: context.cwd, docHref: context.ruleDocHref ?? defaultDocHref() });
  const header = `<header class="page"><h1>${t('pageTitle', locale)}</h1><div class="sub">${esc(summaryLine(results, context))}</div></header>`;
  return pageShell(t('pageTitle', locale), locale, `${header}<main>${body}</main>`);
};
