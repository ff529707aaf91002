// Punctuation in Chinese text (GB/T 15834): brackets and quotes paired and of one width, no half-width , ; : ( ) between
// Chinese characters, no doubled punctuation. Numbering labels at the start of a line are heading-numbering's job.
import { z } from 'zod';
import { defineRule, leadingSpace, type TextNode } from '../src/rule-kit.js';

const HAN = /[\u3400-\u9fff]/;
const PAIRS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '【': '】', '〔': '〕', '「': '」', '『': '』', '［': '］', '[': ']' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const FULL_WIDTH_OF: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };
const charClass = (chars: Iterable<string>) => new RegExp(`[${[...chars].map((ch) => ch.replace(/[\\\]\[^-]/g, '\\$&')).join('')}]`, 'g');
/** Every opener and closer: the characters the pairing loop looks at. */
const BRACKET_CHARS = charClass(new Set([...Object.keys(PAIRS), ...CLOSERS.keys()]));
/** The characters the half-width loop looks at. */
const HALF_WIDTH_CHARS = charClass(',;:?!.("');
const DOUBLED = /[，。；：、！？]{2,}/g;

const KIND_NAMES: Record<string, string> = {
  mixedPair: '括号全半角混用', unpaired: '括号引号不成对', unpairedCloser: '括号引号不成对', halfWidth: '汉字间半角标点',
  halfWidthPair: '半角括号', halfWidthQuote: '半角引号', doubled: '标点重复',
};

interface Finding { messageId: string; start: number; end: number; data: Record<string, string> }

/** Where the checked text starts: after a numbering label ("（二）。" is heading-numbering's finding). */
function bodyStart(node: TextNode): number {
  const label = 'label' in node ? node.label : undefined;
  if (!label) return 0;
  return leadingSpace(node.text) + label.raw.length;
}

export function punctuationFindings(text: string, from = 0): Finding[] {
  const out: Finding[] = [];
  const isHan = (i: number) => {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    return c >= 0x3400 && c <= 0x9fff; // = HAN on one character
  };

  // Brackets and quotes: pair them up with a stack; a closer of the other width is a mixed pair.
  const stack: { ch: string; at: number }[] = [];
  const mixed = new Set<number>();
  // Jump from bracket to bracket: the other characters play no part here.
  let c: RegExpExecArray | null;
  for (BRACKET_CHARS.lastIndex = from; (c = BRACKET_CHARS.exec(text));) {
    const i = c.index;
    const ch = c[0];
    if (ch === '[' && text.startsWith('[bookmark', i)) {
      // Word residue: placeholder reports it; skip the whole "[bookmark: …]".
      const close = text.indexOf(']', i);
      if (close !== -1) { BRACKET_CHARS.lastIndex = close + 1; continue; }
    }
    if (ch in PAIRS) {
      // Inline enumerators "1)" "a)" have no opener; "(" of "(1)" does.
      stack.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (opener === undefined) continue;
    if (ch === ')' && /(^|[^\w(（])[0-9a-zA-Z]{1,2}$/.test(text.slice(Math.max(from, i - 3), i)) && !stack.some((s) => s.ch === '(' || s.ch === '（')) continue;
    const top = stack[stack.length - 1];
    if (top && top.ch === opener) { stack.pop(); continue; }
    if (top && ((top.ch === '（' && ch === ')') || (top.ch === '(' && ch === '）'))) {
      out.push({ messageId: 'mixedPair', start: top.at, end: i + 1, data: { found: text.slice(top.at, i + 1), expected: `（${text.slice(top.at + 1, i)}）` } });
      mixed.add(top.at); mixed.add(i);
      stack.pop();
      continue;
    }
    const match = stack.map((s) => s.ch).lastIndexOf(opener);
    if (match !== -1) {
      for (const open of stack.splice(match).slice(1)) {
        out.push({ messageId: 'unpaired', start: open.at, end: open.at + 1, data: { found: open.ch, expected: PAIRS[open.ch]! } });
      }
      continue;
    }
    // A closing quote may end a quotation opened in an earlier paragraph; only ”…” (a closer used as opener) is sure.
    if ((ch === '”' || ch === '’') && text.indexOf(ch, i + 1) === -1) continue;
    out.push({ messageId: 'unpairedCloser', start: i, end: i + 1, data: { found: ch, expected: opener } });
  }
  for (const open of stack) {
    // A quote that runs on into the next paragraph is normal for “; brackets are not.
    if (open.ch === '“' || open.ch === '‘') continue;
    out.push({ messageId: 'unpaired', start: open.at, end: open.at + 1, data: { found: open.ch, expected: PAIRS[open.ch]! } });
  }

  // Half-width punctuation between Chinese characters; a half-width bracket pair around Chinese text.
  for (HALF_WIDTH_CHARS.lastIndex = from; (c = HALF_WIDTH_CHARS.exec(text));) {
    const i = c.index;
    const ch = c[0];
    if (mixed.has(i)) continue;
    if (',;:?!'.includes(ch) && isHan(i - 1) && isHan(i + 1)) {
      out.push({ messageId: 'halfWidth', start: i, end: i + 1, data: { found: ch, expected: FULL_WIDTH_OF[ch]! } });
    } else if (ch === '.' && isHan(i - 1) && isHan(i + 1)) {
      out.push({ messageId: 'halfWidth', start: i, end: i + 1, data: { found: ch, expected: '。' } });
    } else if (ch === '(') {
      const within = text.slice(i + 1, i + 81).indexOf(')');
      if (within === -1) continue;
      const close = i + 1 + within;
      const inner = text.slice(i + 1, close);
      if (inner.includes('(') || inner.includes('（')) continue;
      if (HAN.test(inner) && (isHan(i - 1) || isHan(close + 1) || i === from)) {
        out.push({ messageId: 'halfWidthPair', start: i, end: close + 1, data: { found: text.slice(i, close + 1), expected: `（${inner}）` } });
      }
    } else if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) break;
      const inner = text.slice(i + 1, close);
      if (HAN.test(inner)) out.push({ messageId: 'halfWidthQuote', start: i, end: close + 1, data: { found: text.slice(i, close + 1), expected: `“${inner}”` } });
      HALF_WIDTH_CHARS.lastIndex = close + 1;
    }
  }

  DOUBLED.lastIndex = from; // matchAll starts where the pattern's lastIndex is
  for (const m of text.matchAll(DOUBLED)) {
    out.push({ messageId: 'doubled', start: m.index, end: m.index + m[0].length, data: { found: m[0], expected: m[0][m[0].length - 1] === '。' || m[0].includes('。') ? '。' : m[0][0]! } });
  }
  return out.sort((a, b) => a.start - b.start);
}

export default defineRule({
  meta: {
    id: 'punctuation',
    description: {
      'zh-CN': '中文标点：括号引号成对且全半角一致，汉字之间不用半角 , ; : ( )，不重复使用标点',
      en: 'Chinese punctuation: paired brackets and quotes of one width, no half-width , ; : ( ) between Chinese characters, no doubled punctuation',
    },
    defaultSeverity: 'warning',
    options: z.object({
      /** Findings of one kind reported one by one before the rest are summed up in one finding (0 = no limit). */
      maxPerKind: z.number().int().min(0).default(20),
    }),
    messages: {
      mixedPair: { 'zh-CN': '括号全半角混用「{found}」，应为「{expected}」', en: 'bracket pair of mixed width "{found}"; expected "{expected}"' },
      unpaired: { 'zh-CN': '「{found}」没有对应的「{expected}」', en: '"{found}" has no matching "{expected}"' },
      unpairedCloser: { 'zh-CN': '「{found}」前没有对应的「{expected}」', en: '"{found}" has no matching "{expected}" before it' },
      halfWidth: { 'zh-CN': '汉字之间用了半角「{found}」，应为全角「{expected}」', en: 'half-width "{found}" between Chinese characters; expected full-width "{expected}"' },
      halfWidthPair: { 'zh-CN': '中文文本用了半角括号「{found}」，应为「{expected}」', en: 'half-width brackets in Chinese text "{found}"; expected "{expected}"' },
      halfWidthQuote: { 'zh-CN': '中文文本用了半角引号「{found}」，应为「{expected}」', en: 'half-width quotes in Chinese text "{found}"; expected "{expected}"' },
      doubled: { 'zh-CN': '标点重复「{found}」，应为「{expected}」', en: 'doubled punctuation "{found}"; expected "{expected}"' },
      more: {
        'zh-CN': '另有 {count} 处同类问题（{kind}）未逐一列出；全文多处如此，建议统一替换',
        en: '{count} more findings of the same kind ({kind}) not listed one by one; fix them throughout',
      },
    },
    tags: ['punctuation', 'GB/T 15834'],
  },
  check({ doc, options, locale, report }) {
    // A text converted with half-width punctuation throughout would otherwise give hundreds of findings.
    const counts = new Map<string, { count: number; last?: { node: TextNode; span: [number, number] } }>();
    for (const node of doc.textNodes()) {
      if (!HAN.test(node.text)) continue; // Russian or English text follows other conventions
      for (const f of punctuationFindings(node.text, bodyStart(node))) {
        const kind = `${f.messageId}:${f.data.found!.length === 1 ? f.data.found : ''}`;
        const seen = counts.get(kind) ?? { count: 0 };
        seen.count++;
        counts.set(kind, seen);
        if (options.maxPerKind && seen.count > options.maxPerKind) {
          seen.last = { node, span: [f.start, f.end] };
          continue;
        }
        report({ messageId: f.messageId, data: f.data, node, span: [f.start, f.end], severity: 'warning' });
      }
    }
    for (const [kind, seen] of counts) {
      if (!seen.last) continue;
      const [messageId, found] = kind.split(':');
      const label = locale === 'en' ? `${messageId}${found ? ` "${found}"` : ''}` : `${KIND_NAMES[messageId!] ?? messageId}${found ? `「${found}」` : ''}`;
      report({ messageId: 'more', data: { count: seen.count - options.maxPerKind, kind: label }, node: seen.last.node, span: seen.last.span, severity: 'warning' });
    }
  },
});
