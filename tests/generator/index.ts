// The seeded report generator: generate(seed) gives one complete 部门整体 or 项目支出 report, clean or with exactly one
// planted defect recorded with its kind, form, covering rules and lines. Same seed, same report.
import { writeDepartment } from './department.js';
import { Rng } from './prng.js';
import { writeProject } from './project.js';
import type { AmountStyle } from './numbers.js';
import type { Ctx } from './parts.js';
import { DEFECT_KINDS, type DefectKind, type GeneratedReport, type GenerateOptions, type ReportKind } from './types.js';
import { Writer } from './writer.js';

export * from './types.js';
export { toMarkdown, toDocx } from './render.js';

/** What a seed means when nothing is forced: a third clean, the rest cycling through the defect kinds. */
export function defaultPlan(seed: number): { kind: ReportKind; defect: DefectKind | 'none' } {
  const kind: ReportKind = seed % 2 === 0 ? '部门整体' : '项目支出';
  const slot = seed % (DEFECT_KINDS.length + 6);
  const defect = slot < 6 ? 'none' : DEFECT_KINDS[slot - 6];
  return { kind: defect === 'zero-budget-scored' ? '部门整体' : kind, defect };
}

export function generate(seed: number, options: GenerateOptions = {}): GeneratedReport {
  const plan = defaultPlan(seed);
  const defect = options.defect ?? plan.defect;
  const kind = defect === 'zero-budget-scored' ? '部门整体' : options.kind ?? plan.kind;
  const rng = new Rng(seed * 7919 + 17);
  const year = rng.int(2021, 2025);
  const style: AmountStyle = {
    unit: '万元',
    decimals: rng.chance(0.7) ? 'fixed2' : 'minimal',
    thousands: rng.chance(0.3),
    fullWidth: rng.chance(0.1),
  };
  const w = new Writer();
  w.forms.add(`amt:${style.decimals}`);
  if (style.thousands) w.forms.add('amt:thousands');
  if (style.fullWidth) w.forms.add('amt:fullwidth');
  if (options.scaleYuan) w.forms.add('amt:scaled-yuan');
  const ctx: Ctx = { rng, mode: { scaleYuan: options.scaleYuan ?? false }, style, w, defect: defect === 'none' ? undefined : defect, year, long: options.long };
  if (kind === '部门整体') writeDepartment(ctx);
  else writeProject(ctx);
  if (ctx.defect && !w.defect) throw new Error(`seed ${seed}: defect ${ctx.defect} was not planted`);
  return {
    seed, kind, year, title: w.paragraphs.filter((p) => p.tags[0] === 'title').map((p) => p.text).join(''),
    paragraphs: w.paragraphs, forms: [...w.forms].sort(), defect: w.defect, tableStart: w.tableStart,
  };
}
