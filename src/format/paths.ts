// Paths as the machine-readable formats want them: relative to the working directory with forward slashes, so the
// same output is valid on Windows runners and links resolve against the repository root in CI.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `filePath` relative to `cwd` with `/` separators; left absolute (with `/`) when it lies outside `cwd`. */
export function displayPath(filePath: string, cwd: string): string {
  if (!filePath) return filePath;
  const absolute = resolve(cwd, filePath);
  const rel = relative(cwd, absolute);
  const outside = rel === '' || rel.startsWith('..') || isAbsolute(rel);
  return toSlashes(outside ? absolute : rel);
}

export function isInside(filePath: string, cwd: string): boolean {
  const rel = relative(cwd, resolve(cwd, filePath));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function toSlashes(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
