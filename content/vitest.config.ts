import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing, `npm install` into a fresh project and running tsc take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
