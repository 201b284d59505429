// `next build` as every build of the site runs it (package build, browser tests, robustness,
// benchmark), then removes the RSC payload files nobody fetches (scripts/lib/prune-rsc.mjs).
//
// Every build writes into one staging folder with one Next configuration, then the export is
// moved to its place (`out/`, or KUBE_NOTES_WEB_OUT): Turbopack's build cache (.next/cache) is
// keyed by the configuration, so every export — the site, the tests' and the benchmark's — reuses
// one compile. Builds take a lock for the build and the move (scripts/lib/export-lock.mjs).
//
// A rebuild reuses the previous export when the code fingerprint (scripts/lib/code-fingerprint.mjs)
// and the data every page shares are the ones that export was built with: Next renders only the
// note pages whose page data or bodies changed (src/lib/data/note-pages.ts) plus the other
// routes, and the unchanged note pages are moved over from the previous export. If Next's
// compiled output differs all the same (its `_next/static` files), the build is run again in
// full. KUBE_NOTES_WEB_FULL=1 forces a full build.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { getCodeFingerprint, getSharedDataFingerprint } from "./lib/code-fingerprint.mjs"
import { APP_DIR, EXPORT_STAGING, getDataDir } from "./lib/data-dir.mjs"
import { withExportLock } from "./lib/export-lock.mjs"
import { pruneRscPayloads } from "./lib/prune-rsc.mjs"
import {
  exportStateFile,
  keepUnchangedPages,
  listStaticFiles,
  notePagesIndex,
  readJson,
} from "./lib/reuse-export.mjs"

const out = resolve(APP_DIR, process.env.KUBE_NOTES_WEB_OUT || "out")
const staging = join(APP_DIR, EXPORT_STAGING)
const dataDir = getDataDir()
const stateFile = exportStateFile(dataDir)
const code = getCodeFingerprint()
const data = getSharedDataFingerprint(dataDir)
const state = readJson(stateFile)
const canReuse =
  process.env.KUBE_NOTES_WEB_FULL !== "1" &&
  state?.code === code &&
  state.data === data &&
  state.out === out &&
  existsSync(join(out, "index.html"))

// Rendering a page allocates many short-lived objects; a larger young generation in Next's
// build workers (they inherit NODE_OPTIONS) spends less of the build collecting garbage.
const nodeOptions = [process.env.NODE_OPTIONS, "--max-semi-space-size=32"].filter(Boolean).join(" ")
// The state is written again only when this build succeeds.
const previousState = `${stateFile}.previous`

function nextBuild(reuse) {
  rmSync(staging, { recursive: true, force: true })
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    NODE_OPTIONS: nodeOptions,
    KUBE_NOTES_EXPORT_STAGING: "1",
    // The same code gets the same build id: pages kept from the previous export stay valid.
    KUBE_NOTES_BUILD_ID: code.slice(0, 20),
    KUBE_NOTES_WEB_REUSE: reuse ? previousState : "",
  }
  const result = spawnSync(join(APP_DIR, "node_modules/.bin/next"), ["build", ...process.argv.slice(2)], {
    cwd: APP_DIR,
    stdio: "inherit",
    env,
  })
  return result.status ?? 1
}

mkdirSync(dirname(staging), { recursive: true })
const status = await withExportLock(
  `${staging}.lock`,
  () => {
    rmSync(previousState, { force: true })
    if (existsSync(stateFile)) renameSync(stateFile, previousState)
    let built = false
    if (canReuse) {
      const status = nextBuild(true)
      if (status !== 0) return status
      if (listStaticFiles(out) === listStaticFiles(staging)) {
        const kept = keepUnchangedPages(out, staging, readJson(notePagesIndex(dataDir)) ?? [])
        console.log(`@kube-notes/web: kept ${kept} unchanged note pages from the previous export`)
        built = true
      } else {
        console.log("@kube-notes/web: the compiled code differs from the previous export's: building in full")
      }
    }
    if (!built) {
      const status = nextBuild(false)
      if (status !== 0) return status
    }
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
writeFileSync(stateFile, JSON.stringify({ code, data, out, pages: readJson(notePagesIndex(dataDir)) ?? [] }))
rmSync(previousState, { force: true })
