// `next build` as every build of the site runs it (package build, browser tests, robustness,
// benchmark), then removes the RSC payload files nobody fetches (scripts/lib/prune-rsc.mjs).
//
// Every build writes into one staging folder with one Next configuration, then the export is
// moved to its place (`out/`, or KUBE_NOTES_WEB_OUT): Turbopack's build cache (.next/cache) is
// keyed by the configuration, so every export — the site, the tests' and the benchmark's — reuses
// one compile. Builds take a lock for the build and the move (scripts/lib/export-lock.mjs).
//
// Next renders one note page, a template; every note's page is written from it and from the
// note's content HTML, which this script renders into the data folder first, outside Next
// (scripts/lib/render-note-html.mjs, src/lib/data/note-html.ts). That HTML is kept between builds
// under a key of the code and the data every page shares (scripts/lib/code-fingerprint.mjs): a
// rebuild renders again only the notes whose page data or bodies changed.
//
// Term and command pages are made the same way: Next renders one template page per route, and the
// pages are rendered here with the routes' own components (src/lib/render/list-pages.tsx) and
// written from it (scripts/lib/fill-list-pages.mjs); the learning path's list items too, into the
// list Next left as a slot, and the content of home, the glossary and the cheat sheet into theirs. They read only what Next's input holds, so a
// rebuild that skips `next build` keeps them as they are.
//
// The notes' images are no page either: this script copies them from the data folder into the
// export's assets/ (scripts/lib/export-update.mjs's writeImages; the route that serves them under
// `next dev` is `route.dev.ts`, not built), after every build and every update of a kept export.
//
// Next reads only its input folder (scripts/lib/next-input.mjs: the one site setting the layout
// reads; no page Next renders reads the notes or the images), so one `next build` serves every
// export of the same code and settings. Two fingerprints (next-input.mjs's buildFingerprints):
// - the export's — the code, Next's input, and what the pages rendered outside Next read (the graph
//   without plain text, the deck's counts). When it is what the last build of this data folder had,
//   and its export is still in place, that export is kept: the note pages whose HTML or title
//   changed are written again from the kept template (made plain once, after the build), the
//   files that change with the text (search index, graph view data, study deck) are copied in and
//   the images made the data folder's (scripts/lib/export-update.mjs);
// - the shell's — the code and Next's input. Next's export, before any page is filled, is kept
//   under it outside the data folder (scripts/lib/next-shell.mjs): a build from nothing of code
//   that was built before copies it instead of running `next build`, and fills every page.
import { spawn } from "node:child_process"
import { mkdirSync, renameSync, rmSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { getCodeFingerprint, getSharedDataFingerprint } from "./lib/code-fingerprint.mjs"
import { APP_DIR, EXPORT_STAGING, getDataDir } from "./lib/data-dir.mjs"
import { withExportLock } from "./lib/export-lock.mjs"
import {
  findReusableBuild,
  keepTemplate,
  saveRecord,
  updateExport,
  writeDirectFiles,
  writeImages,
} from "./lib/export-update.mjs"
import { fillPageSlot, writeListPages } from "./lib/fill-list-pages.mjs"
import { makeExportPlain, writeNotePagesFrom } from "./lib/fill-note-pages.mjs"
import { buildFingerprints } from "./lib/next-input.mjs"
import { restoreShell, saveShell } from "./lib/next-shell.mjs"
import { preparedData } from "./lib/prepare-handoff.mjs"
import { pruneRscPayloads } from "./lib/prune-rsc.mjs"
import { startNoteHtml } from "./lib/render-note-html.mjs"

// Every build of the site is a production build, as `next build` run alone makes it: Next and the
// React of the pages rendered here read NODE_ENV, which a caller may have set otherwise (vitest sets
// `test` for the browser tests' and robustness' exports). So every export is built as the site is,
// and builds of the same code share one fingerprint (code-fingerprint.mjs reads no NODE_ENV), one
// build id and one kept Next export.
process.env.NODE_ENV = "production"
const out = resolve(APP_DIR, process.env.KUBE_NOTES_WEB_OUT || "out")
const staging = join(APP_DIR, EXPORT_STAGING)
const dataDir = getDataDir()
const code = getCodeFingerprint()
// KUBE_NOTES_WEB_FULL=1 renders every note again (no key: nothing kept is trusted).
const htmlKey = process.env.KUBE_NOTES_WEB_FULL === "1" ? "" : `${code}:${getSharedDataFingerprint(dataDir)}`

// Rendering a page allocates many short-lived objects; a larger young generation in Next's
// build workers (they inherit NODE_OPTIONS) spends less of the build collecting garbage.
const nodeOptions = [process.env.NODE_OPTIONS, "--max-semi-space-size=32"].filter(Boolean).join(" ")

function nextBuild(inputDir, args) {
  rmSync(staging, { recursive: true, force: true })
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    NODE_OPTIONS: nodeOptions,
    KUBE_NOTES_EXPORT_STAGING: "1",
    // Term and command pages are made the same way: Next renders one template page per route, and the
    // pages are rendered here with the routes' own components (src/lib/render/list-pages.tsx) and
    // written from it (scripts/lib/fill-list-pages.mjs). They read only what Next's input holds, so a
    // rebuild that skips `next build` keeps them as they are.
    //
    // Next reads only its input folder (scripts/lib/next-input.mjs), relative to apps/web.
    KUBE_NOTES_WEB_DATA: relative(APP_DIR, inputDir),
    // The same code gets the same build id: builds of the same code write the same pages.
    KUBE_NOTES_BUILD_ID: code.slice(0, 20),
  }
  const child = spawn(join(APP_DIR, "node_modules/.bin/next"), ["build", ...args], {
    cwd: APP_DIR,
    stdio: "inherit",
    env,
  })
  return new Promise((resolve, reject) => {
    child.once("error", reject)
    child.once("exit", (code) => resolve(code ?? 1))
  })
}

/** Renders the stale notes' HTML (startNoteHtml) and says how long it took. */
async function renderNotes(render) {
  const started = Date.now()
  const rendered = await render()
  console.log(`@kube-notes/web: rendered ${rendered} note pages' HTML (${Date.now() - started} ms)`)
}

/** Renders every term and command page (startNoteHtml's listPages) and says how long it took. */
async function renderListPages(listPages) {
  const started = Date.now()
  const pages = await listPages()
  console.log(`@kube-notes/web: rendered ${pages.length} term and command pages (${Date.now() - started} ms)`)
  return pages
}

// The pages read the data folder relative to apps/web, in Next and in the note rendering here.
process.chdir(APP_DIR)
const notes = await startNoteHtml(code, htmlKey, dataDir)
const nextArgs = process.argv.slice(2)
const input = buildFingerprints(code, dataDir, notes.graph, nextArgs)
const fingerprint = input.export
const full = process.env.KUBE_NOTES_WEB_FULL === "1"
const last = full ? undefined : findReusableBuild(dataDir, { fingerprint, exportDir: out })

if (last) {
  // Nothing Next reads changed: the last export stays, its note pages, direct files and images are rewritten.
  await renderNotes(notes.render)
  await preparedData()
  const { written, removed, images } = updateExport(out, dataDir, last)
  saveRecord(dataDir, { fingerprint, exportDir: out })
  console.log(
    `@kube-notes/web: next build skipped (its input is unchanged); wrote ${written} changed note pages from the kept template, removed ${removed}; images: wrote ${images.written}, removed ${images.removed}`,
  )
  process.exit(0)
}

mkdirSync(dirname(staging), { recursive: true })
const status = await withExportLock(
  `${staging}.lock`,
  async () => {
    // Next reads none of the notes' HTML: they render while it builds (its compile and its
    // single-threaded stretches leave cores idle on a small machine).
    // Next is waited for even when the rendering fails, so the lock is never left while it runs.
    const renderAll = async () => {
      await renderNotes(notes.render)
      return { pages: await renderListPages(notes.listPages), slots: await notes.pageSlots() }
    }
    // Next's export for this code and input, kept by an earlier build (KUBE_NOTES_WEB_FULL=1: never).
    let template = full ? undefined : restoreShell(input.shell, staging)
    let rendered
    if (template !== undefined) {
      console.log(
        "@kube-notes/web: next build skipped: Next's export for this code and Next input was kept (.cache/next-shell)",
      )
      rendered = await renderAll()
    } else {
      const [built, renderedAll] = await Promise.allSettled([nextBuild(input.dir, nextArgs), renderAll()])
      if (built.status === "rejected") throw built.reason
      if (renderedAll.status === "rejected") throw renderedAll.reason
      const status = built.value
      if (status !== 0) return status
      rendered = renderedAll.value
      template = makeExportPlain(staging)
      saveShell(input.shell, staging, template)
    }
    keepTemplate(dataDir, template)
    const pages = writeNotePagesFrom(staging, dataDir, template)
    console.log(`@kube-notes/web: wrote ${pages} note pages from the template`)
    const listed = writeListPages(staging, rendered.pages)
    for (const slot of rendered.slots) fillPageSlot(staging, slot)
    console.log(
      `@kube-notes/web: wrote ${listed} term and command pages from their templates, and the content of ${rendered.slots.map((slot) => slot.page).join(", ")}`,
    )
    // Run by scripts/build-site.mjs, prepare may still be writing the search index and graph view.
    await preparedData()
    writeDirectFiles(staging, dataDir)
    const images = writeImages(staging, dataDir)
    console.log(`@kube-notes/web: copied ${images.written} images into the export`)
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
saveRecord(dataDir, { fingerprint, exportDir: out })
