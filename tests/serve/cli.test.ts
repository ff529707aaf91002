// `reportlint serve` from the command line: binds 127.0.0.1 by default, says where, speaks English with --locale en,
// and refuses a bad port with a usage error.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const BIN = join(ROOT, 'bin/reportlint.js');

async function withServer(args: string[], check: (base: string) => Promise<void>) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    await check(base);
  } finally {
    child.kill();
  }
}

describe('reportlint serve (command line)', () => {
  it('listens on 127.0.0.1 by default and serves the page in zh-CN', async () => {
    await withServer([], async (base) => {
      const page = await (await fetch(`${base}/`)).text();
      expect(page).toContain('<html lang="zh-CN">');
      expect(page).toContain('拖到这里');
    });
  });

  it('speaks English with --locale en', async () => {
    await withServer(['--locale', 'en'], async (base) => {
      const page = await (await fetch(`${base}/`)).text();
      expect(page).toContain('<html lang="en">');
      expect(page).toContain('Drop self-evaluation reports');
    });
  });

  it('refuses a bad port with a usage error', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', 'abc'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--port/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
