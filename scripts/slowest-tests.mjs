// Lists the slowest tests of the last run from the vitest JSON reports that
// summarize-reports.mjs counts: `node scripts/slowest-tests.mjs [N] [--markdown]`
// (N defaults to 10; --markdown prints the table docs/testing.md keeps).
import { join, relative } from "node:path"
import { readReports, root } from "./summarize-reports.mjs"

/** Every test of every report: package, file, name, status and duration in ms, slowest first. */
export function readTestDurations() {
  const tests = []
  for (const { dir, file, report } of readReports())
    for (const suite of report.testResults ?? [])
      for (const test of suite.assertionResults ?? [])
        tests.push({
          package: dir,
          file: relative(join(root, dir), suite.name),
          tier: file === "vitest-full.json" ? "full" : "test",
          name: test.fullName ?? test.title,
          status: test.status,
          ms: test.duration ?? 0,
        })
  return tests.sort((a, b) => b.ms - a.ms)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10)
  const tests = readTestDurations()
  const seconds = (ms) => (ms / 1000).toFixed(1)
  if (process.argv.includes("--markdown")) {
    console.log("| s | tier | package | file | test |\n|---:|---|---|---|---|")
    for (const t of tests.slice(0, count))
      console.log(
        `| ${seconds(t.ms)} | ${t.tier} | ${t.package} | ${t.file} | ${t.name.replaceAll("|", "\\|")} |`,
      )
  } else {
    for (const t of tests.slice(0, count))
      console.log(`${seconds(t.ms).padStart(7)} s  [${t.tier}] ${t.package}/${t.file} › ${t.name}`)
  }
  console.log(`${tests.length} tests, ${seconds(tests.reduce((sum, t) => sum + t.ms, 0))} s summed`)
}
