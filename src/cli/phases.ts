// TIMING=1's phase split: wall milliseconds from process start to each mark. The first mark (taken when the lint
// command starts) covers Node's own start-up and module loading; reading and rules come from the per-file timings;
// the worker's own start-up and loading (it runs alongside the main thread) is noted apart.
import { performance } from 'node:perf_hooks';

export type Phase = 'loading' | 'config' | 'lint' | 'output' | 'worker';

const spent = new Map<Phase, number>();
let last = 0;

export function markPhase(phase: Phase): void {
  const now = performance.now();
  spent.set(phase, (spent.get(phase) ?? 0) + (now - last));
  last = now;
}

export function phaseTimes(): ReadonlyMap<Phase, number> {
  return spent;
}

/** The worker thread's start-up and module loading (ms from its start), measured in the thread itself. */
export function noteWorkerLoad(ms: number): void {
  spent.set('worker', ms);
}
