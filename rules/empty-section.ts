// A heading with nothing under it: no text, no table, no subsection with content; and an empty field of a 自评表 form.
import { z } from 'zod';
import { defineRule, formFields, isOnlyPlaceholder, type BlockNode, type SectionNode } from '../src/rule-kit.js';

/**
 * A heading that is itself a sentence ("（一）科普活动成效明显，……。") or carries its content after a colon
 * ("六、评价工作组：张三（组长）") is not an empty section even without body text.
 */
export function headingCarriesContent(section: SectionNode): boolean {
  const title = (section.heading.label ? section.heading.title : section.heading.text).trim();
  if (/[。；;！!？?]$/.test(title)) return true;
  const colon = /[：:]/.exec(title);
  if (colon && title.slice(colon.index + 1).replace(/[\s\p{P}]/gu, '').length >= 2) return true;
  return title.length > 60;
}

function blockHasContent(block: BlockNode): boolean {
  if (block.type === 'table') {
    // Column titles alone (an unfilled form) are not content; a one-row table is.
    const filled = (row: (typeof block.children)[number]) => row.children.some((cell) => cell.text.trim() !== '');
    return block.children.length === 1 ? filled(block.children[0]!) : block.children.slice(1).some(filled);
  }
  const text = block.text.trim();
  return text !== '' && !isOnlyPlaceholder(text);
}

export function sectionHasContent(section: SectionNode): boolean {
  if (headingCarriesContent(section)) return true;
  return section.children.some((child) => (child.type === 'section' ? sectionHasContent(child) : blockHasContent(child)));
}

export default defineRule({
  meta: {
    id: 'empty-section',
    description: {
      'zh-CN': '标题下没有内容（无正文、无表格、下级标题也都为空，或只有填写提示）；自评表栏目未填写',
      en: 'A heading with nothing under it (no text, no table, no subsection with content, or only a fill-in prompt); an empty field of a scoring-table form',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Headings (regular expressions over the title) that may stay empty, e.g. "附件". */
      allow: z.array(z.string()).default([]),
    }),
    messages: {
      empty: {
        'zh-CN': '「{heading}」下没有内容，应填写该部分或删除标题',
        en: '"{heading}" has nothing under it; write the section or remove the heading',
      },
      emptyField: {
        'zh-CN': '「{field}」栏未填写，应填写{expects}',
        en: 'the "{field}" field is empty; write {expects} there',
      },
      emptyWithSubsections: {
        'zh-CN': '「{heading}」及其 {count} 个下级标题下都没有内容，应填写该部分或删除标题',
        en: '"{heading}" and its {count} subheadings have nothing under them; write the section or remove the headings',
      },
    },
    tags: ['structure'],
  },
  check({ doc, options, report, locale }) {
    // The labelled fields of a 自评表 form: an empty value cell, or a label row with no value cell at all.
    for (const f of formFields(doc)) {
      if (f.state !== 'empty') continue;
      report({ messageId: 'emptyField', data: { field: f.label, expects: locale === 'en' ? f.expects.en : f.expects.zh }, node: f.labelCell });
    }
    const allow = options.allow.flatMap((s) => {
      try { return [new RegExp(s)]; } catch { return []; }
    });
    const visit = (section: SectionNode) => {
      if (!sectionHasContent(section)) {
        if (allow.some((re) => re.test(section.heading.text))) return;
        const count = countSubsections(section);
        report({
          messageId: count ? 'emptyWithSubsections' : 'empty',
          data: { heading: section.heading.text.trim(), count },
          node: section.heading,
        });
        return; // its subsections are part of the same finding
      }
      for (const child of section.children) if (child.type === 'section') visit(child);
    };
    for (const child of doc.root.children) if (child.type === 'section') visit(child);
  },
});

function countSubsections(section: SectionNode): number {
  return section.children.reduce((n, c) => n + (c.type === 'section' ? 1 + countSubsections(c) : 0), 0);
}
