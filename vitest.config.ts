import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Test files share each worker's module cache: most of them build the WordNet-backed seed corpus, and importing it
    // afresh per file took four of the suite's ten minutes. No test mocks modules or stubs globals.
    isolate: false,
  },
});
