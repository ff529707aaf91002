// The rule registry: one flat folder of rule files, listed here once (as markdownlint does).
// Each group of rules is added between its markers.
import type { Rule } from '../src/engine/rule.js';
// ── imports: structure ──
// ── imports: numbers ──
// ── imports: tables ──

export const allRules: Rule[] = [
  // ── structure ──
  // ── numbers ──
  // ── tables ──
] as Rule[];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
