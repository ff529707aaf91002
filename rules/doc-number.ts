// 发文字号 in the GB/T 9704-2012 7.2.5 form 机关代字〔YYYY〕N号: six-corner brackets, four-digit year, no 第, no zero
// padding; one writing per 文号 within a report.
import { z } from 'zod';
import { defineRule, type TextNode } from '../src/rule-kit.js';

const OPEN = '〔﹝\\[［【(（〈<《';
const CLOSE = '〕﹞\\]］】)）〉>》';
const CODE = '[\\u4e00-\\u9fff]{1,8}';

// 代字 + optional bracket + year + optional bracket + optional 第 + number + 号
const BRACKETED = new RegExp(`(${CODE})\\s*([${OPEN}])\\s*(\\d{2,4})\\s*([${CLOSE}])\\s*(第?)\\s*(\\d{1,5})\\s*号`, 'g');
// 鹿发〔20198号 (unclosed) / 鹿发2019〕8号 (unopened)
const UNCLOSED = new RegExp(`(${CODE})\\s*([〔﹝［【（(\\[])\\s*((?:19|20)\\d{2})\\s*(第?)(\\d{1,4})\\s*号`, 'g');
const UNOPENED = new RegExp(`(${CODE}?)((?:19|20)\\d{2})\\s*([〕﹞］】）)\\]])\\s*(第?)\\s*(\\d{1,4})\\s*号`, 'g');
// 鹿发20198号: year and number run together; only after a code ending like an agency code (…发 …字 …函 …办).
const RUN_TOGETHER = /([\u4e00-\u9fff]{0,6}(?:发|字|函|办|预|规|令|绩|综|改))((?:19|20)\d{2})(\d{1,4})号/g;

// Words that end up in front of a 代字 when it follows running text ("根据财预" → "财预").
const LEAD_WORDS = /^.*(?:根据|依据|按照|依照|关于|参照|执行|落实|贯彻|印发|下发|通过|文件|通知|意见|办法|的|和|及|与|或|、|按)/;

interface DocNumber {
  node: TextNode;
  start: number;
  end: number;
  code: string;
  year: string;
  serial: string;
  written: string;
}

function cleanCode(code: string): string {
  const stripped = code.replace(LEAD_WORDS, '');
  return stripped.length ? stripped : code.slice(-2);
}

export default defineRule({
  meta: {
    id: 'doc-number',
    description: {
      'zh-CN': '发文字号应为「机关代字〔年份〕序号号」（GB/T 9704-2012 7.2.5），同一文号全文写法一致',
      en: 'Document numbers follow 机关代字〔YYYY〕N号 (GB/T 9704-2012 7.2.5) and are written the same way throughout',
    },
    defaultSeverity: 'warning',
    options: z.object({}),
    messages: {
      bracket: {
        'zh-CN': '文号「{found}」年份用了「{brackets}」，应使用六角括号「〔〕」：{expected}',
        en: 'document number "{found}" encloses the year in "{brackets}"; use 〔〕: {expected}',
      },
      bracketSeen: {
        'zh-CN': '文号「{found}」年份用了「{brackets}」，应使用六角括号「〔〕」：{expected}（同一文号在第 {line} 行写作「{other}」）',
        en: 'document number "{found}" encloses the year in "{brackets}"; use 〔〕: {expected} (line {line} writes the same number as "{other}")',
      },
      year: {
        'zh-CN': '文号「{found}」的年份应写全四位数字：{expected}',
        en: 'document number "{found}": write the year in full (four digits): {expected}',
      },
      di: {
        'zh-CN': '文号「{found}」序号前不加「第」：{expected}',
        en: 'document number "{found}": no "第" before the serial number: {expected}',
      },
      padding: {
        'zh-CN': '文号「{found}」序号不编虚位（不补 0）：{expected}',
        en: 'document number "{found}": no zero padding in the serial number: {expected}',
      },
      missingBrackets: {
        'zh-CN': '文号「{found}」年份与序号连写，缺少六角括号，应为「{expected}」或类似写法',
        en: 'document number "{found}" runs the year into the serial number without brackets; expected something like "{expected}"',
      },
      unclosed: {
        'zh-CN': '文号「{found}」括号不完整，应为「{expected}」或类似写法',
        en: 'document number "{found}" has an unclosed bracket; expected something like "{expected}"',
      },
      inconsistent: {
        'zh-CN': '同一文号两种写法：「{found}」与第 {line} 行的「{other}」，应统一为「{expected}」',
        en: 'the same document number is written two ways: "{found}" and "{other}" (line {line}); write "{expected}" throughout',
      },
    },
    tags: ['format', 'GB/T 9704'],
  },
  check({ doc, report }) {
    const seen: DocNumber[] = [];
    for (const node of doc.textNodes()) {
      const text = node.text;
      // every pattern needs a 号 and a digit; most text has neither, and the patterns try a match at each Han character
      if (!text.includes('号') || !/\d/.test(text)) continue;
      const taken: [number, number][] = [];
      const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);

      for (const m of text.matchAll(BRACKETED)) {
        const [whole, rawCode, open, year, close, di, serial] = m as unknown as string[];
        // （2019）8号 in a court case number etc. would need a 代字 before it; 《…》 pairs are titles, not 文号.
        if (open === '《' || close === '》' || open === '<' || close === '>') continue;
        const code = cleanCode(rawCode!);
        const start = m.index + (rawCode!.length - code.length);
        const end = m.index + whole!.length;
        taken.push([start, end]);
        const n: DocNumber = { node, start, end, code, year: year!, serial: serial!, written: text.slice(start, end) };
        const expected = canonical(n);
        const brackets = `${open}${close}`;
        const other = seen.find((s) => sameNumber(s, n) && s.written !== n.written);
        if (brackets !== '〔〕') {
          if (other) report({ messageId: 'bracketSeen', data: { found: n.written, brackets, expected, line: doc.locate(other.node, [other.start, other.end]).line, other: other.written }, node, span: [start, end] });
          else report({ messageId: 'bracket', data: { found: n.written, brackets, expected }, node, span: [start, end] });
        } else if (year!.length !== 4) {
          report({ messageId: 'year', data: { found: n.written, expected }, node, span: [start, end] });
        } else if (di) {
          report({ messageId: 'di', data: { found: n.written, expected }, node, span: [start, end] });
        } else if (/^0/.test(serial!)) {
          report({ messageId: 'padding', data: { found: n.written, expected }, node, span: [start, end] });
        } else if (other) {
          report({ messageId: 'inconsistent', data: { found: n.written, other: other.written, line: doc.locate(other.node, [other.start, other.end]).line, expected }, node, span: [start, end] });
        }
        seen.push(n);
      }

      for (const [re, messageId] of [[UNCLOSED, 'unclosed'], [UNOPENED, 'unclosed'], [RUN_TOGETHER, 'missingBrackets']] as const) {
        for (const m of text.matchAll(re)) {
          const rawCode = m[1] ?? '';
          const code = cleanCode(rawCode) || rawCode;
          const start = m.index + (rawCode.length - code.length);
          const end = m.index + m[0].length;
          if (overlaps(start, end)) continue;
          if (messageId === 'unclosed' && re === UNOPENED && code.length === 0) continue;
          taken.push([start, end]);
          const year = re === RUN_TOGETHER ? m[2]! : re === UNCLOSED ? m[3]! : m[2]!;
          const serial = re === RUN_TOGETHER ? m[3]! : m[5]!;
          const written = text.slice(start, end);
          report({ messageId, data: { found: written, expected: `${code}〔${year}〕${Number(serial)}号` }, node, span: [start, end] });
        }
      }
    }
  },
});

function canonical(n: Pick<DocNumber, 'code' | 'year' | 'serial'>): string {
  const year = n.year.length === 2 ? `20${n.year}` : n.year;
  return `${n.code}〔${year}〕${Number(n.serial)}号`;
}

function sameNumber(a: DocNumber, b: DocNumber): boolean {
  const codeA = a.code.slice(-2);
  const codeB = b.code.slice(-2);
  return codeA === codeB && Number(a.serial) === Number(b.serial) && canonical(a).slice(-8) === canonical(b).slice(-8);
}
