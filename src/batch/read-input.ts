// Reading an input's bytes before it goes to a worker: regular files only (a FIFO or a device is refused, never
// waited on), the size limit checked before reading, standard input counted as it streams. Every failure is a
// specific, localized cause, never an errno.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Localized } from '../i18n/locale.js';
import { formatSize } from '../config/units.js';
import { limitLocalized, type LimitMessageId } from '../i18n/limits.js';

export type InputBytes = { bytes: Uint8Array } | { error: Localized };

// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer; regular files ignore it.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file (path as a string or as the bytes the file system gave), or why not. */
export function readInputFile(path: string | Buffer, maxFileSize: number): InputBytes {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: limitLocalized('isDirectory') };
    if (!stat.isFile()) return { error: notRegular(stat) };
    if (stat.size > maxFileSize) return { error: tooLarge(stat.size, maxFileSize) };
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { error: ioErrorText(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function tooLarge(size: number, limit: number): Localized {
  return limitLocalized('tooLarge', { size: formatSize(size), limit: formatSize(limit) });
}

function notRegular(stat: Stats): Localized {
  const kind: LimitMessageId = stat.isFIFO() ? 'kindFifo' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'kindDevice' : stat.isSocket() ? 'kindSocket' : 'kindOther';
  return limitLocalized('notRegular', (locale) => ({ kind: limitLocalized(kind)[locale] }));
}

/** A system error while opening or reading a file, as a cause the user can act on. */
export function ioErrorText(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN';
  switch (code) {
    case 'ENOENT': case 'ENOTDIR': return limitLocalized('notFound');
    case 'EACCES': case 'EPERM': return limitLocalized('noPermission');
    case 'EISDIR': return limitLocalized('isDirectory');
    case 'ELOOP': return limitLocalized('symlinkLoop');
    case 'ENAMETOOLONG': return limitLocalized('nameTooLong');
    case 'EMFILE': case 'ENFILE': return limitLocalized('tooManyOpen');
    case 'EIO': case 'ESTALE': case 'ETIMEDOUT': case 'EREMOTEIO': return limitLocalized('diskError', { code });
    default: return limitLocalized('ioOther', { code });
  }
}

/**
 * Standard input, counted as it streams: past `maxFileSize` reading stops (nothing more is buffered) and the answer
 * is the size limit, not an out-of-memory crash.
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string> & { destroy?: () => void }, maxFileSize: number): Promise<InputBytes> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxFileSize) {
        stream.destroy?.();
        return { error: limitLocalized('stdinTooLarge', { limit: formatSize(maxFileSize) }) };
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return { error: limitLocalized('stdinFailed', { reason: (error as NodeJS.ErrnoException)?.code ?? String(error) }) };
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}
