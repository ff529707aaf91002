// mammoth, loaded on the first Word file: from the build's CommonJS bundle of it with its code cache (dist/bundle/
// mammoth.cjs, beside the bundled reader) when there is one, which loads about three times faster than mammoth's
// own modules; else from node_modules (the unbundled build, tests).
import { loadCachedBundle } from '../code-cache.js';

type Mammoth = typeof import('mammoth');

let loading: Promise<Mammoth> | undefined;

export function loadMammoth(): Promise<Mammoth> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Mammoth> {
  const bundled = loadCachedBundle(new URL('./mammoth.cjs', import.meta.url));
  if (bundled) return bundled.exports as unknown as Mammoth;
  return (await import('mammoth')).default;
}
