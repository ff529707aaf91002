import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:corpus`: the tests that read the shared corpus (../shared: samples, corpus/docx, corpus/bad).
export default defineConfig({
  test: { ...base.test, include: ['tests/corpus/**/*.test.ts'], exclude: [...configDefaults.exclude], testTimeout: 600_000, hookTimeout: 600_000 },
});
