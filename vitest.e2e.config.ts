// `npm run test:e2e`: tests that need programs outside Node (LibreOffice, Chromium). Each file skips itself, with one
// line saying why, when its program is missing.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
