// `pnpm -s kube-notes …`: makes sure the CLI and what it reads are built (turbo's cache makes
// this quick when nothing changed), then runs it with the given arguments.
import { spawnSync } from "node:child_process"

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" }
const built = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@kube-notes/tui...", "--output-logs=errors-only"],
  {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  },
)
if (built.status !== 0) {
  console.error("Building the kube-notes CLI failed; run `pnpm build` to see why.")
  process.exit(built.status ?? 1)
}
const cli = spawnSync(process.execPath, ["apps/tui/bin/kube-notes.mjs", ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
})
process.exit(cli.status ?? 1)
