#!/usr/bin/env node
/**
 * Whether this checkout's `kube-notes build --no-cache` writes what BEFORE's does, on the
 * generated corpus: both CLIs build into folders of their own, then every file is compared
 * byte for byte, except first-screen.json's `graphMtimeMs` (graph.json's modification time,
 * which differs between any two builds). Prints what differs and exits 1 when anything does.
 *
 *   node bench/same-output.mjs BEFORE [--notes 1000]
 *
 * BEFORE is a built checkout of another commit (its apps/tui/bin/kube-notes.mjs is run).
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { benchCorpus } from "./lib/core-sides.mjs"

const { values, positionals } = parseArgs({ allowPositionals: true, options: { notes: { type: "string" } } })
const corpus = benchCorpus(Number(values.notes ?? 1000))
const roots = {
  before: resolve(positionals[0] ?? ""),
  after: dirname(dirname(fileURLToPath(import.meta.url))),
}
const outs = {}
for (const [side, root] of Object.entries(roots)) {
  outs[side] = mkdtempSync(join(tmpdir(), `kn-same-${side}-`))
  const bin = join(root, "apps/tui/bin/kube-notes.mjs")
  // Exit code 1 only says the notes have warnings (the generator leaves some on purpose).
  try {
    execFileSync(process.execPath, [bin, "build", "--content", corpus, "--out", outs[side], "--no-cache"], {
      stdio: "ignore",
    })
  } catch (error) {
    if (error.status !== 1) throw error
  }
}

const files = (root, dir = root) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  )
const left = new Set(files(outs.before))
const right = new Set(files(outs.after))
const differ = []
for (const name of new Set([...left, ...right])) {
  if (!left.has(name) || !right.has(name)) {
    differ.push(`${name}: only ${left.has(name) ? "before" : "after"}`)
    continue
  }
  let a = readFileSync(join(outs.before, name))
  let b = readFileSync(join(outs.after, name))
  if (name === "first-screen.json") {
    const strip = (bytes) => JSON.stringify({ ...JSON.parse(bytes.toString("utf8")), graphMtimeMs: 0 })
    a = Buffer.from(strip(a))
    b = Buffer.from(strip(b))
  }
  if (!a.equals(b)) differ.push(`${name}: differs`)
}
console.log(`before ${left.size} files, after ${right.size} files; ${differ.length} differ`)
for (const line of differ.slice(0, 20)) console.log(`  ${line}`)
for (const out of Object.values(outs)) rmSync(out, { recursive: true, force: true })
process.exitCode = differ.length > 0 ? 1 : 0
