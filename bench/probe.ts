// A preload for measured processes (`node --require <file>`): it writes the process's peak RSS and CPU time at exit
// to the file named by BENCH_PROBE_OUT, and `<file>.mammoth` as soon as any thread loads a module from inside
// mammoth (its own modules, or the build's bundle of them, mammoth.cjs). CommonJS on purpose: `--require` preloads
// also run in worker threads (Node 20 does not run `--import` preloads there), and pooled workers are terminated
// without an exit event, so the mark is written on load.
// run.ts writes this source to a .cjs file in its scratch folder.
export const PROBE_SOURCE = String.raw`'use strict';
const { writeFileSync } = require('node:fs');
const Module = require('node:module');
const { isMainThread } = require('node:worker_threads');
const out = process.env.BENCH_PROBE_OUT;
if (out) {
  let marked = false;
  const load = Module._load;
  Module._load = function probeLoad(request, parent, isMain) {
    if (!marked && parent && /[\\/]node_modules[\\/]mammoth[\\/]|[\\/]mammoth\.cjs$/.test(parent.filename || '')) {
      marked = true;
      try { writeFileSync(out + '.mammoth', '1'); } catch {}
    }
    return load.apply(this, arguments);
  };
  if (isMainThread) {
    process.on('exit', () => {
      const cpu = process.cpuUsage();
      try {
        writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }));
      } catch {}
    });
  }
}
`;
