// Spans of text whose digits are not quantities: 文号, dates, phone numbers, 《titles》, ordinal labels, times.

export type MaskKind = 'docno' | 'date' | 'phone' | 'title' | 'ordinal' | 'time' | 'code';

export interface MaskSpan {
  start: number;
  end: number;
  kind: MaskKind;
  /** For dates: the year, when the span names one. */
  year?: number;
}

const TITLE = /《[^《》\n]*》/g;
const PHONE_LABELLED = /(?:电话|手机|联系方式|传真|热线)[：:]?\s*[\d\-－—\s()（）]{7,}/g;

// Each pattern with a cheap test for a character (or short run) every match contains: most patterns are skipped on
// most texts, and one class scan is far cheaper than the pattern's own scan.
const PATTERNS: [MaskKind, RegExp, RegExp][] = [
  ['title', TITLE, /《/],
  // 鹿发〔2019〕8号, 财预[2020]10号, 〔2019〕第8号
  ['docno', /[\u4e00-\u9fa5A-Za-z]{0,12}[〔﹝\[【(（［]\s*\d{4}\s*[〕﹞\]】)）］]\s*(?:第\s*)?\d+\s*号/g, /号/],
  ['phone', PHONE_LABELLED, /[话机式真线]/],
  ['phone', /(?<![\d.])(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9}|\d{3,4}[-－—]\d{7,8})(?![\d.])/g, /\d{7}/],
  // 2025年12月31日, 2025年度, 2024年, 2024-2025年, 2025-12-31, 12月31日, 3月份, 年底 months
  ['date', /\d{4}\s*[-—～~至到]\s*\d{4}\s*年度?/g, /年/],
  ['date', /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?(?:度)?/g, /年/],
  // 2025-12-31, 2025/12, 2025.12.31; "2024.5" only in a date context (a four-digit amount with decimals is no date)
  ['date', /(?<![\d.])\d{4}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})(?![\d.])/g, /\d{4}[-/.]/],
  ['date', /(?<![\d.])(?=(?:19|20)\d{2}\.)(?<=(?:日期|时间|截至|截止|于|自|从|至|到|期限|[-—～~])[：:]?\s{0,2})\d{4}\.(?:0?[1-9]|1[0-2])(?![\d.%％万亿元])/g, /\d{4}\./],
  ['date', /(?<![\d.])(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])(?=\s*(?:前|以前|之前|后|以后|起|底|末|初|以来|[-—～~至到]\s*(?:19|20)\d{2}))/g, /\d{4}\./],
  ['date', /(?<![\d.个])\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:份|底|初|末|中旬|上旬|下旬|中)?/g, /月/],
  ['date', /(?<![\d.])\d{1,2}\s*[日号](?=[起至到前后，。；、\s]|$)/g, /[日号]/],
  ['time', /(?<![\d.])\d{1,2}[:：]\d{2}(?![\d.])/g, /\d[:：]\d/],
  ['ordinal', /第\s*\d+/g, /第/],
  // Inline and leading enumeration labels: "1." "2、" "（1）" "(2)" "1）"
  ['ordinal', /(?:^|(?<=[。；;：:！？!?，,\s]))\d{1,2}(?:\.\d{1,2})*\s*[、.．](?!\d)/g, /\d\s*[、.．]/],
  ['ordinal', /[（(]\s*\d{1,2}\s*[）)]/g, /[（(]/],
  ['ordinal', /(?:^|(?<=[。；;：:！？!?，,\s]))\d{1,2}\s*[）)]/g, /[）)]/],
  // each alternative starts only at the start of a run, so long runs of digits or letters cost linear time
  ['code', /(?<![A-Za-z])[A-Za-z]+[-_]?\d+[A-Za-z\d]*|(?<![\dA-Za-z])\d+[A-Za-z]{2,}/g, /[A-Za-z]/],
];

/** All masked spans of a text, possibly overlapping, sorted by start. */
export function maskSpans(text: string): MaskSpan[] {
  const spans: MaskSpan[] = [];
  // Cheap pre-checks: the 文号 pattern tries a match at every Han character; all patterns but 《titles》 and labelled
  // phone numbers need a digit.
  const hasDigit = /\d/.test(text);
  const hasHao = text.includes('号');
  for (const [kind, pattern, need] of PATTERNS) {
    if (kind === 'docno' ? !hasHao || !hasDigit : !hasDigit && pattern !== TITLE && pattern !== PHONE_LABELLED) continue;
    if (!need.test(text)) continue;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const span: MaskSpan = { start: m.index, end: m.index + m[0].length, kind };
      if (kind === 'date') {
        const year = /(\d{4})/.exec(m[0]);
        if (year) span.year = Number(year[1]);
      }
      if (kind === 'code' && /^\d+(?:km|kg|kw|kwh|mm|cm|m2|m3)$/i.test(m[0])) continue;
      spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function isMasked(spans: readonly MaskSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
