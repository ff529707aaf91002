// A small guarded ZIP reader: central directory only, one entry inflated at a time with hard caps. The declared sizes
// decide what we refuse up front; the real inflated size is capped by zlib itself (headers can lie).
import { inflateRawSync } from 'node:zlib';
import { READ_ERRORS, ReadError } from './errors.js';

export interface ZipLimits {
  maxPartSize: number;
  maxTotalInflated: number;
  maxEntries: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CDH = 0x02014b50;
const SIG_LFH = 0x04034b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
/** Deflate tops out near 1032:1; real document XML stays far below 100:1, so a big part near the limit is a bomb. */
const MAX_RATIO = 500;
const RATIO_CHECK_FROM = 5 * 1024 * 1024;

const corrupt = (zh: string, en: string) => READ_ERRORS.corruptZip(zh, en);

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(private readonly bytes: Uint8Array, private readonly limits: ZipLimits) {
    this.readDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflate one entry, refusing before inflating when its declared size is over the caps. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    const { maxPartSize, maxTotalInflated } = this.limits;
    if (entry.flags & 1) throw corrupt(`内部文件 ${name} 被加密`, `internal part ${name} is encrypted`);
    if (entry.uncompressedSize > maxPartSize) {
      throw READ_ERRORS.zipBomb(name, `声明大小 ${mbText(entry.uncompressedSize)}，单个部件上限 ${mbText(maxPartSize)}`,
        `declared ${mbText(entry.uncompressedSize)}, the per-part limit is ${mbText(maxPartSize)}`);
    }
    if (entry.uncompressedSize > RATIO_CHECK_FROM && entry.uncompressedSize / Math.max(1, entry.compressedSize) > MAX_RATIO) {
      const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
      throw READ_ERRORS.zipBomb(name, `压缩比 ${ratio}:1 异常`, `compression ratio ${ratio}:1 is abnormal`);
    }
    if (this.inflatedTotal + entry.uncompressedSize > maxTotalInflated) {
      throw READ_ERRORS.zipBomb(name, `解压总量超过上限 ${mbText(maxTotalInflated)}`, `total decompressed size exceeds ${mbText(maxTotalInflated)}`);
    }
    const data = this.rawData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      // The cap is the declared size (+1 to detect a lie) and never more than what is left of the budgets.
      const cap = Math.min(entry.uncompressedSize + 1, maxPartSize + 1, maxTotalInflated - this.inflatedTotal + 1);
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw this.lyingSize(entry);
        throw corrupt(`内部文件 ${name} 的压缩数据损坏`, `the compressed data of internal part ${name} is corrupt`);
      }
    } else {
      throw corrupt(`内部文件 ${name} 使用了不支持的压缩方式 ${entry.method}`, `internal part ${name} uses unsupported compression method ${entry.method}`);
    }
    if (out.length !== entry.uncompressedSize) {
      if (out.length > entry.uncompressedSize) throw this.lyingSize(entry);
      throw corrupt(`内部文件 ${name} 不完整`, `internal part ${name} is incomplete`);
    }
    this.inflatedTotal += out.length;
    return out;
  }

  /** A part as text: UTF-8, or UTF-16 with a byte-order mark (OPC allows both for XML parts). */
  readText(name: string): string {
    const bytes = this.read(name);
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
    const text = new TextDecoder(encoding).decode(bytes);
    // the declaration still says UTF-16; the parser reads the string, so it must not contradict it
    return encoding === 'utf-8' ? text : text.replace(/^(<\?xml[^>]*?encoding=["'])utf-16(be|le)?(["'])/i, '$1UTF-8$3');
  }

  private lyingSize(entry: ZipEntry): ReadError {
    return READ_ERRORS.zipBomb(entry.name, `实际解压大小超过文件头声明的 ${mbText(entry.uncompressedSize)}`,
      `the real decompressed size exceeds the ${mbText(entry.uncompressedSize)} its header declares`);
  }

  private rawData(entry: ZipEntry): Uint8Array {
    const b = this.bytes;
    const at = entry.localHeaderOffset;
    if (at + 30 > b.length || u32(b, at) !== SIG_LFH) throw corrupt(`内部文件 ${entry.name} 的数据头缺失`, `the local header of internal part ${entry.name} is missing`);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw corrupt(`内部文件 ${entry.name} 被截断`, `internal part ${entry.name} is truncated`);
    return b.subarray(start, end);
  }

  private readDirectory(): void {
    const b = this.bytes;
    const eocd = findEocd(b);
    if (eocd < 0) throw corrupt('找不到 ZIP 目录结尾，文件可能被截断', 'the ZIP end-of-directory record is missing; the file may be truncated');
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && u32(b, loc) === SIG_ZIP64_LOCATOR) {
        const z = Number(u64(b, loc + 8));
        if (z + 56 <= b.length && u32(b, z) === SIG_ZIP64_EOCD) {
          count = Number(u64(b, z + 32));
          cdSize = Number(u64(b, z + 40));
          cdOffset = Number(u64(b, z + 48));
        }
      }
    }
    if (count > this.limits.maxEntries) {
      throw READ_ERRORS.zipBomb('(ZIP)', `包含 ${count} 个内部文件，上限 ${this.limits.maxEntries}`, `it holds ${count} entries, the limit is ${this.limits.maxEntries}`);
    }
    if (cdOffset + cdSize > b.length) throw corrupt('ZIP 目录超出文件末尾，文件可能被截断', 'the ZIP directory runs past the end of the file; it may be truncated');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || u32(b, p) !== SIG_CDH) throw corrupt('ZIP 目录损坏', 'the ZIP directory is damaged');
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      let compressedSize = u32(b, p + 20);
      let uncompressedSize = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let localHeaderOffset = u32(b, p + 42);
      if (p + 46 + nameLen > b.length) throw corrupt('ZIP 目录损坏', 'the ZIP directory is damaged');
      const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
      const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes).replace(/\\/g, '/').replace(/^\/+/, '');
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        // ZIP64 extra field (id 1) holds the 64-bit values present as 0xFFFFFFFF, in this order.
        let e = p + 46 + nameLen;
        const extraEnd = e + extraLen;
        while (e + 4 <= extraEnd && e + 4 <= b.length) {
          const id = u16(b, e);
          const size = u16(b, e + 2);
          if (id === 1) {
            let q = e + 4;
            if (uncompressedSize === 0xffffffff) { uncompressedSize = Number(u64(b, q)); q += 8; }
            if (compressedSize === 0xffffffff) { compressedSize = Number(u64(b, q)); q += 8; }
            if (localHeaderOffset === 0xffffffff) { localHeaderOffset = Number(u64(b, q)); }
            break;
          }
          e += 4 + size;
        }
      }
      if (!this.entries.has(name)) this.entries.set(name, { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
}
function u64(b: Uint8Array, i: number): bigint {
  return BigInt(u32(b, i)) | (BigInt(u32(b, i + 4)) << 32n);
}

export function mbText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export { SIG_EOCD };
