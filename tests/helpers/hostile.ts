/**
 * Hostile inputs for the hardening tests and the bench: each builds the smallest file of one class that used to
 * break a limit (deep nesting, huge numbering values, control characters, UTF-16 parts, long digit runs).
 * Deterministic and synchronous.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { makeDocx } from './make-docx.js';

/** A report paragraph wrapped in `depth` nested content controls (w:sdt), as in the 10 000-deep sample. */
export function deepSdtDocx(depth: number): Uint8Array {
  const bytes = makeDocx({ blocks: ['某单位2024年度部门整体支出绩效自评报告', '一、部门基本情况', '正文。'] });
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const inner = '<w:p><w:r><w:t>嵌套内容</w:t></w:r></w:p>';
  const deep = '<w:sdt><w:sdtContent>'.repeat(depth) + inner + '</w:sdtContent></w:sdt>'.repeat(depth);
  files['word/document.xml'] = strToU8(xml.replace('<w:body>', `<w:body>${deep}`));
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

/** A numbered paragraph whose list starts at `start` in `numFmt` (upperLetter at 10⁹ spelled a label of 38 MB). */
export function bigNumberingDocx(start: number, numFmt = 'upperLetter'): Uint8Array {
  return makeDocx({
    lists: [{ numId: 1, levels: [{ numFmt, lvlText: '%1.', start }] }],
    blocks: ['某单位2024年度部门整体支出绩效自评报告', { text: '部门基本情况', numbering: { numId: 1, ilvl: 0 } }, '正文。'],
  });
}

/** A .docx whose [Content_Types].xml is UTF-16 with a BOM (OPC allows it). */
export function utf16ContentTypesDocx(): Uint8Array {
  const files = unzipSync(makeDocx({ blocks: ['某单位2024年度部门整体支出绩效自评报告', '一、部门基本情况', '正文。'] }));
  const xml = strFromU8(files['[Content_Types].xml']!).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  const le = new Uint8Array(2 + xml.length * 2);
  le[0] = 0xff;
  le[1] = 0xfe;
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    le[2 + i * 2] = c & 0xff;
    le[3 + i * 2] = c >> 8;
  }
  files['[Content_Types].xml'] = le;
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

/** A paragraph whose text carries terminal control sequences (clear screen, window title, bell) written as XML 1.1
 * character references, as a sender could put them in a .docx. */
export function controlCharsDocx(): Uint8Array {
  const files = unzipSync(makeDocx({ blocks: ['某单位2024年度部门整体支出绩效自评报告', '一、部门基本情况', 'PLACEHOLDER'] }));
  const xml = strFromU8(files['word/document.xml']!)
    .replace('<?xml version="1.0"', '<?xml version="1.1"')
    .replace('PLACEHOLDER', '正文&#x1B;[2J&#x1B;]0;pwned&#x7;XX结束');
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

/** Markdown: `depth` nested block quotes around one line. */
export function deepQuoteMarkdown(depth: number, report = ''): string {
  return `${report}\n${'>'.repeat(depth)} 合计1万元\n`;
}

/** Markdown: `depth` nested list items on one line ("- - - … x"). */
export function deepListMarkdown(depth: number, report = ''): string {
  return `${report}\n${'- '.repeat(depth)}合计1万元\n`;
}

/** A 其中 sentence with `parts` parts (the sum-total stack and message caps). */
export function longBreakdownMarkdown(parts: number): string {
  const items = Array.from({ length: parts }, (_, i) => `项目${i + 1}支出1万元`).join('，');
  return `某单位2024年度部门整体支出绩效自评报告\n一、部门基本情况\n全年支出${parts}万元，其中${items}。\n`;
}

/** Markdown with digit runs of `digits` digits (the mask regex and the extractors on long runs). */
export function longDigitsMarkdown(digits: number, runs = 2): string {
  const run = '9'.repeat(digits);
  return `某单位2024年度部门整体支出绩效自评报告\n一、部门基本情况\n${Array.from({ length: runs }, () => `合计${run}万元。`).join('\n')}\n`;
}
