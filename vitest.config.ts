import { configDefaults, defineConfig } from 'vitest/config';

// `npm test`: everything that needs nothing beside the checkout. tests/corpus/** (the shared corpus) runs with
// `npm run test:corpus` (vitest.corpus.config.ts), tests/e2e/** (a browser, LibreOffice) with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/corpus/**', 'tests/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
