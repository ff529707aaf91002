// Load on `reportlint serve`: start the server (its own process, 127.0.0.1, a free port), send 50 concurrent uploads
// of the sample reports plus an oversize upload and a zip bomb, and read the server's peak RSS (VmHWM) against its
// RSS when idle. Linux only for the memory figures (/proc); the request loop is bounded and stops by itself.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateRawSync } from 'node:zlib';

export interface ServeLoadResult {
  uploads: number;
  answered: number;
  wallMs: number;
  idleRssMb?: number;
  peakRssMb?: number;
  oversizeStatus?: number;
  zipBombFatal: boolean;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return undefined;
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
  return m ? Number(m[1]) : undefined;
}

/** A minimal zip whose document part declares 30 MB of zeros (stored deflated): the reader must refuse it unread. */
function zipBomb(): Uint8Array {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(30 * 1024 * 1024));
  const size = 30 * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12); end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const post = async (base: string, name: string, bytes: Uint8Array) => {
  const fd = new FormData();
  fd.append('files', new Blob([new Uint8Array(bytes)]), name);
  const r = await fetch(`${base}/api/lint`, { method: 'POST', body: fd, signal: AbortSignal.timeout(120_000) });
  return { status: r.status, body: (await r.json().catch(() => undefined)) as { filePath: string; messages: { ruleId: string }[] }[] | undefined };
};

export async function serveLoad(cliPath: string, files: string[], count = 50): Promise<ServeLoadResult | undefined> {
  const server = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--max-file-size', '20MB'], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const base = await new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 60_000);
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) { clearTimeout(timer); resolve(`http://127.0.0.1:${m[1]}`); }
      });
      server.on('exit', () => resolve(undefined));
    });
    if (!base || !server.pid) return undefined;
    const idle = statusKb(server.pid, 'VmRSS');
    const inputs = files.map((f) => ({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) }));
    const started = performance.now();
    const answers = await Promise.all([
      ...Array.from({ length: count }, (_, i) => post(base, `u${i}-${inputs[i % inputs.length]!.name}`, inputs[i % inputs.length]!.bytes)),
    ]);
    const [oversize, bomb] = await Promise.all([post(base, 'big.docx', new Uint8Array(21 * 1024 * 1024)), post(base, 'bomb.docx', zipBomb())]);
    const wallMs = performance.now() - started;
    const answered = answers.filter((a, i) => a.status === 200 && a.body?.[0]?.filePath === `u${i}-${inputs[i % inputs.length]!.name}`).length;
    const peak = statusKb(server.pid, 'VmHWM');
    return {
      uploads: count,
      answered,
      wallMs,
      idleRssMb: idle === undefined ? undefined : Math.round(idle / 102.4) / 10,
      peakRssMb: peak === undefined ? undefined : Math.round(peak / 102.4) / 10,
      oversizeStatus: oversize.status,
      zipBombFatal: bomb.body?.[0]?.messages.some((m) => m.ruleId === 'fatal') ?? false,
    };
  } finally {
    server.kill();
  }
}
