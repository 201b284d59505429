/**
 * Deep nesting: lists and blockquotes 10,000 deep, and a list 1,000 deep by indentation.
 * Each builds in a child process into a valid graph with a `nested-too-deep` warning: past 64
 * markers on a line the rest is text, and trees deeper than 64 are flattened (this package
 * found the stack overflow; fixed in core ec07ffe). Time and memory go to reports/measurements/.
 */
import { describe, it } from "vitest"
import { PATHOLOGICAL_CASES } from "../../src/pathological.ts"
import { checkPathologicalCase } from "../helpers/pathological-check.ts"
import { makeTempDir } from "../helpers/temp-dir.ts"

const HANG = 120_000
const root = await makeTempDir("deep")
const deepCases = PATHOLOGICAL_CASES.filter((item) => item.name.startsWith("deep-"))

describe("pathological depth", () => {
  for (const item of deepCases) {
    it(
      `should build ${item.shape} into a valid graph with ${item.rules.join(", ")}`,
      { timeout: HANG + 10_000 },
      () => checkPathologicalCase(root, item, HANG),
    )
  }
})
