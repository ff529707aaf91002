// The 审核意见 letter: what a reviewer sends back to a department. Per report a title, the unit it is addressed to,
// the report reviewed, and the findings as a numbered list grouped by section (in document order), errors before
// warnings in each section; infos are left out unless asked for. Built with the `docx` package, in memory.
import type { FileResult, LintMessage } from '../engine/result.js';
import type { Locale } from '../engine/rule.js';
import type { BinaryFormatter } from './types.js';
import { reviewText, severityWord } from '../i18n/review.js';
import { bySeverity, unreadableReason } from './review-rows.js';

// docx's typings use extensionless relative re-exports, which NodeNext resolution cannot follow (they resolve to an
// empty module); this is the part of its API used here.
interface Paragraph { readonly __paragraph?: never }
type Options = Record<string, unknown>;
interface Docx {
  Document: new (options: Options) => unknown;
  Paragraph: new (options: Options) => Paragraph;
  TextRun: new (options: Options | string) => unknown;
  Packer: { toBuffer(doc: unknown): Promise<Buffer> };
  AlignmentType: { CENTER: string; RIGHT: string };
}

export interface LetterOptions {
  locale: Locale;
  /** Include `info` findings (left out by default). */
  includeInfo?: boolean;
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

/** One .docx with a letter per report (each on its own page); no file is written. */
export async function reviewLetter(results: FileResult[], options: LetterOptions): Promise<Buffer> {
  const docx = (await import('docx')) as unknown as Docx;
  const children = results.flatMap((r, i) => letterParagraphs(docx, r, options, i > 0));
  const doc = new docx.Document({
    creator: 'reportlint',
    title: reviewText('letterTitle', options.locale),
    styles: { default: { document: { run: { font: BODY_FONT, size: 28 }, paragraph: { spacing: { line: 360 } } } } },
    sections: [{ children }],
  });
  return docx.Packer.toBuffer(doc);
}

export const letterFormatter: BinaryFormatter = (results, context) => reviewLetter(results, { locale: context.locale });

function letterParagraphs(docx: Docx, result: FileResult, options: LetterOptions, pageBreak: boolean): Paragraph[] {
  const { Paragraph, TextRun, AlignmentType } = docx;
  const { locale } = options;
  const t = (id: Parameters<typeof reviewText>[0], data?: Record<string, string | number>) => reviewText(id, locale, data);
  const out: Paragraph[] = [
    new Paragraph({
      pageBreakBefore: pageBreak,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: t('letterTitle'), bold: true, size: 40, font: TITLE_FONT })],
    }),
  ];
  const facts = result.facts ?? {};
  const fileName = result.filePath.split(/[\\/]/).pop() ?? result.filePath;
  out.push(new Paragraph({ children: [new TextRun(t('letterTo', { unit: facts.unit ?? t('letterUnknownUnit') }))] }));
  out.push(new Paragraph({ children: [new TextRun(t('letterReport', { title: facts.title ?? fileName }))] }));
  const unreadable = unreadableReason(result);
  if (unreadable !== undefined) {
    out.push(new Paragraph({ children: [new TextRun(t('letterUnreadable', { reason: unreadable }))] }));
    return [...out, signature(docx, t('letterSignature'))];
  }
  const shown = result.messages.filter((m) => options.includeInfo || m.severity !== 'info');
  const errors = shown.filter((m) => m.severity === 'error').length;
  const warnings = shown.filter((m) => m.severity === 'warning').length;
  const infos = shown.length - errors - warnings;
  if (shown.length === 0) {
    out.push(new Paragraph({ indent: { firstLine: 560 }, children: [new TextRun(t('letterClean'))] }));
    return [...out, signature(docx, t('letterSignature'))];
  }
  const intro = t('letterIntro', { errors, warnings }) + (infos ? t('letterIntroInfos', { infos }) : '');
  out.push(new Paragraph({ indent: { firstLine: 560 }, children: [new TextRun(intro)] }));
  let n = 0;
  for (const [section, messages] of groupBySection(shown)) {
    out.push(new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: section || t('letterWholeDocument'), bold: true })] }));
    for (const m of messages) {
      n++;
      const runs = [
        new TextRun(`${n}. `),
        new TextRun(m.message),
        new TextRun({ text: t('letterRule', { severity: severityWord(m.severity, locale), rule: m.ruleId }), color: '666666' }),
      ];
      out.push(new Paragraph({ indent: { left: 420, hanging: 420 }, children: runs }));
      const excerpt = m.excerpt.replace(/\s*\n\s*/g, ' ').trim();
      if (excerpt && !m.message.includes(excerpt)) {
        out.push(new Paragraph({ indent: { left: 420 }, children: [new TextRun({ text: t('letterExcerpt', { excerpt: clip(excerpt) }), color: '444444' })] }));
      }
    }
  }
  return [...out, signature(docx, t('letterSignature'))];
}

function signature(docx: Docx, text: string): Paragraph {
  return new docx.Paragraph({ spacing: { before: 480 }, alignment: docx.AlignmentType.RIGHT, children: [new docx.TextRun(text)] });
}

/** Sections in the order they first occur, each with its findings errors first. */
function groupBySection(messages: LintMessage[]): [string, LintMessage[]][] {
  const groups = new Map<string, LintMessage[]>();
  for (const m of [...messages].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const key = m.section.join(' › ');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups].map(([k, v]) => [k, v.sort(bySeverity)]);
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
