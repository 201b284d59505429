import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    // One module graph per worker, not one per file: these tests keep no state between files
    // (no mocks, spies, fake timers or globals), and re-importing unified, React or Ink for every
    // file was between a third and three quarters of each suite's CPU (docs/testing.md).
    isolate: false,
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // The CLI and tmux tests spawn the real binary; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
