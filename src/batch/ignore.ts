// gitignore-like patterns (from --ignore-pattern, .reportlintignore and config ignorePatterns): `#` comments, `!`
// negation (last match wins), a trailing `/` for folders, a leading or inner `/` anchors to the base folder,
// otherwise the pattern matches at any depth. A matching folder ignores everything under it.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

interface Pattern {
  regex: RegExp;
  negated: boolean;
  anchored: boolean;
}

export class IgnoreMatcher {
  private readonly patterns: Pattern[];

  /** `base`: the folder anchored patterns are relative to. */
  constructor(lines: readonly string[], readonly base: string) {
    this.patterns = lines.map(compile).filter((p): p is Pattern => p !== undefined);
  }

  get empty() {
    return this.patterns.length === 0;
  }

  /** Is `absPath` ignored? `root` is the folder argument it was found under (used for files outside `base`). */
  ignores(absPath: string, root?: string): boolean {
    if (this.patterns.length === 0) return false;
    const inside = toRelative(this.base, absPath);
    // Outside the base folder: anchored patterns are read against the folder argument, others against any suffix.
    const anchoredPath = inside ?? (root ? toRelative(root, absPath) : undefined);
    const anyPath = inside ?? absPath.replace(/^[/\\]+/, '').replaceAll('\\', '/');
    let ignored = false;
    for (const pattern of this.patterns) {
      const path = pattern.anchored ? anchoredPath : anyPath;
      if (path !== undefined && matchesSelfOrAncestor(pattern.regex, path)) ignored = !pattern.negated;
    }
    return ignored;
  }
}

/** Lines of `.reportlintignore` in `dir`, or none. */
export function readIgnoreFile(dir: string): string[] {
  const path = join(dir, '.reportlintignore');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

function toRelative(base: string, absPath: string): string | undefined {
  const rel = relative(base, absPath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return sep === '\\' ? rel.replaceAll('\\', '/') : rel;
}

function matchesSelfOrAncestor(regex: RegExp, path: string): boolean {
  if (regex.test(path)) return true;
  let slash = path.lastIndexOf('/');
  while (slash > 0) {
    if (regex.test(path.slice(0, slash))) return true;
    slash = path.lastIndexOf('/', slash - 1);
  }
  return false;
}

function compile(line: string): Pattern | undefined {
  let text = line.replace(/(?<!\\)\s+$/, '');
  if (text === '' || text.startsWith('#')) return undefined;
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  if (text.startsWith('./')) text = text.slice(2);
  const folderOnly = text.endsWith('/');
  if (folderOnly) text = text.replace(/\/+$/, '');
  if (text === '') return undefined;
  const anchored = text.includes('/') && !text.startsWith('**/');
  text = text.replace(/^\/+/, '');
  const body = globToRegex(text);
  // A folder pattern matches the folder itself (and through ancestors, what is under it); any pattern may match a
  // folder, so "drafts" ignores drafts/a.md as gitignore does.
  const prefix = anchored ? '^' : '^(?:.*/)?';
  return { regex: new RegExp(`${prefix}${body}$`), negated, anchored };
}

export function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const before = i === 0 || glob[i - 1] === '/';
        const after = glob[i + 2] === '/' || i + 2 === glob.length;
        if (before && after) {
          if (glob[i + 2] === '/') {
            out += '(?:.*/)?';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, end).split(',').map(globToRegex).join('|')})`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escape(glob[++i]!);
    } else out += escape(c);
  }
  return out;
}

function escape(c: string) {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
