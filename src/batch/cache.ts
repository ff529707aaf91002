// The result cache (--cache): per file path, the result of the last run keyed by content hash + effective-config hash,
// in a file that also records the tool version and code fingerprint (any change empties it). Written only on save().
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult } from '../engine/result.js';

interface CacheFile {
  tool: string;
  entries: Record<string, { key: string; result: Omit<FileResult, 'filePath' | 'timing'> }>;
}

export const DEFAULT_CACHE_NAME = '.reportlintcache';

export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(readonly path: string, readonly tool: string, data: CacheFile | undefined) {
    this.data = data && data.tool === tool && data.entries && typeof data.entries === 'object' ? data : { tool, entries: {} };
  }

  /** Opens the cache at `location` (a file, or a folder to hold .reportlintcache). A damaged file counts as empty. */
  static open(location: string, tool: string): ResultCache {
    let path = resolve(location);
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, DEFAULT_CACHE_NAME);
    else if (/[/\\]$/.test(location)) path = join(path, DEFAULT_CACHE_NAME);
    let data: CacheFile | undefined;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    } catch {
      data = undefined;
    }
    return new ResultCache(path, tool, data);
  }

  static key(bytes: Uint8Array, configHash: string): string {
    return `${createHash('sha256').update(bytes).digest('hex')}:${configHash}`;
  }

  get(filePath: string, key: string): FileResult | undefined {
    const entry = this.data.entries[filePath];
    if (entry && entry.key === key) {
      this.hits++;
      return { filePath, ...entry.result };
    }
    this.misses++;
    return undefined;
  }

  set(filePath: string, key: string, result: FileResult) {
    const { filePath: _path, timing: _timing, ...rest } = result;
    this.data.entries[filePath] = { key, result: rest };
    this.dirty = true;
  }

  /** Write atomically (temporary file in the same folder, then rename). */
  save() {
    if (!this.dirty && existsSync(this.path)) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(this.data));
      renameSync(temp, this.path);
    } finally {
      rmSync(temp, { force: true });
    }
  }
}
