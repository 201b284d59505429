import { configDefaults, defineConfig } from "vitest/config"

// Three projects: fast unit tests of rendering and sanitising, and browser tests that drive
// Chromium against the built export (they build a second, hostile export first), in `pnpm test`;
// and in `pnpm test:full` the checks that run `next build` themselves (*.full.test.ts).
const FULL = "test/**/*.full.test.ts"
const E2E = { environment: "node" as const, testTimeout: 60_000, hookTimeout: 240_000 }
export default defineConfig({
  test: {
    // One module graph per worker, not one per file: no test keeps state between files (no
    // mocks, spies or globals; the one environment variable a unit test sets, it unsets), and
    // each file re-importing playwright-core, axe-core and the renderer cost seconds (docs/testing.md).
    isolate: false,
    // Two files at a time, each browser test with its own Chromium: a browser test spends much
    // of its time waiting (page loads, `networkidle`), so two overlap well on two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          ...E2E,
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          exclude: [...configDefaults.exclude, FULL],
          globalSetup: ["test/e2e/global-setup.ts"],
        },
      },
      { extends: true, test: { ...E2E, name: "full", include: [FULL] } },
    ],
  },
})
