// A copy of an opened package with some parts replaced or added: entries in their original order, each part's
// content unchanged unless replaced (stored entries stay stored), new parts after the originals.
import { zipSync, type Zippable } from 'fflate';
import type { ZipArchive } from '../../parse/zip.js';

export function rewriteZip(zip: ZipArchive, replaced: Map<string, Uint8Array>): Buffer {
  const files: Zippable = {};
  for (const [name, entry] of zip.entries) {
    if (name.endsWith('/')) continue;
    const data = replaced.get(name) ?? zip.read(name);
    files[name] = [data, { level: entry.method === 0 && !replaced.has(name) ? 0 : 6 }];
  }
  for (const [name, data] of replaced) if (!zip.has(name)) files[name] = [data, { level: 6 }];
  return Buffer.from(zipSync(files));
}
