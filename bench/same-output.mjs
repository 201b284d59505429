#!/usr/bin/env node
/**
 * Whether two `kube-notes build --out` folders hold the same output: every file byte for byte,
 * except first-screen.json's `graphMtimeMs` (graph.json's modification time, which differs
 * between any two builds). Prints what differs and exits 1 when anything does.
 *
 *   node bench/same-output.mjs OUT_A OUT_B
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"

const [a, b] = process.argv.slice(2)
const files = (root, dir = root) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  )
const left = new Set(files(a))
const right = new Set(files(b))
const differ = []
for (const name of new Set([...left, ...right])) {
  if (!left.has(name) || !right.has(name)) {
    differ.push(`${name}: only in ${left.has(name) ? a : b}`)
    continue
  }
  let x = readFileSync(join(a, name))
  let y = readFileSync(join(b, name))
  if (name === "first-screen.json") {
    const strip = (bytes) => JSON.stringify({ ...JSON.parse(bytes.toString("utf8")), graphMtimeMs: 0 })
    x = Buffer.from(strip(x))
    y = Buffer.from(strip(y))
  }
  if (!x.equals(y)) differ.push(`${name}: differs`)
}
console.log(`${left.size} / ${right.size} files; ${differ.length} differ`)
for (const line of differ.slice(0, 20)) console.log(`  ${line}`)
process.exitCode = differ.length > 0 ? 1 : 0
