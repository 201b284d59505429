/**
 * publint and Are the Types Wrong on the tarball that would be published. attw runs with the
 * `esm-only` profile: the package is ESM only on purpose (see docs/content-package.md), so
 * node10 and require-from-CJS resolutions are out of scope; every other problem fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { resolvePackageBin } from "./helpers/bin.ts"
import { type PackedContent, packContent } from "./helpers/pack.ts"
import { contentRoot } from "./helpers/paths.ts"
import { describeRun, run } from "./helpers/run.ts"

/** The resolutions attw's `esm-only` profile leaves out: CommonJS-era and require() consumers. */
const IGNORED_BY_ESM_ONLY = ["node10", "node16-cjs"]

let packed: PackedContent

beforeAll(async () => {
  packed = await packContent()
})

afterAll(async () => {
  await packed?.dispose()
})

describe("package lint", () => {
  it("should pass publint --strict with no messages", async () => {
    const publint = resolvePackageBin("publint", "publint")
    const result = await run(process.execPath, [publint, "run", "--strict", packed.tarball], {
      cwd: contentRoot,
    })
    expect(result.code, describeRun(result)).toBe(0)
    expect(result.stdout).not.toMatch(/Errors:|Warnings:|Suggestions:/)
  })

  it("should pass Are the Types Wrong (esm-only profile) with no problems", async () => {
    const attw = resolvePackageBin("@arethetypeswrong/cli", "attw")
    const args = [attw, packed.tarball, "--profile", "esm-only", "--format", "json", "--no-color"]
    const result = await run(process.execPath, args, { cwd: contentRoot })
    expect(result.code, describeRun(result)).toBe(0)
    // analysis.problems lists problems in ignored resolutions too; the exit code leaves them out.
    const report = JSON.parse(result.stdout) as { analysis: { problems: { resolutionKind?: string }[] } }
    expect(Array.isArray(report.analysis.problems), "attw's JSON shape changed").toBe(true)
    const inScope = report.analysis.problems.filter(
      (p) => !IGNORED_BY_ESM_ONLY.includes(p.resolutionKind ?? ""),
    )
    expect(inScope).toEqual([])
  })
})
