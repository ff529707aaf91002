// The whole real corpus (533 .docx) and the crafted bad inputs through the command line: one entry per file, no
// crash, no internal error, no raw library text, a specific cause for each bad file, inputs untouched, no temporary
// files left, and the same JSON with worker threads as with one.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync, type JsonEntry } from '../cli/run-cli.js';
import { SHARED, SHARED_BAD as BAD } from './shared.js';

const CORPUS = join(SHARED, 'corpus/docx');
const corpusFiles = (readdirSync(CORPUS, { recursive: true }) as string[]).filter((f) => f.endsWith('.docx')).map((f) => join(CORPUS, f));
const badFiles = readdirSync(BAD).filter((f) => !/\.(md|mjs)$/.test(f)).sort().map((f) => join(BAD, f));

/** What each crafted bad input must be reported as (zh-CN). */
const expectedCause: Record<string, RegExp | null> = {
  'ok-minimal.docx': null,
  'legacy-word97.doc': /97.*2003[\s\S]*另存为/,
  'legacy-word97-renamed.docx': /97.*2003[\s\S]*另存为/,
  'encrypted-agile.docx': /密码|加密/,
  'zip-not-docx.docx': /不是 Word/,
  'xlsx-renamed.docx': /电子表格|Excel/,
  'docx-no-body.docx': /正文|w:body/,
  'docx-malformed-xml.docx': /XML/,
  'truncated-half.docx': /损坏|不完整|截断/,
  'truncated-no-eocd.docx': /损坏|不完整|截断/,
  'empty.docx': /空|0 字节/,
  'zipbomb-100mb.docx': /过大|解压/,
  'zipbomb-100mb-lying-size.docx': /过大|解压/,
  'xml-billion-laughs.docx': /实体|DTD/,
  'xml-external-entity.docx': /实体|DTD/,
  'html-saved-as.doc': /网页|HTML/,
  'rtf-saved-as.doc': /RTF/,
  'wordml2003-flat.doc': /2003.*XML|XML.*2003/,
  'flat-opc.xml.docx': /Flat OPC/,
};

function hashAll(files: string[]) {
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(readFileSync(f));
  return h.digest('hex');
}

describe('corpus through the CLI', () => {
  it('every bad sample is in the cause table', () => {
    expect(badFiles.map((f) => basename(f)).sort()).toEqual(Object.keys(expectedCause).sort());
  });

  it('one entry per file, no crash, specific causes, inputs unchanged, no temp files, same JSON with and without workers', async () => {
    const before = hashAll([...corpusFiles, ...badFiles]);
    const temp = mkdtempSync(join(tmpdir(), 'reportlint-tmpcheck-'));
    try {
      const env = { TMPDIR: temp, TMP: temp, TEMP: temp };
      // A generous per-file limit: the biggest corpus file (12.6 MB of XML) needs seconds, many more on a busy CI box.
      const args = ['--format', 'json', '--timeout', '180s', CORPUS, ...badFiles];
      const auto = await cliAsync([...args, '--concurrency', 'auto'], { env });
      const off = await cliAsync([...args, '--concurrency', 'off'], { env });
      for (const run of [auto, off]) {
        expect(run.err).toBe('');
        expect([0, 1]).toContain(run.code);
      }
      const entries = JSON.parse(auto.out) as JsonEntry[];
      expect(entries).toHaveLength(corpusFiles.length + badFiles.length);
      expect(new Set(entries.map((e) => e.filePath))).toEqual(new Set([...corpusFiles, ...badFiles]));
      const messages = entries.flatMap((e) => e.messages);
      expect(messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
      expect(messages.filter((m) => /central directory|\n\s+at |undefined|\[object|xmldom|jszip|Corrupted zip|End of data/i.test(m.message))).toEqual([]);
      for (const e of entries) {
        const fatal = e.messages.filter((m) => m.ruleId === 'fatal');
        if (fatal.length) {
          expect(e.messages, e.filePath).toHaveLength(1);
          expect(fatal[0]!.message.length).toBeGreaterThan(15);
        }
      }
      for (const file of badFiles) {
        const entry = entries.find((e) => e.filePath === file)!;
        const want = expectedCause[basename(file)];
        if (want === null) expect(entry.messages.some((m) => m.ruleId === 'fatal'), file).toBe(false);
        else expect(entry.messages[0]?.message, basename(file)).toMatch(want!);
      }
      expect(off.out).toBe(auto.out);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
    expect(hashAll([...corpusFiles, ...badFiles])).toBe(before);
  }, 600_000);
});
