// The tool's version and a fingerprint of its code (for the result cache), found from this module's location so it
// works from the build output (dist/src/…) and from sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding reportlint's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, 'utf8')).name === 'reportlint') return (root = dir);
      } catch {
        // not ours; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return (root = dirname(fileURLToPath(import.meta.url)));
    dir = parent;
  }
}

export function toolVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version ?? '0.0.0');
  } catch {
    return '0.0.0';
  }
}

/**
 * Hash of the content of every code file that runs (build output, or sources under test): a changed rule invalidates
 * the cache, a rebuild that produces the same code does not. Computed only with --cache.
 */
export function codeFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // the bundle (dist/bundle/) holds every line of its code, the rules included
  const bundled = basename(here) === 'bundle';
  const base = bundled ? here : dirname(here); // dist/bundle, dist/src or src
  const top = dirname(base);
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) visit(path);
      else if (/\.(js|ts)$/.test(name) && !name.endsWith('.d.ts')) hash.update(`${path.slice(top.length)}\0`).update(readFileSync(path));
    }
  };
  visit(base);
  if (!bundled) visit(join(top, 'rules'));
  return hash.digest('hex').slice(0, 32);
}
