// `pnpm test`: makes sure the browser and terminal tests can run (Chromium, tmux), runs every
// package's lint, typecheck and tests through turbo (cached when nothing changed), then prints
// `N passed, N failed`. `pnpm test:full` (this script with --full) runs only the checks that
// need minutes (each package's `test:full`, files named *.full.test.ts) and prints their totals.
// Which suite runs where: docs/testing.md.
import { spawnSync } from "node:child_process"
import { ensureSystemTools } from "./ensure-system-tools.mjs"
import { REPORTS, summarizeReports } from "./summarize-reports.mjs"

const full = process.argv.includes("--full")
const passThrough = process.argv.slice(2).filter((arg) => arg !== "--full")
const chromium = ensureSystemTools()
const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
}
const tasks = full ? ["test:full"] : ["lint", "typecheck:all", "test"]
// Two tasks at a time on a 2-core machine: more only makes suites starve each other (a
// `next build`, Chromium and tsc side by side). CPU-heavy test files run one at a time inside
// each vitest (see each vitest.config.ts), so two tasks use about two cores.
// `--concurrency=N` on the command line replaces it (turbo takes the flag once).
const concurrency = passThrough.some((arg) => arg.startsWith("--concurrency")) ? [] : ["--concurrency=2"]
const run = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", ...tasks, "--continue", ...concurrency, ...passThrough],
  {
    stdio: "inherit",
    env,
  },
)
const totals = summarizeReports([full ? REPORTS.full : REPORTS.test])
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exit(run.status === 0 && totals.failed === 0 && totals.passed > 0 ? 0 : 1)
