// `pnpm test`: makes sure the browser and terminal tests can run (Chromium, tmux), runs every
// package's tests through turbo (cached when nothing changed), then prints `N passed, N failed`.
import { spawnSync } from "node:child_process"
import { ensureSystemTools } from "./ensure-system-tools.mjs"
import { summarizeReports } from "./summarize-reports.mjs"

const chromium = ensureSystemTools()
const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
}
const run = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "lint", "typecheck", "test", "--continue", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env,
  },
)
const totals = summarizeReports()
console.log(`${totals.passed} passed, ${totals.failed} failed`)
process.exit(run.status === 0 && totals.failed === 0 && totals.passed > 0 ? 0 : 1)
