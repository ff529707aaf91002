// The package parts mammoth reads, handed to it as an in-memory "zip file" (mammoth's `{ file }` input: `exists` and
// `read`), so nothing is re-encoded, re-zipped or unzipped again. Only the parts put here exist for mammoth, as in the
// STORE zip this replaces.

type Part = string | Uint8Array;

export class MammothParts {
  private readonly parts = new Map<string, Part>();
  /** Parts whose text mammoth may read only once: dropped after that read so a large main part is not kept twice. */
  private readonly readOnce = new Set<string>();
  private readonly released = new Set<string>();

  has(name: string): boolean {
    return this.parts.has(name) || this.released.has(name);
  }

  get(name: string): Part | undefined {
    return this.parts.get(name);
  }

  set(name: string, data: Part, options: { readOnce?: boolean } = {}): void {
    this.parts.set(name, data);
    if (options.readOnce) this.readOnce.add(name);
  }

  /** mammoth's zip-file interface. */
  exists(name: string): boolean {
    return this.has(name);
  }

  read(name: string, encoding?: string): Promise<string | Uint8Array> {
    const data = this.parts.get(name);
    if (data === undefined) {
      return Promise.reject(new Error(this.released.has(name) ? `part ${name} was already read` : `no part ${name}`));
    }
    if (this.readOnce.has(name)) {
      this.parts.delete(name);
      this.released.add(name);
    }
    if (encoding === 'base64') return Promise.resolve(Buffer.from(bytesOf(data)).toString('base64'));
    if (encoding) return Promise.resolve(typeof data === 'string' ? data : new TextDecoder(encoding).decode(data));
    return Promise.resolve(bytesOf(data));
  }

  clear(): void {
    this.parts.clear();
  }
}

function bytesOf(data: Part): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}
