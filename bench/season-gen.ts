// A worker thread of the season bench: writes its share of the generated reports straight to the season folder, one
// file at a time (nothing is held), and answers with what it wrote. Worker w of W takes seeds w, w + W, w + 2W …;
// a seed whose defect the generator cannot plant throws and is skipped (counted). Each worker alternates .md and
// .docx, so both forms cover both report kinds (the kind follows the seed's parity).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { generate, toDocx, toMarkdown } from '../tests/generator/index.js';

export interface SeasonGenJob { dir: string; quota: number; worker: number; workers: number }
export interface SeasonGenDone { files: number; md: number; docx: number; mdBytes: number; docxBytes: number; skipped: number }

const { dir, quota, worker, workers } = workerData as SeasonGenJob;
const done: SeasonGenDone = { files: 0, md: 0, docx: 0, mdBytes: 0, docxBytes: 0, skipped: 0 };
for (let seed = worker; done.files < quota; seed += workers) {
  let report;
  try {
    report = generate(seed, { long: true });
  } catch {
    if (++done.skipped > quota) throw new Error('the generator failed on every seed');
    continue;
  }
  const ext = done.files % 2 === 0 ? 'md' : 'docx';
  const data = ext === 'md' ? Buffer.from(toMarkdown(report)) : toDocx(report);
  writeFileSync(join(dir, `${String(seed).padStart(6, '0')}-${report.kind}-${report.defect?.kind ?? 'clean'}.${ext}`), data);
  done.files++;
  done[ext]++;
  done[`${ext}Bytes`] += data.length;
}
parentPort!.postMessage(done);
