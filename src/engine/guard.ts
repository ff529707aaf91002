// A time limit for synchronous code in this thread: node's vm timeout terminates whatever JavaScript runs under it
// (a rule's endless loop, a catastrophic regex), and the caller gets an error instead of a hung process. Work after
// the first `await` inside the guarded call is not covered; the worker pool's wall-clock limit is the backstop.
import vm from 'node:vm';

const context = vm.createContext({ call: undefined as (() => unknown) | undefined });
const script = new vm.Script('call()');

export class GuardTimeout extends Error {
  constructor(readonly ms: number) {
    super(`did not finish within ${ms} ms`);
    this.name = 'GuardTimeout';
  }
}

/** Run `fn` with a limit on its synchronous part; throws GuardTimeout when it runs over. */
export function guarded<T>(fn: () => T, timeoutMs: number | undefined): T {
  if (!timeoutMs) return fn();
  const previous = context.call;
  context.call = fn;
  try {
    return script.runInContext(context, { timeout: Math.max(1, Math.round(timeoutMs)) }) as T;
  } catch (error) {
    if ((error as { code?: string })?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new GuardTimeout(timeoutMs);
    throw error;
  } finally {
    context.call = previous;
  }
}

/** True for a GuardTimeout, also when a reader wrapped it as the `cause` of its own error. */
export function isGuardTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof GuardTimeout) return true;
  }
  return false;
}
