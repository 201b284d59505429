// Sums every test runner's JSON report (reports/*.json in each package) into one line,
// `N passed, N failed`, so a run that tested nothing shows as 0 passed.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))

export function summarizeReports() {
  const totals = { passed: 0, failed: 0, skipped: 0, suites: 0 }
  for (const group of ["packages", "apps", "."]) {
    const dirs =
      group === "."
        ? ["content"]
        : existsSync(join(root, group))
          ? readdirSync(join(root, group)).map((d) => join(group, d))
          : []
    for (const dir of dirs) {
      const reports = join(root, dir, "reports")
      if (!existsSync(reports)) continue
      for (const file of readdirSync(reports).filter((f) => f.endsWith(".json"))) {
        const report = JSON.parse(readFileSync(join(reports, file), "utf8"))
        totals.suites++
        totals.passed += report.numPassedTests ?? 0
        totals.failed +=
          (report.numFailedTests ?? 0) +
          (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0)
        totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
      }
    }
  }
  return totals
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = summarizeReports()
  console.log(`${t.passed} passed, ${t.failed} failed`)
  if (t.passed === 0 || t.failed > 0) process.exitCode = 1
}
