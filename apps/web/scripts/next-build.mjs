// `next build` as every build of the site runs it (package build, browser tests, robustness,
// benchmark): into the one staging folder every build shares (so Turbopack's build cache, keyed
// by the configuration, serves them all; see lib/export-lock.mjs), then moved to its place
// (`out/`, or KUBE_NOTES_WEB_OUT), then the RSC payload files nobody fetches are removed
// (lib/prune-rsc.mjs).
import { spawnSync } from "node:child_process"
import { mkdirSync, renameSync, rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { APP_DIR, EXPORT_STAGING } from "./lib/data-dir.mjs"
import { withExportLock } from "./lib/export-lock.mjs"
import { pruneRscPayloads } from "./lib/prune-rsc.mjs"

// Rendering a page allocates many short-lived objects; a larger young generation in Next's
// build workers (they inherit NODE_OPTIONS) spends less of the build collecting garbage.
const nodeOptions = [process.env.NODE_OPTIONS, "--max-semi-space-size=32"].filter(Boolean).join(" ")
const out = resolve(APP_DIR, process.env.KUBE_NOTES_WEB_OUT || "out")
const staging = join(APP_DIR, EXPORT_STAGING)
mkdirSync(dirname(staging), { recursive: true })

const status = await withExportLock(
  `${staging}.lock`,
  () => {
    rmSync(staging, { recursive: true, force: true })
    const result = spawnSync(join(APP_DIR, "node_modules/.bin/next"), ["build", ...process.argv.slice(2)], {
      cwd: APP_DIR,
      stdio: "inherit",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        ...process.env,
        NODE_OPTIONS: nodeOptions,
        KUBE_NOTES_EXPORT_STAGING: "1",
      },
    })
    if (result.status !== 0) return result.status ?? 1
    rmSync(out, { recursive: true, force: true })
    mkdirSync(dirname(out), { recursive: true })
    renameSync(staging, out)
    return 0
  },
  () => console.log("@kube-notes/web: another build of the site is running; waiting for it"),
)
if (status !== 0) process.exit(status)
const removed = await pruneRscPayloads(out)
console.log(`@kube-notes/web: removed ${removed} unused RSC payload files from ${out}`)
