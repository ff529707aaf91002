/** Largest --timeout / limits.timeout: the longest delay a Node timer can hold (2³¹ − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** Largest --max-file-size / limits.maxFileSize: the most one read can return (2 GB). */
export const MAX_FILE_SIZE = 2 * 1024 ** 3;
/** Largest --max-memory / limits.maxMemoryMb (MB of heap per worker thread). */
export const MAX_MEMORY_MB = 65536;
/** The limits when neither the config nor the command line sets them. */
export const DEFAULT_LIMITS = { maxFileSize: 50 * 1024 ** 2, timeoutMs: 30_000, maxMemoryMb: 1024 };

// Sizes ("20MB", "512k", 1048576) and durations ("30s", "500ms", 30 = seconds) as users write them.

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Bytes from a number of bytes or a string such as "20MB" / "512k"; undefined when it cannot be read. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = SIZE_UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

/** Milliseconds from seconds (number or "30") or a string with a unit ("30s", "500ms", "2m"). */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(value);
  if (!match) return undefined;
  const factor = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 }[(match[2] ?? 's').toLowerCase() as 'ms'] ?? 1000;
  const ms = Math.round(Number(match[1]) * factor);
  return ms > 0 ? ms : undefined;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} B`;
}
