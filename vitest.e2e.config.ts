import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:e2e`: tests that drive a browser or LibreOffice (installed by .ci/run); none is needed for npm test.
export default defineConfig({
  test: {
    ...base.test, include: ['tests/e2e/**/*.test.ts'], exclude: [...configDefaults.exclude], passWithNoTests: true,
    testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false,
  },
});
