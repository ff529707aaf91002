// Content in a .docx that reportlint could not check, or that is not final: unaccepted tracked changes, equations,
// text boxes without a compatible copy, embedded chunks. The reader records these as notes; this rule shows them so a
// reviewer knows the findings may be incomplete (and that a draft with revisions was submitted).
import { z } from 'zod';
import { defineRule, type TextNode } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'unchecked-content',
    description: {
      'zh-CN': '文档中有未能检查或尚未定稿的内容（未处理的修订、公式、无兼容内容的文本框、嵌入内容等）',
      en: 'The document has content that could not be checked or is not final (tracked changes, equations, text boxes, embedded content)',
    },
    defaultSeverity: 'warning',
    options: z.object({
      /** Reader note codes not to report, e.g. ["docx-math"]. */
      ignore: z.array(z.string()).default([]),
    }),
    messages: {
      note: { 'zh-CN': '{detail}', en: '{detail}' },
    },
    tags: ['docx', 'completeness'],
  },
  check({ doc, options, locale, report }) {
    const nodes = doc.textNodes();
    if (nodes.length === 0) return;
    for (const note of doc.root.data.readerNotes) {
      if (options.ignore.includes(note.code)) continue;
      const node: TextNode = (note.line && nodes.find((n) => n.position.start.line >= note.line!)) || nodes[0]!;
      report({ messageId: 'note', data: { detail: note.message[locale] }, node, span: [0, 0] });
    }
  },
});
