// Test-only rules that fail on purpose, to prove isolation: `REPORTLINT_TEST_FAULTS=throw,loop,alloc`. They are never
// in the registry; without the variable this module adds nothing.
import { z } from 'zod';
import { defineRule, type Rule } from './rule.js';

const none = z.object({});
const messages = { never: { 'zh-CN': '不会报告', en: 'never reported' } };

const faults: Record<string, Rule> = {
  throw: defineRule({
    meta: { id: 'test-fault-throw', description: { 'zh-CN': '测试：抛出异常', en: 'test: throws' }, defaultSeverity: 'error', options: none, messages },
    check() {
      throw new Error('deliberate failure for the isolation test');
    },
  }) as Rule,
  loop: defineRule({
    meta: { id: 'test-fault-loop', description: { 'zh-CN': '测试：死循环', en: 'test: loops forever' }, defaultSeverity: 'error', options: none, messages },
    check() {
      for (;;) {
        // spin: only the worker timeout can stop this
      }
    },
  }) as Rule,
  alloc: defineRule({
    meta: { id: 'test-fault-alloc', description: { 'zh-CN': '测试：内存无限增长', en: 'test: allocates without bound' }, defaultSeverity: 'error', options: none, messages },
    check() {
      const hoard: string[][] = [];
      for (;;) hoard.push(Array.from({ length: 1 << 16 }, (_, i) => `${i}`.repeat(4)));
    },
  }) as Rule,
};

export function faultRules(env: NodeJS.ProcessEnv = process.env): Rule[] {
  const wanted = (env.REPORTLINT_TEST_FAULTS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return wanted.map((name) => faults[name]).filter((rule): rule is Rule => rule !== undefined);
}
