// Turns command-line arguments (files, folders, globs) into the ordered list of files to lint. Output order follows
// argument order; folders are walked in sorted order; node_modules and dot-folders are skipped; duplicates dropped.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { IgnoreMatcher } from './ignore.js';

/**
 * What a folder walk picks up: the formats reportlint reads, plus the Word-like formats people still submit (.doc,
 * .docm, .wps, .rtf), so that each of those gets a clear "save it as .docx" answer instead of being passed over.
 */
export const REPORT_EXTENSIONS = ['.docx', '.xlsx', '.md', '.markdown', '.txt', '.doc', '.docm', '.wps', '.rtf'];

/** Files a folder walk passes over but names once in a notice: scans, legacy workbooks, Office lock files (~$…). */
const SKIPPED_EXTENSIONS = ['.pdf', '.xls', '.et', '.ofd'];
const isLockFile = (name: string) => name.startsWith('~$');

/**
 * Repository documentation that sits next to reports (README.md, SOURCES.md, LICENSE.txt …) is not a report: folder
 * walks and globs skip it; naming such a file directly still lints it.
 */
const DOC_FILE = /^(readme|changelog|changes|history|license|licence|copying|contributing|authors|notice|security|sources|manifest|code_of_conduct)(\.[\w-]+)?\.(md|markdown|txt)$/i;

export function isRepositoryDoc(name: string): boolean {
  return DOC_FILE.test(name);
}

export interface InputFile {
  path: string;
  /** The folder argument it was found under, if any. */
  root?: string;
  /** Named directly on the command line. */
  explicit: boolean;
}

export interface ExpandResult {
  files: InputFile[];
  /** Arguments that name nothing: missing paths and globs without matches. */
  unmatched: { arg: string; missing: boolean }[];
  /** Files named directly but ignored by a pattern. */
  ignoredExplicit: string[];
  /** Files a folder walk passed over (PDF, .xls, ~$ lock files): named in one notice, never linted. */
  skipped: string[];
}

export async function expandInputs(args: readonly string[], cwd: string, ignore: IgnoreMatcher): Promise<ExpandResult> {
  const seen = new Set<string>();
  const result: ExpandResult = { files: [], unmatched: [], ignoredExplicit: [], skipped: [] };
  /** Adds the file unless an earlier argument already did (an argument that only repeats files still matched). */
  const add = (file: InputFile) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    result.files.push(file);
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const kind = statKind(abs);
    if (kind === 'file') {
      if (ignore.ignores(abs)) result.ignoredExplicit.push(arg);
      else add({ path: abs, explicit: true });
      continue;
    }
    if (kind === 'dir') {
      let matched = false;
      for (const path of walk(abs, result.skipped)) if (!ignore.ignores(path, abs)) { add({ path, root: abs, explicit: false }); matched = true; }
      if (!matched) result.unmatched.push({ arg, missing: false });
      continue;
    }
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(arg)) {
      const wantedExt = extname(arg.replace(/[{}*?[\]]/g, '')).toLowerCase();
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
      let matched = false;
      for (const path of matches.map((p) => resolve(p)).sort(byPath)) {
        const ext = extname(path).toLowerCase();
        if ((!REPORT_EXTENSIONS.includes(ext) && ext !== wantedExt) || isRepositoryDoc(basename(path))) continue;
        if (!ignore.ignores(path)) { add({ path, explicit: false }); matched = true; }
      }
      if (!matched) result.unmatched.push({ arg, missing: false });
      continue;
    }
    result.unmatched.push({ arg, missing: true });
  }
  return result;
}

/** Report files under `dir`, sorted, skipping node_modules and dot-folders / dot-files; passed-over files go to `skipped`. */
export function walk(dir: string, skipped: string[] = []): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => byPath(a.name, b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      const kind = entry.isSymbolicLink() ? statKind(path) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (kind === 'dir') {
        if (!entry.isSymbolicLink()) visit(path);
      } else if (kind === 'file') {
        const ext = extname(entry.name).toLowerCase();
        if (isLockFile(entry.name) || SKIPPED_EXTENSIONS.includes(ext)) skipped.push(path);
        else if (REPORT_EXTENSIONS.includes(ext) && !isRepositoryDoc(entry.name)) out.push(path);
      }
    }
  };
  visit(dir);
  return out;
}

function statKind(path: string): 'file' | 'dir' | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

function byPath(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}
