// Where the shared corpus lives: ../shared beside the checkout (samples/, corpus/docx/, corpus/bad/). Every test in
// tests/corpus/ needs it; `npm run test:corpus` skips them all with one line when it is absent.
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = process.env.REPORTLINT_SHARED ? resolve(process.env.REPORTLINT_SHARED) : resolve(ROOT, '../shared');
export const SHARED_BAD = resolve(SHARED, 'corpus/bad');
export const SHARED_DOCX = resolve(SHARED, 'corpus/docx');
export const SAMPLES = resolve(SHARED, 'samples');
