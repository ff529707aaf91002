// The annotated copy opens in LibreOffice with every comment: convert it headless to .odt and count the
// annotations (and their author) in content.xml. Needs `soffice` (Debian: libreoffice-writer-nogui).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { annotateDocx } from '../../src/format/annotate/docx.js';
import { lintDocument, parseReport } from '../../src/api.js';

const soffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) console.log('e2e: soffice not found (Debian package libreoffice-writer-nogui): LibreOffice tests skipped');

const dir = mkdtempSync(join(tmpdir(), 'reportlint-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function toOdt(docx: string): string {
  // a profile of its own, so a running LibreOffice or another test does not lock it
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'odt', '--outdir', dir, docx], {
    stdio: 'ignore', timeout: 180_000,
  });
  return new TextDecoder().decode(unzipSync(readFileSync(docx.replace(/\.docx$/, '.odt')))['content.xml']);
}

describe.skipIf(!soffice)('annotated copies in LibreOffice', () => {
  for (const name of ['luquan-2025-plain', 'luquan-2025-styled', 'kepu-project-selfeval-table']) {
    it(`${name}: every finding is a comment by reportlint`, async () => {
      const original = readFileSync(`fixtures/${name}.docx`);
      const result = await lintDocument(await parseReport(original, `${name}.docx`));
      expect(result.messages.length).toBeGreaterThan(0);
      const path = join(dir, `${name}.审核意见.docx`);
      writeFileSync(path, await annotateDocx(original, result, { locale: 'zh-CN', date: new Date() }));
      const content = toOdt(path);
      const annotations = [...content.matchAll(/<office:annotation[\s>]/g)].length;
      // the styled sample brings comments of its own
      const own = [...content.matchAll(/<dc:creator>reportlint<\/dc:creator>/g)].length;
      expect(own).toBe(result.messages.length);
      expect(annotations).toBeGreaterThanOrEqual(own);
      expect([...content.matchAll(/<office:annotation-end\b/g)].length).toBeGreaterThanOrEqual(own);
      for (const id of new Set(result.messages.map((m) => m.ruleId))) expect(content).toContain(id);
    }, 200_000);
  }
});
