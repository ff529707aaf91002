// The result cache (--cache): per file path, the result of the last run keyed by content hash + effective-config hash,
// in a file that also records the tool version and code fingerprint (any change empties it). Written only on save().
// A cache is a convenience: one that cannot be read, is damaged or cannot be written costs a warning, never results.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult, LintMessage } from '../engine/result.js';
import type { Localized } from '../i18n/locale.js';
import { limitLocalized } from '../i18n/limits.js';

interface CacheFile {
  tool: string;
  entries: Record<string, { key: string; result: Omit<FileResult, 'filePath' | 'timing'> }>;
}

export const DEFAULT_CACHE_NAME = '.reportlintcache';

export type CacheWarning = (text: Localized) => void;

export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  private damaged = 0;
  hits = 0;
  misses = 0;

  private constructor(readonly path: string, readonly tool: string, data: unknown, private readonly warn: CacheWarning) {
    const file = data as CacheFile | undefined;
    this.data = file && typeof file === 'object' && file.tool === tool && file.entries && typeof file.entries === 'object' && !Array.isArray(file.entries)
      ? file
      : { tool, entries: {} };
  }

  /** Opens the cache at `location` (a file, or a folder to hold .reportlintcache). A damaged file counts as empty. */
  static open(location: string, tool: string, warn: CacheWarning): ResultCache {
    let path = resolve(location);
    const reason = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? String(error);
    try {
      if (statSync(path).isDirectory()) path = join(path, DEFAULT_CACHE_NAME);
    } catch {
      if (/[/\\]$/.test(location)) path = join(path, DEFAULT_CACHE_NAME);
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      // absent: a first run; not JSON: damaged, start afresh (it is rewritten on save)
      if (code && code !== 'ENOENT' && code !== 'ENOTDIR') warn(limitLocalized('cacheUnreadable', { path, reason: reason(error) }));
    }
    return new ResultCache(path, tool, data, warn);
  }

  static key(bytes: Uint8Array, configHash: string): string {
    return `${createHash('sha256').update(bytes).digest('hex')}:${configHash}`;
  }

  get(filePath: string, key: string): FileResult | undefined {
    const entry = Object.hasOwn(this.data.entries, filePath) ? this.data.entries[filePath] : undefined;
    if (entry && typeof entry === 'object' && entry.key === key) {
      if (isResult(entry.result)) {
        this.hits++;
        return { filePath, ...entry.result };
      }
      this.damaged++;
      delete this.data.entries[filePath];
      this.dirty = true;
    }
    this.misses++;
    return undefined;
  }

  set(filePath: string, key: string, result: FileResult) {
    const { filePath: _path, timing: _timing, ...rest } = result;
    this.data.entries[filePath] = { key, result: rest };
    this.dirty = true;
  }

  /** Write atomically (temporary file in the same folder, then rename); a failure is a warning, results stand. */
  save() {
    if (this.damaged) this.warn(limitLocalized('cacheDamaged', { path: this.path, count: this.damaged }));
    if (!this.dirty) return;
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeJson(temp, this.data);
      renameSync(temp, this.path);
    } catch (error) {
      this.warn(limitLocalized('cacheUnwritable', { path: this.path, reason: (error as NodeJS.ErrnoException)?.code ?? String(error) }));
    } finally {
      try {
        rmSync(temp, { force: true });
      } catch {
        // nothing was written there
      }
    }
  }
}

/**
 * The same text as JSON.stringify(data), written entry by entry: a season's cache (10 000 reports, about 140 MB as one
 * string) never stands in memory whole at the end of a batch.
 */
function writeJson(path: string, data: CacheFile) {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `{"tool":${JSON.stringify(data.tool)},"entries":{`);
    let first = true;
    for (const [filePath, entry] of Object.entries(data.entries)) {
      writeSync(fd, `${first ? '' : ','}${JSON.stringify(filePath)}:${JSON.stringify(entry)}`);
      first = false;
    }
    writeSync(fd, '}}');
  } finally {
    closeSync(fd);
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isMessage(m: unknown): m is LintMessage {
  const x = m as LintMessage;
  return !!x && typeof x === 'object' && typeof x.ruleId === 'string' && SEVERITIES.has(x.severity) && typeof x.message === 'string'
    && Number.isInteger(x.line) && Number.isInteger(x.column) && Number.isInteger(x.endLine) && Number.isInteger(x.endColumn)
    && Array.isArray(x.section) && x.section.every((s) => typeof s === 'string') && typeof x.excerpt === 'string';
}

/** A cached result of the right shape (a cache of the right version may still have been edited or damaged). */
function isResult(r: unknown): r is Omit<FileResult, 'filePath' | 'timing'> {
  const x = r as FileResult;
  return !!x && typeof x === 'object' && Array.isArray(x.messages) && x.messages.every(isMessage)
    && Number.isInteger(x.errorCount) && Number.isInteger(x.warningCount) && Number.isInteger(x.infoCount)
    && (x.facts === undefined || (typeof x.facts === 'object' && x.facts !== null));
}
