// The rule registry as the command line sees it: every registered rule plus any test-only fault rules
// (REPORTLINT_TEST_FAULTS). Loaded on first use, so a run whose config names no rule never loads them here.
import type { Rule } from '../engine/rule.js';

let registry: Promise<Rule[]> | undefined;

export function registeredRules(): Promise<Rule[]> {
  registry ??= import('../../rules/index.js').then(async ({ allRules }) => {
    if (!process.env.REPORTLINT_TEST_FAULTS) return allRules;
    const { faultRules } = await import('../engine/fault-rules.js');
    return [...allRules, ...faultRules()];
  });
  return registry;
}
