// The two 100 MB zip bombs of the shared corpus are refused without inflating the payload. How fast is measured in
// bench/, not here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/parse/read.js';
import { sniff } from '../../src/parse/sniff.js';
import { ReadError } from '../../src/parse/errors.js';
import { SHARED_BAD } from './shared.js';

const EXPECTED: Record<string, RegExp> = {
  'zipbomb-100mb.docx': /word\/document\.xml.*100\.0 MB/,
  'zipbomb-100mb-lying-size.docx': /超过文件头声明/,
};

describe('zip bombs', () => {
  for (const [file, words] of Object.entries(EXPECTED)) {
    it(`${file} is refused as a zip bomb without materialising the payload`, async () => {
      const bytes = readFileSync(join(SHARED_BAD, file));
      expect(sniff(bytes)).toBe('zip');
      const heapBefore = process.memoryUsage().arrayBuffers;
      const e = await readReport(bytes, file).then(() => undefined, (x: unknown) => x);
      expect(e).toBeInstanceOf(ReadError);
      expect((e as ReadError).code).toBe('zip-bomb');
      expect((e as ReadError).text['zh-CN']).toMatch(words);
      expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(20 * 1024 * 1024);
    });
  }
});
