// Inputs: files, folders, globs, ignore patterns, .reportlintignore, standard input (Markdown text and .docx bytes).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD, FIXTURES, KEPU, PLAIN, SEED_MD, cli, lintJson, tempTree } from './run-cli.js';

const SEED = readFileSync(SEED_MD, 'utf8');
const DOCX = readFileSync(PLAIN);

function reportFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(docx|md|markdown|txt|doc|docm|wps|rtf)$/i.test(f) && !f.split('/').some((p) => p.startsWith('.') || p === 'node_modules'))
    .filter((f) => !/^(readme|sources|license|changelog)\./i.test(f.split('/').pop()!))
    .map((f) => join(dir, f))
    .sort();
}

describe('folders and globs', () => {
  const t = tempTree({
    'reports/a.md': SEED,
    'reports/b.docx': DOCX,
    'reports/sub/c.markdown': SEED,
    'reports/sub/d.txt': SEED,
    'reports/sub/notes.csv': 'x,y',
    'reports/README.md': '# about this folder',
    'reports/node_modules/pkg/e.md': SEED,
    'reports/.git/f.md': SEED,
    'reports/.hidden.md': SEED,
    'reports/drafts/g.md': SEED,
    'reports/drafts/keep.md': SEED,
  });
  afterAll(() => t.cleanup());
  const names = (entries: { filePath: string }[]) => entries.map((e) => e.filePath.slice(t.dir.length + 1));

  it('a folder finds every fixture', async () => {
    const { entries } = await lintJson([FIXTURES]);
    expect(entries.map((e) => e.filePath).sort()).toEqual(reportFiles(FIXTURES));
    expect(entries.length).toBeGreaterThanOrEqual(4);
  });

  it('walks recursively in sorted order, skipping node_modules, dot-folders, dot-files, other extensions and README', async () => {
    const { entries } = await lintJson([t.path('reports')]);
    expect(names(entries)).toEqual(['reports/a.md', 'reports/b.docx', 'reports/drafts/g.md', 'reports/drafts/keep.md', 'reports/sub/c.markdown', 'reports/sub/d.txt']);
  });

  it('a folder walk also picks up old Word files, each answered with what to do', async () => {
    const bad = t.path('incoming');
    mkdirSync(bad, { recursive: true });
    copyFileSync(join(BAD, 'legacy-word97.doc'), join(bad, '单位甲.doc'));
    copyFileSync(join(BAD, 'rtf-saved-as.doc'), join(bad, '单位乙.rtf'));
    writeFileSync(join(bad, '单位丙.md'), SEED);
    const { entries } = await lintJson([bad]);
    expect(entries.map((e) => e.filePath.split('/').pop())).toEqual(['单位丙.md', '单位乙.rtf', '单位甲.doc']);
    expect(entries[1]!.messages[0]!.message).toMatch(/RTF/);
    expect(entries[2]!.messages[0]!.message).toMatch(/97–2003.*另存为/);
  });

  it('a folder whose files an earlier argument already named is no error', async () => {
    const { run, entries } = await lintJson([t.path('reports'), t.path('reports/sub')]);
    expect(run.code).not.toBe(2);
    expect(names(entries)).toContain('reports/sub/d.txt');
    expect(new Set(names(entries)).size).toBe(entries.length);
  });

  it('output order is input order, duplicates once', async () => {
    const { entries } = await lintJson([t.path('reports/sub/d.txt'), t.path('reports/b.docx'), t.path('reports/a.md'), t.path('reports/sub/d.txt')]);
    expect(names(entries)).toEqual(['reports/sub/d.txt', 'reports/b.docx', 'reports/a.md']);
  });

  it('globs, --ignore-pattern (repeatable, gitignore-like, with negation)', async () => {
    expect(names((await lintJson(['reports/**/*.md'], { cwd: t.dir })).entries)).toEqual(['reports/a.md', 'reports/drafts/g.md', 'reports/drafts/keep.md']);
    expect(names((await lintJson(['reports', '--ignore-pattern', 'drafts/'], { cwd: t.dir })).entries))
      .toEqual(['reports/a.md', 'reports/b.docx', 'reports/sub/c.markdown', 'reports/sub/d.txt']);
    // a pattern with an inner slash is anchored to the working folder (gitignore): sub/*.markdown matches nothing here
    expect(names((await lintJson(['reports', '--ignore-pattern', '*.txt', '--ignore-pattern', 'sub/*.markdown'], { cwd: t.dir })).entries))
      .toEqual(['reports/a.md', 'reports/b.docx', 'reports/drafts/g.md', 'reports/drafts/keep.md', 'reports/sub/c.markdown']);
    expect(names((await lintJson(['reports', '--ignore-pattern', 'reports/drafts/*', '--ignore-pattern', '!reports/drafts/keep.md', '--ignore-pattern', '/reports/sub'], { cwd: t.dir })).entries))
      .toEqual(['reports/a.md', 'reports/b.docx', 'reports/drafts/keep.md']);
  });

  it('.reportlintignore in the working folder, and config ignorePatterns', async () => {
    const u = tempTree({ '.reportlintignore': '# drafts are not submitted\ndrafts/\n*.txt\n', 'x/a.md': SEED, 'x/drafts/b.md': SEED, 'x/c.txt': SEED,
      'y/.reportlintrc.json': JSON.stringify({ ignorePatterns: ['old/**'] }), 'y/new.md': SEED, 'y/old/z.md': SEED });
    try {
      expect((await lintJson(['x', 'y'], { cwd: u.dir })).entries.map((e) => e.filePath.slice(u.dir.length + 1))).toEqual(['x/a.md', 'y/new.md']);
      // a file named directly but ignored is skipped with a note on stderr
      const r = await cli(['--format', 'json', 'x/c.txt', 'x/a.md'], { cwd: u.dir });
      expect(JSON.parse(r.out)).toHaveLength(1);
      expect(r.err).toMatch(/c\.txt/);
    } finally {
      u.cleanup();
    }
  });

  it('a glob that matches nothing, or a missing path, exits 2', async () => {
    const r = await cli(['reports/**/*.pdf'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\*\*\/\*\.pdf/);
  });
});

describe('standard input', () => {
  it('reads Markdown from --stdin, named by --stdin-filename', async () => {
    const { run, entries } = await lintJson(['--stdin', '--stdin-filename', 'luquan.md'], { input: SEED });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.filePath).toMatch(/luquan\.md$/);
    const fromFile = (await lintJson([SEED_MD])).entries[0]!;
    expect(entries[0]!.messages).toEqual(fromFile.messages);
    expect(run.code).toBe(1);
  });

  it('reads .docx bytes from "-" (format from the bytes, not the name)', async () => {
    const { entries } = await lintJson(['-', '--stdin-filename', 'upload.bin'], { input: readFileSync(KEPU) });
    const fromFile = (await lintJson([KEPU])).entries[0]!;
    expect(entries[0]!.filePath).toMatch(/upload\.bin$/);
    expect(entries[0]!.messages).toEqual(fromFile.messages);
    expect(entries[0]!.messages.length).toBeGreaterThan(0);
  });

  it('stdin without a name is "<stdin>"; stdin twice is a usage error', async () => {
    expect((await lintJson(['--stdin'], { input: SEED })).entries[0]!.filePath).toBe('<stdin>');
    expect((await cli(['--stdin', '-'], { input: SEED })).code).toBe(2);
  });

  it('a bad upload on stdin is a fatal entry', async () => {
    const { run, entries } = await lintJson(['--stdin', '--stdin-filename', 'x.docx'], { input: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) });
    expect(entries[0]!.messages[0]!.ruleId).toBe('fatal');
    expect(run.code).toBe(2);
  });
});
