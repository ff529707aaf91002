// Figures attributed to a year other than the evaluated one ("2024年度财政拨款收入…" in a 2025 report), and a report
// date before the evaluated year is over. Years in cited 文号 and titles, past events, plans and comparisons are fine.
import { z } from 'zod';
import { asciiDigits, defineRule, docInfo } from '../src/rule-kit.js';

// A year, then (within a few characters, no clause break) a budget/决算/indicator word.
const YEAR_THEN_MONEY = /((?:19|20)\d{2})\s*年(度)?([^，。；;：:！？\n]{0,8}?)(财政拨款|一般公共预算|预算|决算|收入|支出|拨款|资金|经费|基本支出|项目支出|人员经费|公用经费|绩效目标|绩效指标|执行率)/g;
// Words before the year that make it a comparison or a reference to another period.
const COMPARISON_BEFORE = /(比|较|与|同|相比|相较|对比|对照|上年|去年|上一年|以前|以来|自|从|截至|截止|至|到|和|及|、|—|-|～|~)\s*$/;
// After the year: a range, a month (a dated event), 以来/以前, a plan.
const NOT_THE_PERIOD_AFTER = /^\s*年(度)?\s*(\d{1,2}\s*月|以来|以前|之前|起|至|到|—|-|～|~|和|及|、|相比|同期)/;
// A figure later in the same clause: amount, percentage or a count.
const FIGURE = /\d[\d,.]*\s*(万元|亿元|千元|元|%|％|个|次|人|份|所|项|户|家|场|期|篇|件)/;
const CLAUSE_END = /[。；;！？\n]/;
// The sentence that says which year was evaluated: "对2023年度部门整体支出绩效情况进行了自评", "开展了2022年度绩效自评工作",
// "对2022年度项目资金使用和绩效目标完成情况进行评价"; a bare 评价 needs its verb (进行评价), not "2022年度绩效评价结果".
const EVALUATED = /(?:对|就|开展了?|组织了?|进行了?)\s*((?:19|20)\d{2})\s*年度?(?![\d月])([^。；;！？\n]{0,40}?)(?:(?:进行|开展|实施|组织)了?(?:绩效)?(?:自评|自我评价|评价)|(?:绩效)?(?:自评|自我评价))/g;
// "本次评价的是2022年度…", "本次自评对象为2022年度…", "评价年度为2022年".
const EVALUATED_NAMED = /(?:本次|此次|这次)?(?:绩效)?(?:自评|评价)(?:的是|的对象(?:为|是)|对象(?:为|是)|范围(?:为|是)|年度(?:为|是)|期间(?:为|是)|时段(?:为|是))\s*[^。；;！？\n\d]{0,8}?((?:19|20)\d{2})\s*年度?(?![\d月])()/g;
// Another year's evaluation named among this year's work: its results, problems or rectification.
const ANOTHER_EVALUATION = /问题|整改|结果|发现|反馈|意见|应用|公开/;
// Sections that describe this evaluation (its purpose, object, scope, organisation).
const EVALUATION_SECTION = /评价(?:目的|对象|范围|工作|组织|过程|方法|依据|实施)|自评(?:工作|组织|过程|方法|依据|范围|目的|对象)|工作开展/;

export default defineRule({
  meta: {
    id: 'fiscal-year',
    description: {
      'zh-CN': '预决算、收支和指标数据的年度应与报告评价年度一致；报告日期不早于评价年度结束',
      en: 'Budget, revenue/expenditure and indicator figures belong to the evaluated year; the report date is after that year ends',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** The evaluated year; it wins over the year in the title (a template whose title was not updated). */
      year: z.number().int().min(1990).max(2100).optional(),
    }),
    messages: {
      otherYear: {
        'zh-CN': '报告评价年度为{year}年，此处「{found}」的数据属于{other}年，应核对是否为{year}年数据',
        en: 'the report evaluates {year}, but "{found}" gives figures for {other}; check that they are the {year} figures',
      },
      evaluatedYear: {
        'zh-CN': '报告评价年度为{year}年，此处却写对{other}年度开展自评，评价年度前后不一致',
        en: 'the report evaluates {year}, but this sentence says the self-evaluation covers {other}',
      },
      earlyDate: {
        'zh-CN': '报告日期{date}早于评价年度{year}年结束（应在{year}年12月31日之后）',
        en: 'report date {date} is before the evaluated year {year} ended (expected after 31 December {year})',
      },
    },
    tags: ['consistency', 'year'],
  },
  check({ doc, options, report }) {
    const info = docInfo(doc);
    const year = options.year ?? info.year;
    if (year === undefined) return;

    for (const node of doc.textNodes()) {
      // Full-width digits ("２０２４年度收入") read as ASCII; the offsets stay those of node.text.
      const text = asciiDigits(node.text);
      for (const m of text.matchAll(YEAR_THEN_MONEY)) {
        const other = Number(m[1]);
        if (other === year) continue;
        const start = m.index;
        // Carry-over from an earlier year ("2024年结转资金10万元") is money of that year by definition.
        if (/结转|结余|结存|提前下达/.test(m[3] ?? '') || /^(结转|结余)/.test(m[4] ?? '')) continue;
        if (insideCitation(text, start)) continue;
        if (COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
        if (NOT_THE_PERIOD_AFTER.test(text.slice(start + 4, start + 12))) continue;
        if (/十[一二三四五六七八九]五|规划|计划|预计|拟|将/.test(text.slice(Math.max(0, start - 8), start))) continue;
        // The figure must sit in the same clause.
        const rest = text.slice(start);
        const clauseEnd = rest.search(CLAUSE_END);
        const clause = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
        if (!FIGURE.test(clause.slice(m[0].length))) continue;
        report({ messageId: 'otherYear', data: { year, other, found: node.text.slice(start, start + m[0].length) }, node, span: [start, start + m[0].length] });
      }
    }

    for (const node of doc.textNodes()) {
      if (node.type === 'heading') continue;
      // only the report's own statement: in the opening text, or "…进行了自评，现将…报告如下" ("并对2023年度项目支出开展
      // 了绩效自评" among a year's work is last year's evaluation, done this year)
      const path = doc.sectionPath(node);
      const ownSection = path.length === 0 || path.some((title) => EVALUATION_SECTION.test(title));
      const text = asciiDigits(node.text);
      for (const m of [...text.matchAll(EVALUATED), ...text.matchAll(EVALUATED_NAMED)]) {
        const reportsOn = /现将|报告如下/.test(text.slice(m.index, m.index + m[0].length + 30));
        // in the scope section, the report's own statement ("根据…通知要求，对…进行评价", "本次评价的是…"), not the
        // department's work of the year ("并对2023年度项目支出开展了绩效自评")
        const sentenceStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
        const own = path.length === 0 || (ownSection && /根据|按照|依据|本次|此次|这次|本报告/.test(text.slice(sentenceStart, m.index + m[0].length)));
        if (!own && !reportsOn) continue;
        if (ANOTHER_EVALUATION.test(m[2] ?? '')) continue;
        const other = Number(m[1]);
        const at = m.index + m[0].indexOf(m[1]!);
        if (other === year || insideCitation(text, at)) continue;
        if (COMPARISON_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        const span: [number, number] = [at, at + m[1]!.length + 1];
        report({ messageId: 'evaluatedYear', data: { year, other }, node, span });
      }
    }

    const date = info.reportDate;
    if (date && new Date(date.year, date.month - 1, date.day) <= new Date(year, 11, 31)) {
      const written = date.node.text.slice(date.start, date.end);
      report({ messageId: 'earlyDate', data: { date: written, year }, node: date.node, span: [date.start, date.end] });
    }
  },
});

/** Inside 《…》 (a cited title) or 〔…〕/﹝…﹞/[…] (a 文号 year). */
function insideCitation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const openTitle = before.lastIndexOf('《');
  if (openTitle !== -1 && before.lastIndexOf('》') < openTitle) return true;
  return /[〔﹝\[【［(（]\s*$/.test(before) && /^\d{4}\s*[〕﹞\]】］)）]/.test(text.slice(at));
}
