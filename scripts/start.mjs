// `pnpm start`: builds what changed (turbo's cache) and serves the site.
// With KUBE_NOTES_CONTENT=/path/to/notes the site is built from that folder. Turbo cannot see
// files outside the repo, so then the site itself is rebuilt every time (its dependencies stay cached).
import { spawnSync } from "node:child_process"

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" }
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (env.KUBE_NOTES_CONTENT) {
  run("pnpm", ["exec", "turbo", "run", "build", "--filter=@kube-notes/web^...", "--output-logs=errors-only"])
  run("pnpm", ["-F", "@kube-notes/web", "build"])
} else {
  run("pnpm", ["exec", "turbo", "run", "build", "--filter=@kube-notes/web...", "--output-logs=new-only"])
}
run("pnpm", ["-F", "@kube-notes/web", "start"])
