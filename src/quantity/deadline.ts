// Deadlines as targets: "2024年10月底前", "10月31日前完成", "≤2024年10月" against an achieved date ("2024年11月",
// "已于2024年9月20日完成"). A month without a day means the whole month: a target month is met by any day in it.

export interface DateValue {
  year?: number;
  month: number;
  day?: number;
}

const DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|(底|末|份|中旬|上旬|下旬))?/;
const BY = /前|之前|以前|截止|截至|底前|≤|<=|不晚于|以内/;

const YEAR_END = /(\d{4})\s*年\s*(?:底|末|年底|年末)/;

function parse(text: string): DateValue | undefined {
  const yearEnd = YEAR_END.exec(text.replace(/\s+/g, ''));
  if (yearEnd && !DATE.test(text)) return { year: Number(yearEnd[1]), month: 12 };
  const m = DATE.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { ...(m[1] ? { year: Number(m[1]) } : {}), month, ...(day ? { day } : {}) };
}

/** A deadline target: a date followed or preceded by 前 / 之前 / ≤ / 不晚于. */
export function parseDeadline(text: string): DateValue | undefined {
  if (!BY.test(text)) return undefined;
  // "12个月内", "3月内" are durations, not dates
  if (/个月|月内/.test(text)) return undefined;
  return parse(text);
}

/** The achieved date: a single date in the cell ("2024年11月", "已于2024年9月20日完成"). */
export function parseAchievedDate(text: string): DateValue | undefined {
  const all = text.match(new RegExp(DATE.source, 'g')) ?? [];
  if (all.length > 1 || (!all.length && !YEAR_END.test(text)) || /个月|月内/.test(text)) return undefined;
  return parse(text);
}

/** Was `got` later than the deadline? Undefined when the years cannot be compared. */
export function deadlineMissed(deadline: DateValue, got: DateValue): boolean | undefined {
  const year = got.year ?? deadline.year;
  const deadlineYear = deadline.year ?? got.year;
  if (year === undefined || deadlineYear === undefined) {
    if (got.year !== undefined || deadline.year !== undefined) return undefined;
  }
  const a = (year ?? 0) * 12 + got.month;
  const b = (deadlineYear ?? 0) * 12 + deadline.month;
  if (a !== b) return a > b;
  if (deadline.day !== undefined && got.day !== undefined) return got.day > deadline.day;
  return false;
}
