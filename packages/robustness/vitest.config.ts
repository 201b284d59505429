import { configDefaults, defineConfig } from "vitest/config"

// Two tiers (docs/testing.md): `pnpm test` runs test/**/*.test.ts; the checks that need
// minutes and gigabytes (*.full.test.ts) run in `pnpm test:full`. Builds run in child processes
// and Chromium: one file at a time, so two turbo tasks side by side fill two cores and no more.
const FULL = "test/**/*.full.test.ts"

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
    // One module graph per worker, not one per file: these tests keep no state between files
    // (no mocks, spies, fake timers or globals), and re-importing unified, React or Ink for every
    // file was between a third and three quarters of each suite's CPU (docs/testing.md).
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: "test", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, FULL] },
      },
      { extends: true, test: { name: "full", include: [FULL] } },
    ],
  },
})
