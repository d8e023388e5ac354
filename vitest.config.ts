import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // One throwaway PostgreSQL for the run (state, replicas, OAuth tests); see the file.
    globalSetup: ['tests/helpers/postgresGlobalSetup.ts'],
  },
});
