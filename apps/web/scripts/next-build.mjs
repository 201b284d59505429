// `next build` as every build of the site runs it (package build, browser tests, benchmark),
// then removes the RSC payload files nobody fetches (scripts/lib/prune-rsc.mjs).
//
// A rebuild reuses the previous export when the code fingerprint (scripts/lib/code-fingerprint.mjs)
// is the one that export was built with: Next renders only the note pages whose page data or
// bodies changed (src/lib/data/note-pages.ts) plus the other routes, and the unchanged note
// pages are moved over from the previous export. If Next's compiled output differs all the same
// (its `_next/static` files), the build is run again in full. KUBE_NOTES_WEB_FULL=1 forces a full build.
import { spawnSync } from "node:child_process"
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { getCodeFingerprint } from "./lib/code-fingerprint.mjs"
import { APP_DIR, getDataDir } from "./lib/data-dir.mjs"
import { pruneRscPayloads } from "./lib/prune-rsc.mjs"
import {
  exportStateFile,
  keepUnchangedPages,
  listStaticFiles,
  notePagesIndex,
  readJson,
} from "./lib/reuse-export.mjs"

const out = resolve(APP_DIR, process.env.KUBE_NOTES_WEB_OUT || "out")
const dataDir = getDataDir()
const stateFile = exportStateFile(dataDir)
const code = getCodeFingerprint(dataDir)
const state = readJson(stateFile)
const canReuse =
  process.env.KUBE_NOTES_WEB_FULL !== "1" &&
  state?.code === code &&
  state.out === out &&
  existsSync(join(out, "index.html"))

// Rendering a page allocates many short-lived objects; a larger young generation in Next's
// build workers (they inherit NODE_OPTIONS) spends less of the build collecting garbage.
const nodeOptions = [process.env.NODE_OPTIONS, "--max-semi-space-size=32"].filter(Boolean).join(" ")

function nextBuild(reuse) {
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    NODE_OPTIONS: nodeOptions,
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

// The state is written again only when this build succeeds.
const previousState = `${stateFile}.previous`
rmSync(previousState, { force: true })
if (existsSync(stateFile)) renameSync(stateFile, previousState)
const previous = `${out}.previous`
rmSync(previous, { recursive: true, force: true })
let reused = false
if (canReuse) {
  renameSync(out, previous)
  const status = nextBuild(true)
  if (status !== 0) {
    rmSync(out, { recursive: true, force: true })
    renameSync(previous, out)
    process.exit(status)
  }
  if (listStaticFiles(previous) === listStaticFiles(out)) {
    const kept = keepUnchangedPages(previous, out, readJson(notePagesIndex(dataDir)) ?? [])
    console.log(`@kube-notes/web: kept ${kept} unchanged note pages from the previous export`)
    reused = true
  } else {
    console.log("@kube-notes/web: the compiled code differs from the previous export's: building in full")
  }
  rmSync(previous, { recursive: true, force: true })
}
if (!reused) {
  const status = nextBuild(false)
  if (status !== 0) process.exit(status)
}
const removed = await pruneRscPayloads(out)
console.log(`@kube-notes/web: removed ${removed} unused RSC payload files from ${out}`)
writeFileSync(stateFile, JSON.stringify({ code, out, pages: readJson(notePagesIndex(dataDir)) ?? [] }))
rmSync(previousState, { force: true })
