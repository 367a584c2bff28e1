import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Comunica's engine is heavy to construct; forks keep each file's engine in its own process.
    pool: 'forks',
  },
});
