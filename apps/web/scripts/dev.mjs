// `pnpm dev`: builds the site data, starts `next dev`, and watches the notes folder. On a
// change it updates the graph incrementally (core's createGraphBuilder().update), rewrites
// .generated/graph.json and the changed notes' bodies, and bumps src/generated/content-version.ts, a module the layout
// imports, so Next reloads the open page with the new content.
import { spawn } from "node:child_process"
import { watch } from "node:fs"
import { readFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join, resolve } from "node:path"
import {
  createGraphBuilder,
  formatDiagnostic,
  isNotePath,
  readContentDir,
  writeGraphOutput,
} from "@kube-notes/core"
import { writeContentVersion } from "./lib/content-version.mjs"
import { APP_DIR, getDataDir } from "./lib/data-dir.mjs"

const run = (args) => spawn(process.execPath, args, { cwd: APP_DIR, stdio: "inherit", env: process.env })
await new Promise((done, fail) =>
  run(["scripts/prepare-content.mjs"]).on("exit", (code) =>
    code === 0 ? done() : fail(new Error("prepare-content failed")),
  ),
)

const contentDir = process.env.KUBE_NOTES_CONTENT
  ? resolve(process.env.KUBE_NOTES_CONTENT)
  : dirname(createRequire(import.meta.url).resolve("@kube-notes/content/package.json"))
const builder = createGraphBuilder()
await builder.build(await readContentDir(contentDir))

const next = spawn(join(APP_DIR, "node_modules/.bin/next"), ["dev", "--port", process.env.PORT ?? "3000"], {
  cwd: APP_DIR,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
})
next.on("exit", (code) => process.exit(code ?? 0))
// Stop Next with us, or a stray dev server keeps the port and the .next/dev lock.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => next.kill(signal))

const pending = new Set()
let timer
const IGNORED = /(^|\/)(node_modules|dist|\.git|\.turbo|\.next|out|reports)(\/|$)/
watch(contentDir, { recursive: true }, (_event, name) => {
  if (!name || IGNORED.test(name)) return
  pending.add(name.split("\\").join("/"))
  clearTimeout(timer)
  timer = setTimeout(rebuild, 150)
})
console.log(`kube-notes dev: watching ${contentDir} for note changes`)

async function rebuild() {
  const names = [...pending]
  pending.clear()
  const started = Date.now()
  const changed = []
  const removed = []
  let glossary
  for (const name of names) {
    const bytes = await readFile(join(contentDir, name)).catch(() => undefined)
    if (name === "glossary.yaml") glossary = bytes ? { path: name, bytes } : null
    else if (!isNotePath(name)) continue
    else if (bytes) changed.push({ path: name, bytes })
    else removed.push(name)
  }
  if (changed.length === 0 && removed.length === 0 && glossary === undefined) {
    // An image or another file: re-read the folder so asset checks stay right.
    await builder.build(await readContentDir(contentDir))
  }
  const built = await builder.update({ changed, removed, ...(glossary !== undefined ? { glossary } : {}) })
  const { graph } = built
  await writeGraphOutput(getDataDir(), built)
  await writeContentVersion(`dev-${Date.now()}`)
  for (const d of graph.diagnostics) console.log(`  ${formatDiagnostic(d)}`)
  console.log(`kube-notes dev: ${names.join(", ")} → graph rebuilt in ${Date.now() - started} ms`)
}
