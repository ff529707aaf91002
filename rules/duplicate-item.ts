// duplicate-item: one name listed twice in one enumeration ("分别为办公室、财务股、业务股、财务股"). Items holding
// figures (amounts, dates) may repeat legitimately and are not lists of names (see src/lists).
import { z } from 'zod';
import { defineRule, statedLists } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'duplicate-item',
    description: {
      'zh-CN': '同一列举中同一名称出现两次（「分别为办公室、财务股、业务股、财务股」）',
      en: 'A name appears twice in one enumeration ("分别为办公室、财务股、业务股、财务股")',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      repeated: {
        'zh-CN': '「{item}」在同一列举中重复出现（第 {first} 项和第 {second} 项）',
        en: '"{item}" is listed twice in one enumeration (items {first} and {second})',
      },
    },
    tags: ['consistency'],
  },
  check({ doc, report }) {
    for (const list of statedLists(doc)) {
      if (list.kind === 'numbered') continue;
      const seen = new Map<string, number>();
      list.items.forEach((item, i) => {
        if (item.text.length < 2) return;
        const first = seen.get(item.text);
        if (first === undefined) {
          seen.set(item.text, i);
          return;
        }
        report({ messageId: 'repeated', data: { item: item.text, first: first + 1, second: i + 1 }, node: item.node, span: item.span });
      });
    }
  },
});
