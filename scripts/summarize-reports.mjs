// Sums the test runners' JSON reports (reports/*.json in each package) into one line,
// `N passed, N failed`, so a run that tested nothing shows as 0 passed.
// `pnpm test` writes reports/vitest.json, `pnpm test:full` reports/vitest-full.json; run alone
// this script counts both (the closing line of .ci/run).
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const root = fileURLToPath(new URL("..", import.meta.url))

/** The report of each tier: what `pnpm test` and `pnpm test:full` write. */
export const REPORTS = { test: "vitest.json", full: "vitest-full.json" }

/** Folders that may hold reports/: content and every package and app. */
export function packageDirs() {
  const dirs = ["content"]
  for (const group of ["packages", "apps"])
    if (existsSync(join(root, group))) dirs.push(...readdirSync(join(root, group)).map((d) => join(group, d)))
  return dirs
}

/** Each report's path and parsed JSON; `names` limits which report files count. */
export function readReports(names = Object.values(REPORTS)) {
  const reports = []
  for (const dir of packageDirs()) {
    const folder = join(root, dir, "reports")
    if (!existsSync(folder)) continue
    for (const file of readdirSync(folder).filter((f) => names.includes(f)))
      reports.push({ dir, file, report: JSON.parse(readFileSync(join(folder, file), "utf8")) })
  }
  return reports
}

export function summarizeReports(names = Object.values(REPORTS)) {
  const totals = { passed: 0, failed: 0, skipped: 0, suites: 0 }
  for (const { report } of readReports(names)) {
    totals.suites++
    totals.passed += report.numPassedTests ?? 0
    totals.failed +=
      (report.numFailedTests ?? 0) +
      (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0)
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
  return totals
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = summarizeReports()
  console.log(`${t.passed} passed, ${t.failed} failed`)
  if (t.passed === 0 || t.failed > 0) process.exitCode = 1
}
