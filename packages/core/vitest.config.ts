import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // One module graph per worker, not one per file: these tests keep no state between files
    // (no mocks, spies, fake timers or globals), and re-importing unified, React or Ink for every
    // file was between a third and three quarters of each suite's CPU (docs/testing.md).
    isolate: false,
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // Generous: a loaded 2-core CI machine is slow; a hang still fails.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
  },
})
