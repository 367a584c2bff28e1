import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Comunica's engine is heavy to construct; forks keep each file's engine in its own process.
    pool: 'forks',
    // One temp root per run, removed at its end (TMPDIR points at it), and each test file's
    // temporary folders removed when the file ends: a run leaves nothing behind.
    globalSetup: ['tests/helpers/global-temp.ts'],
    setupFiles: ['tests/helpers/setup-temp.ts'],
  },
});
