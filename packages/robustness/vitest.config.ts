import { configDefaults, defineConfig } from "vitest/config"

// Two tiers (docs/testing.md): `pnpm test` runs test/**/*.test.ts; the checks that need
// minutes and gigabytes (*.full.test.ts) run in `pnpm test:full`. Builds run in child processes
// and Chromium: the full tier one file at a time; `pnpm test`'s tier two, so the other files run
// while the Chromium file waits for its export to build (docs/testing.md, eighth round).
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
        test: {
          name: "test",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, FULL],
          maxWorkers: 2,
        },
      },
      { extends: true, test: { name: "full", include: [FULL] } },
    ],
  },
})
