import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure core and web logic, no I/O), `db` (server and CLI on a real database:
 * PGlite by default, PostgreSQL when DATABASE_URL is set) and `e2e` (the built app in Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Distinct group orders let the projects keep their own worker limits; they run one after another.
          sequence: { groupOrder: 0 },
          include: ['src/core/**/*.test.ts', 'src/web/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          sequence: { groupOrder: 1 },
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'],
          globalSetup: ['src/server/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each PGlite instance takes ~400 MiB; two workers fit the 2-core machines this runs on.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
