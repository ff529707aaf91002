import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/e2e needs LibreOffice / Chromium: `npm run test:e2e` (vitest.e2e.config.ts)
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
