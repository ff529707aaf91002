// What a 完成值 cell says, for a quantitative target: a word instead of a figure ("已完成", "达标", "是"), or a share
// where the target counts things (目标 ≥36场, 完成值 100%).
import { progressWord } from '../quantity/table-targets.js';
import { figures } from './cell.js';
import type { IndicatorRecord } from './types.js';

const YES_WORD = /^(?:是|有|已|好|无偏差|全部)$/;
const SHARE = new Set(['%', '％', '百分比']);

export type AchievedProblem = { kind: 'word'; text: string } | { kind: 'share'; text: string; unit: string };

/** The problem with a row's 完成值, if any; only for a quantitative target with a unit that is not a share. */
export function achievedProblem(row: IndicatorRecord): AchievedProblem | undefined {
  const t = row.targetValue;
  const actual = row.actual;
  if (!t || row.direction === 'qualitative' || !actual || actual.empty || actual.notApplicable) return undefined;
  const text = actual.text.trim();
  const bare = text.replace(/[\s。．.，,；;！!]/g, '');
  if (progressWord(text) || YES_WORD.test(bare)) return { kind: 'word', text };
  const fig = figures(text)[0];
  const targetUnit = t.unit ?? '';
  if (fig && fig.unit && SHARE.has(fig.unit) && targetUnit && !SHARE.has(targetUnit) && !/率|比例|占比/.test(row.name)) {
    return { kind: 'share', text, unit: targetUnit };
  }
  return undefined;
}
