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
    // A few processes, each running many test files with its modules loaded once (no per-file start-up); one more
    // than the two cores, as the CLI tests mostly wait for their reading threads. Tests keep no global state between
    // files (the in-process CLI restores cwd and environment after each run).
    maxWorkers: 3,
    isolate: false,
  },
});
