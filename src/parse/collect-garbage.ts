// A full garbage collection on request. After mammoth has read a large part, its DOM and element tree (hundreds of MB
// for a 12 MB document.xml) are garbage, but V8 collects them only once the heap has grown well past its size at the
// last collection: the tree and the rules would otherwise allocate on top of them and raise the peak RSS. Node exposes
// no gc() without --expose-gc; the flag is set at run time and gc taken from a fresh context (as jest does for its
// leak detection). Where that is refused, nothing happens.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (typeof exposed === 'function') gc = exposed;
      else {
        setFlagsFromString('--expose-gc');
        gc = runInNewContext('gc') as () => void;
      }
    } catch {
      gc = null;
    }
  }
  gc?.();
}
