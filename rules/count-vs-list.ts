// count-vs-list: a stated count and the list that spells it out disagree ("内设机构8个，分别为…" naming 7, "下属单位3个：
// A、B、C、D", "开展活动5次：" then 4 numbered items, "A、B、C4个股室"). Lists ending in 等 and lists introduced by
// 包括/主要有 (which may name only some) are not counted against the number, except that naming more is still wrong.
// A name listed twice is duplicate-item's finding; the count is then right if it matches the distinct names.
import { z } from 'zod';
import { defineRule, statedLists, type StatedList } from '../src/rule-kit.js';

/** Counts the list can stand for: its items, the distinct items, and one more when the last item is "A和B". */
function readings(list: StatedList): Set<number> {
  const n = list.items.length;
  const distinct = new Set(list.items.map((i) => i.text)).size;
  const out = new Set([n, distinct]);
  if (list.joinedLast) out.add(n + 1);
  return out;
}

export default defineRule({
  meta: {
    id: 'count-vs-list',
    description: {
      'zh-CN': '写明的数量与随后（或之前）列举的名称个数一致（「内设机构8个，分别为…」「开展活动5次：1.… 2.…」）',
      en: 'A stated count matches the number of names listed with it ("内设机构8个，分别为…", "开展活动5次：1.… 2.…")',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      mismatch: {
        'zh-CN': '写明「{count}」，但列出 {found} 项（{items}），数量不一致',
        en: 'states "{count}" but lists {found} ({items})',
      },
    },
    tags: ['numbers', 'consistency'],
  },
  check({ doc, report }) {
    for (const list of statedLists(doc)) {
      const count = list.count;
      if (!count || list.open) continue;
      const found = list.items.length;
      const ok = readings(list);
      if (ok.has(count.value)) continue;
      // A partial list (包括…) may name fewer; naming more than the count is wrong either way.
      if (list.partial && found < count.value) continue;
      const names = list.items.map((i) => i.text.length > 12 ? `${i.text.slice(0, 12)}…` : i.text);
      report({
        messageId: 'mismatch',
        data: { count: count.text, found, items: names.join('、') },
        node: count.node,
        span: count.span,
      });
    }
  },
});
