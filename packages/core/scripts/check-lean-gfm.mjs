#!/usr/bin/env node
/**
 * Parses every Markdown file under the given folders twice — with core's parser (GFM tables and
 * autolink literals only where they can start, src/analyze/lean-gfm.ts) and with remark-gfm as
 * published — and counts the files whose trees differ (positions included). Needs core built.
 *
 *   node packages/core/scripts/check-lean-gfm.mjs DIR [DIR…]
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { isDeepStrictEqual } from "node:util"
import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"
import { parseInChunks } from "../dist/analyze/chunked-parse.js"
import { constructsNeededBy } from "../dist/analyze/lean-gfm.js"
import { parseMarkdown } from "../dist/analyze/processor.js"

const published = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze()
const decoder = new TextDecoder()
let files = 0
let different = 0
let lean = 0
for (const dir of process.argv.slice(2)) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|markdown)$/i.test(entry.name)) continue
    const path = join(entry.parentPath, entry.name)
    if (path.slice(dir.length).includes("node_modules")) continue
    const text = decoder.decode(readFileSync(path))
    files++
    if (constructsNeededBy(text).length < 4) lean++
    const expected = parseInChunks(text, (chunk) => published.parse(chunk))
    if (!isDeepStrictEqual(parseMarkdown(text), expected)) {
      different++
      console.log(`differs: ${path}`)
    }
  }
}
console.log(`${files} files (${lean} parsed without some of GFM's constructs), ${different} trees differ`)
process.exitCode = different === 0 && files > 0 ? 0 : 1
