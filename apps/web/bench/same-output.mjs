// Whether this checkout's site build writes the export another checkout's does, byte for byte:
// both build the same generated notes (../shared/bench/gen-corpus.mjs) from nothing, each into an
// export outside both trees, and every file is compared. The build id is each checkout's code
// fingerprint (scripts/next-build.mjs), so it differs whenever the code does: it is replaced by a
// placeholder in names and contents before comparing; nothing else is.
//   node bench/same-output.mjs [NOTES=300] --before=DIR [--keep]   (DIR: the other checkout's apps/web, built)
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, resolve } from "node:path"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"
import { generateCorpus } from "./lib/process-runs.mjs"

const beforeArg = process.argv.find((arg) => arg.startsWith("--before="))
if (!beforeArg) throw new Error("usage: node bench/same-output.mjs [NOTES=300] --before=DIR")
const notes = Number(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? 300)
const scratch = mkdtempSync(join(tmpdir(), "kube-notes-same-output-"))
const corpus = join(scratch, "notes")
generateCorpus(corpus, notes)
/** The data folder the site benchmark uses too (removed after), so the other checkout gets nothing new. */
const DATA = "dist/bench-data"
const sides = [APP_DIR, resolve(beforeArg.slice("--before=".length))].map((app, i) => {
  const out = join(scratch, `out-${i}`)
  const env = {
    ...process.env,
    KUBE_NOTES_CONTENT: corpus,
    KUBE_NOTES_WEB_DATA: DATA,
    KUBE_NOTES_WEB_OUT: out,
    KUBE_NOTES_WEB_FULL: "",
    XDG_CACHE_HOME: join(scratch, `cache-${i}`),
    BASE_PATH: "",
    NEXT_TELEMETRY_DISABLED: "1",
  }
  rmSync(join(app, DATA), { recursive: true, force: true })
  // A side whose `pnpm build` overlaps the two halves (scripts/build-site.mjs) is built by it.
  const scripts = existsSync(join(app, "scripts/build-site.mjs"))
    ? ["scripts/build-site.mjs"]
    : ["scripts/prepare-content.mjs", "scripts/next-build.mjs"]
  for (const script of scripts) execFileSync(process.execPath, [script], { cwd: app, env, stdio: "ignore" })
  rmSync(join(app, DATA), { recursive: true, force: true })
  // Next's per-build folder under _next/static/ is named by the build id.
  const buildId = readdirSync(join(out, "_next/static")).find((name) => /^[0-9a-f]{20}$/.test(name))
  if (!buildId) throw new Error(`${app}: no build id folder in the export`)
  return { app, out, buildId }
})

const files = (root) => {
  const found = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name))
      else found.push(relative(root, join(dir, entry.name)))
    }
  }
  walk(root)
  return found
}
const normal = (text, buildId) => text.split(buildId).join("BUILD-ID")
/** Where two files (read as latin1) first part: the byte, and a few on each side in both, to see why. */
function whereTheyDiffer(a, b) {
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  // Shown as UTF-8 (the pages' encoding); a cut multi-byte character shows as U+FFFD.
  const around = (text) =>
    JSON.stringify(Buffer.from(text.slice(Math.max(0, at - 40), at + 60), "latin1").toString("utf8"))
  return `at byte ${at}:\n    this: ${around(a)}\n    other: ${around(b)}`
}
const [ours, theirs] = sides
const ourFiles = new Map(files(ours.out).map((file) => [normal(file, ours.buildId), file]))
const differences = []
let equal = 0
for (const file of files(theirs.out)) {
  const name = normal(file, theirs.buildId)
  const mine = ourFiles.get(name)
  ourFiles.delete(name)
  if (mine === undefined) differences.push(`${name}: only in ${theirs.app}`)
  else {
    // latin1: one character a byte, so binary files compare byte for byte too.
    const a = normal(readFileSync(join(ours.out, mine), "latin1"), ours.buildId)
    const b = normal(readFileSync(join(theirs.out, file), "latin1"), theirs.buildId)
    if (a === b) equal++
    else differences.push(`${name}: differs ${whereTheyDiffer(a, b)}`)
  }
}
for (const name of ourFiles.keys()) differences.push(`${name}: only in ${ours.app}`)
console.log(`${notes} notes: ${equal} files equal (build ids ${ours.buildId} and ${theirs.buildId} aside)`)
for (const difference of differences) console.log(`  ${difference}`)
// --keep leaves both exports for a closer look.
if (process.argv.includes("--keep")) console.log(`exports kept: ${ours.out} (this) and ${theirs.out} (other)`)
else rmSync(scratch, { recursive: true, force: true })
process.exit(differences.length > 0 ? 1 : 0)
