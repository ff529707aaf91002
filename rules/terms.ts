// Misused words common in 公文, as a substitution list (Vale-style "substitution" checks). The built-in list is short
// and certain; regions add their own in the config file.
import { z } from 'zod';
import { defineRule } from '../src/rule-kit.js';

export interface Substitution {
  /** Regular expression matching the wrong form. */
  wrong: RegExp;
  right: string;
  message?: { 'zh-CN': string; en: string };
  /** A character every match contains: texts without it are not searched (13 scans per paragraph add up). */
  need?: string;
}

// 截止 + a point in time → 截至 ("截止日期" and "截止时间" stay). 帐 only in accounting compounds (帐篷, 蚊帐 stay).
export const BUILTIN: Substitution[] = [
  {
    wrong: /截止(?:到|至)?(?=\s*(?:\d{4}\s*年|\d{1,2}\s*月|目前|今年|本年|上年|去年|年底|年末|年初|当年|报告期|本报告))/g,
    right: '截至',
    need: '截',
    message: { 'zh-CN': '「截止」表示到期停止，后接时间点表示“到某时为止”应用「截至」', en: '"截止" means "stop"; before a point in time write "截至" ("as of")' },
  },
  { wrong: /帐(?=[户目务簿面号款本册])/g, right: '账', need: '帐', message: { 'zh-CN': '会计、财务用语应写「账」', en: 'accounting terms are written with 账' } },
  { wrong: /(?<=[对记报挂转做入查结台销平总])帐/g, right: '账', need: '帐', message: { 'zh-CN': '会计、财务用语应写「账」', en: 'accounting terms are written with 账' } },
  { wrong: /拔付/g, right: '拨付', need: '拔' },
  { wrong: /拔款/g, right: '拨款', need: '拔' },
  { wrong: /部份/g, right: '部分', need: '份' },
  { wrong: /布署/g, right: '部署', need: '署' },
  { wrong: /贯切落实/g, right: '贯彻落实', need: '切' },
  { wrong: /一如继往/g, right: '一如既往', need: '继' },
  { wrong: /再接再励/g, right: '再接再厉', need: '励' },
  { wrong: /按步就班/g, right: '按部就班', need: '步' },
  // A clause that starts with a bare 展 before an activity has lost the 开 of 开展 ("完成情况：展科普宣传活动3次").
  {
    wrong: /(?<=^|[：:。；;，,！？\s])展(?![示览现开出销演望会期区馆品板台位厅映翅])(?=[\u4e00-\u9fa5“”"]{0,12}?(?:活动|工作|宣传|培训|调研|服务|检查|讲座|比赛|竞赛))/g,
    right: '开展',
    need: '展',
    message: { 'zh-CN': '句首单独的「展」疑为「开展」漏字', en: 'a clause starting with a bare 展 before an activity has probably lost the 开 of 开展' },
  },
];

const regexString = z.string().refine((s) => {
  try { new RegExp(s); return true; } catch { return false; }
}, { message: 'not a valid regular expression' });

export default defineRule({
  meta: {
    id: 'terms',
    description: {
      'zh-CN': '公文常见错用词（截止→截至、帐户→账户、拔付→拨付 等），可在配置中扩充',
      en: 'Words commonly misused in official documents (截止→截至, 帐户→账户, 拔付→拨付 …); extendable in the config',
    },
    defaultSeverity: 'warning',
    options: z.object({
      /** Extra substitutions: wrong is a regular expression. */
      extra: z.array(z.object({ wrong: regexString, right: z.string(), message: z.string().optional() })).default([]),
      /** Built-in entries to switch off, by their correct form (e.g. "截至"). */
      disable: z.array(z.string()).default([]),
    }),
    messages: {
      substitute: { 'zh-CN': '「{found}」应为「{right}」', en: '"{found}": write "{right}"' },
      substituteWhy: { 'zh-CN': '「{found}」应为「{right}」：{why}', en: '"{found}": write "{right}" ({why})' },
    },
    tags: ['wording'],
  },
  check({ doc, options, locale, report }) {
    const list: { wrong: RegExp; right: string; why?: string; need?: string }[] = [
      ...BUILTIN.filter((s) => !options.disable.includes(s.right)).map((s) => ({ wrong: s.wrong, right: s.right, why: s.message?.[locale], need: s.need })),
      ...options.extra.map((e) => ({ wrong: new RegExp(e.wrong, 'g'), right: e.right, why: e.message })),
    ];
    for (const node of doc.textNodes()) {
      for (const { wrong, right, why, need } of list) {
        if (need && !node.text.includes(need)) continue;
        for (const m of node.text.matchAll(wrong)) {
          if (!m[0]) continue;
          const span: [number, number] = [m.index, m.index + m[0].length];
          report({ messageId: why ? 'substituteWhy' : 'substitute', data: { found: m[0], right, ...(why ? { why } : {}) }, node, span });
        }
      }
    }
  },
});
