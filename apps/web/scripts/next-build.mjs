// `next build` as every build of the site runs it (package build, browser tests, benchmark),
// then removes the RSC payload files nobody fetches (scripts/lib/prune-rsc.mjs).
import { spawnSync } from "node:child_process"
import { join, resolve } from "node:path"
import { APP_DIR } from "./lib/data-dir.mjs"
import { pruneRscPayloads } from "./lib/prune-rsc.mjs"

// Rendering a page allocates many short-lived objects; a larger young generation in Next's
// build workers (they inherit NODE_OPTIONS) spends less of the build collecting garbage.
const nodeOptions = [process.env.NODE_OPTIONS, "--max-semi-space-size=32"].filter(Boolean).join(" ")
const result = spawnSync(join(APP_DIR, "node_modules/.bin/next"), ["build", ...process.argv.slice(2)], {
  cwd: APP_DIR,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_OPTIONS: nodeOptions },
})
if (result.status !== 0) process.exit(result.status ?? 1)
const out = resolve(APP_DIR, process.env.KUBE_NOTES_WEB_OUT || "out")
const removed = await pruneRscPayloads(out)
console.log(`@kube-notes/web: removed ${removed} unused RSC payload files from ${out}`)
