import { defineConfig } from "vitest/config"

// Builds run in child processes and Chromium; two files at a time is what two cores carry.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
  },
})
