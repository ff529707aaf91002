// batch-year: with an evaluated year set for the batch (`--year 2025`, or `year` in the config), every report must
// evaluate that year: a 2023 report among 2025 ones is an error on that file. The year is the report's own (title,
// cover or 评价年度 field, as docInfo reads it); without a batch year the rule says nothing.
import { z } from 'zod';
import { defineRule, docInfo } from '../src/rule-kit.js';

/** The batch year from the shared settings (`--year` / config `year`), when it is a plausible year. */
export function batchYear(settings: Record<string, unknown>): number | undefined {
  const year = settings.year;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}

export default defineRule({
  meta: {
    id: 'batch-year',
    description: {
      'zh-CN': '批次设定了评价年度（--year 或配置 year）时，每份报告的评价年度都应为该年度',
      en: 'When the batch has an evaluated year (--year or config year), every report evaluates that year',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** The batch's evaluated year; default: `--year` / `year` in the config. */
      year: z.number().int().min(1990).max(2100).optional(),
    }),
    messages: {
      otherYear: {
        'zh-CN': '本批次为 {year} 年度报告，但本报告的评价年度为 {found} 年',
        en: 'this batch is of {year} reports, but this report evaluates {found}',
      },
    },
    tags: ['batch', 'year'],
  },
  check({ doc, options, settings, report }) {
    const year = options.year ?? batchYear(settings);
    if (year === undefined) return;
    const info = docInfo(doc);
    if (info.year === undefined || info.year === year || !info.yearSpan) return;
    const { node, start, end } = info.yearSpan;
    report({ messageId: 'otherYear', data: { year, found: info.year }, node, span: [start, end] });
  },
});
