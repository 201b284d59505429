/**
 * Huge notes: each must build into a valid graph. Time and memory are written to
 * reports/measurements/ for the docs, never asserted; a hang fails at the generous timeout.
 */
import { describe, it } from "vitest"
import { PATHOLOGICAL_CASES } from "../../src/pathological.ts"
import { checkPathologicalCase } from "../helpers/pathological-check.ts"
import { makeTempDir } from "../helpers/temp-dir.ts"

const HANG = 300_000
const root = await makeTempDir("size")
const sizeCases = PATHOLOGICAL_CASES.filter((item) => !item.name.startsWith("deep-"))

describe("pathological size", () => {
  for (const item of sizeCases) {
    it(`should build ${item.shape} into a valid graph`, { timeout: HANG + 10_000 }, () =>
      checkPathologicalCase(root, item, HANG),
    )
  }
})
