/**
 * The bare parse as a program of its own: read every Markdown note under DIR and parse it with
 * unified + remark-parse + remark-gfm on one thread, then exit.
 *   node probes/bare-parse.mjs DIR
 * The bench times it from outside, as it times `kube-notes build` (node start and imports
 * included), which is how issue 12 measured both sides. probes/build.mjs's `bare` mode times the
 * same parse from inside, after its imports; the benches print both.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"

const dir = process.argv[2]
if (!dir) throw new Error("usage: node probes/bare-parse.mjs DIR")
const processor = unified().use(remarkParse).use(remarkGfm).freeze()
let notes = 0
for (const name of readdirSync(dir, { recursive: true })) {
  if (!name.endsWith(".md")) continue
  processor.parse(readFileSync(join(dir, name), "utf8"))
  notes++
}
console.log(JSON.stringify({ notes }))
