// Chinese numerals (三, 十二, 两, 一百二十, 三万五千) to integers.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Value of a Chinese numeral, or undefined when the string is not one. "十二" → 12, "两" → 2, "一百零五" → 105. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) {
        // "一二" is not a number (but "二〇二五" style digit strings are read digit by digit below)
        return parseDigitString(text);
      }
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else if (ch in BIG_UNITS) {
      total += (section + (digit ?? 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

function parseDigitString(text: string): number | undefined {
  let value = 0;
  for (const ch of text) {
    if (!(ch in DIGITS)) return undefined;
    value = value * 10 + DIGITS[ch]!;
  }
  return value;
}
