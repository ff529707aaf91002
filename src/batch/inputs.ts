// Turns command-line arguments (files, folders, globs) into the ordered list of files to lint. Output order follows
// argument order; folders are walked in sorted order; node_modules and dot-folders are skipped; duplicates dropped.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Localized } from '../i18n/locale.js';
import { limitLocalized } from '../i18n/limits.js';
import type { IgnoreMatcher } from './ignore.js';
import { ioErrorText } from './read-input.js';

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
  /** The path as shown (a name in a legacy encoding decoded as well as it can be). */
  path: string;
  /** The bytes the file system gave, when opening by `path` would name another file (GBK names from Windows zips). */
  openPath?: Buffer;
  /** The folder argument it was found under, if any. */
  root?: string;
  /** Named directly on the command line. */
  explicit: boolean;
  /** Why this input cannot be linted (a missing file, an unreadable folder): it gets one fatal entry. */
  error?: Localized;
}

export interface ExpandResult {
  files: InputFile[];
  /** Folders and globs that yield no report file. */
  unmatched: { arg: string; missing: boolean }[];
  /** Files named directly but ignored by a pattern. */
  ignoredExplicit: string[];
  /** Files a folder walk passed over (PDF, .xls, ~$ lock files): named in one notice, never linted. */
  skipped: string[];
  /** Things skipped on the way, said on stderr (a symbolic link back into a folder being walked). */
  warnings: Localized[];
}

export async function expandInputs(args: readonly string[], cwd: string, ignore: IgnoreMatcher): Promise<ExpandResult> {
  const seen = new Set<string>();
  const result: ExpandResult = { files: [], unmatched: [], ignoredExplicit: [], skipped: [], warnings: [] };
  /** Adds the file unless an earlier argument already did (an argument that only repeats files still matched). */
  const add = (file: InputFile) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    result.files.push(file);
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const kind = statKind(abs);
    if (kind === 'dir') {
      let matched = false;
      for (const file of walk(abs, result.warnings, result.skipped)) {
        if (file.error || !ignore.ignores(file.path, abs)) { add({ ...file, root: abs, explicit: false }); matched = true; }
      }
      if (!matched) result.unmatched.push({ arg, missing: false });
      continue;
    }
    if (kind !== 'missing') {
      // a file, or something that is not one (a FIFO, a device): it is opened, or refused, when its turn comes
      if (ignore.ignores(abs)) result.ignoredExplicit.push(arg);
      else add({ path: abs, explicit: true, ...(typeof kind === 'object' ? { error: kind.error } : {}) });
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
    // A named file that is not there: its own fatal entry; the rest of the batch is linted.
    add({ path: abs, explicit: true, error: limitLocalized('notFound') });
  }
  return result;
}

/**
 * Report files under `dir`, sorted, skipping node_modules and dot-folders / dot-files. Names are read as the bytes
 * the file system gives and opened by those bytes; an unreadable folder is an entry with its cause; a symbolic link
 * back into a folder already being walked is skipped with a warning; passed-over files (PDF, .xls, ~$ lock files) go to
 * `skipped`.
 */
export function walk(dir: string, warnings: Localized[] = [], skipped: string[] = []): InputFile[] {
  const out: InputFile[] = [];
  const active = new Set<string>();
  const visit = (current: Buffer, shown: string) => {
    let real: string | undefined;
    try {
      real = realpathSync(current).toString();
    } catch {
      real = undefined;
    }
    if (real !== undefined) {
      if (active.has(real)) {
        warnings.push(limitLocalized('folderLoop', { path: shown }));
        return;
      }
      active.add(real);
    }
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(current, { withFileTypes: true, encoding: 'buffer' }) as Dirent<Buffer>[];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      out.push({ path: shown, explicit: false, error: limitLocalized('folderUnreadable', (locale) => ({ reason: code === 'EACCES' || code === 'EPERM' ? limitLocalized('reasonPermission')[locale] : code })) });
      if (real !== undefined) active.delete(real);
      return;
    }
    for (const entry of entries.sort((a, b) => Buffer.compare(a.name, b.name))) {
      const { text: name, exact } = decodeName(entry.name);
      if (name.startsWith('.') || name === 'node_modules') continue;
      const raw = Buffer.concat([current, SEP, entry.name]);
      const path = join(shown, name);
      let kind: 'file' | 'dir' | 'missing' | { error: Localized } | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (entry.isSymbolicLink()) kind = statKind(raw);
      const ext = extname(name).toLowerCase();
      const isReport = REPORT_EXTENSIONS.includes(ext) && !isRepositoryDoc(name);
      if (kind === 'dir') visit(raw, path);
      else if (kind === 'file' && (isLockFile(name) || SKIPPED_EXTENSIONS.includes(ext))) skipped.push(path);
      else if (kind === 'file' && isReport) out.push({ path, explicit: false, ...(exact ? {} : { openPath: raw }) });
      else if (entry.isSymbolicLink() && isReport && (kind === 'missing' || typeof kind === 'object')) {
        out.push({ path, explicit: false, error: typeof kind === 'object' ? kind.error : limitLocalized('notFound') });
      }
    }
    if (real !== undefined) active.delete(real);
  };
  visit(Buffer.from(dir), dir);
  return out;
}

const SEP = Buffer.from(sep);

/** A file name's bytes as text: UTF-8 if they are UTF-8, else GB18030 (archives from Chinese Windows), else lossy. */
export function decodeName(bytes: Buffer): { text: string; exact: boolean } {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return { text, exact: encoding === 'utf-8' };
    } catch {
      // next encoding
    }
  }
  return { text: new TextDecoder('utf-8').decode(bytes), exact: false };
}

function statKind(path: string | Buffer): 'file' | 'dir' | 'missing' | { error: Localized } {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : { error: limitLocalized('notRegular', (locale) => ({ kind: limitLocalized(s.isFIFO() ? 'kindFifo' : s.isCharacterDevice() || s.isBlockDevice() ? 'kindDevice' : 'kindOther')[locale] })) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : { error: ioErrorText(error) };
  }
}

function byPath(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}
