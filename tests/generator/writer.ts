// Collects the paragraphs of one report (one paragraph = one line of the Markdown = one paragraph of the .docx),
// numbers the headings as typed in Word (一、（一）1.), and records the planted defect.
import type { DefectKind, Paragraph, Planted } from './types.js';
import { COVERING_RULES } from './types.js';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export const cnNumber = (n: number) => CN[n];

export class Writer {
  readonly paragraphs: Paragraph[] = [];
  readonly forms = new Set<string>();
  defect?: Planted;
  tableStart?: number;
  private h1 = 0;
  private h2 = 0;
  /** Heading-numbering defect: replace the label of the n-th level-2 heading (counting all) with this. */
  private h2Seen = 0;
  labelOverride?: { h2Index: number; label: (n: number) => string; form: string; shift?: number };
  private shift = 0;
  /** 区 for a district's report: 全县/县委/县级 are written 全区/区委/区级. */
  jurisdiction: '县' | '区' | '市' = '县';

  /** Append a paragraph; returns its 1-based line. */
  push(text: string, ...tags: string[]): number {
    if (this.jurisdiction !== '县') {
      const j = this.jurisdiction;
      text = text.replace(/全县|县委|县政府|县级|县乡村/g, (m) => (m === '县乡村' ? `${j}镇村` : m.replace('县', j)));
    }
    this.paragraphs.push({ text, tags });
    for (const t of tags) this.forms.add(t);
    return this.paragraphs.length;
  }

  heading1(title: string): number {
    this.h1++;
    this.h2 = 0;
    this.shift = 0;
    const line = this.push(`${CN[this.h1]}、${title}`, 'heading');
    this.paragraphs[line - 1].heading = 1;
    return line;
  }

  heading2(title: string): number {
    this.h2++;
    this.h2Seen++;
    const o = this.labelOverride;
    // a repeated number needs a previous heading in the same group: move the defect to the next heading
    if (o && o.h2Index === this.h2Seen && o.shift === -1 && this.h2 === 1) o.h2Index++;
    if (o && o.h2Index === this.h2Seen && o.shift) this.shift = o.shift;
    let label = `（${CN[this.h2 + this.shift]}）`;
    let tag = 'heading';
    if (o && o.h2Index === this.h2Seen && !o.shift) label = o.label(this.h2);
    if (o && o.h2Index === this.h2Seen) tag = o.form;
    const line = this.push(`${label}${title}`, tag);
    this.paragraphs[line - 1].heading = 2;
    if (o && o.h2Index === this.h2Seen) this.plant('heading-numbering', o.form, [line], `「${label}${title}」`);
    return line;
  }

  plant(kind: DefectKind, form: string, lines: number[], note: string): void {
    if (this.defect) throw new Error(`second defect ${kind} planted after ${this.defect.kind}`);
    this.defect = { kind, form, rules: COVERING_RULES[kind], lines, note };
    this.forms.add(`defect:${form}`);
  }

  /** Replace the text of an already written paragraph (for defects decided after writing). */
  replace(line: number, text: string): void {
    this.paragraphs[line - 1].text = text;
  }
}
