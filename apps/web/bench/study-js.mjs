// What the study page adds to the site's JavaScript: the gzipped size of every script
// /study/ loads that a React page without study mode (/search/) does not, plus the deck JSON it
// fetches. Reads a built export (default out/, else the folder given).
//   node bench/study-js.mjs [EXPORT_DIR=out]
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { APP_DIR } from "../scripts/lib/data-dir.mjs"

const out = join(APP_DIR, process.argv[2] ?? "out")
if (!existsSync(join(out, "study/index.html")))
  throw new Error(`${out}/study/index.html missing: build the site first`)

/** Script files a page loads (src of its <script> tags), as paths inside the export. */
function scriptsOf(page) {
  const html = readFileSync(join(out, page), "utf8")
  return new Set(
    [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
      .filter((match) => !/nomodule/i.test(match[0]))
      .map((match) => match[1])
      .filter((src) => src && !src.startsWith("http"))
      .map((src) => decodeURIComponent(src.replace(/^\/+/, "").split("?")[0] ?? "")),
  )
}

const gzipped = (file) => gzipSync(readFileSync(join(out, file))).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

const study = scriptsOf("study/index.html")
// A page that keeps React but has no study mode (the glossary no longer loads React at all:
// scripts/lib/plain-pages.mjs).
const base = scriptsOf("search/index.html")
const added = [...study].filter((file) => !base.has(file))
const addedBytes = added.reduce((sum, file) => sum + gzipped(file), 0)
const allBytes = [...study].reduce((sum, file) => sum + gzipped(file), 0)
const deck = gzipped("study-deck.json")

console.log(`/study/ loads ${study.size} scripts, ${kb(allBytes)} gzipped in all`)
for (const file of added) console.log(`  + ${file}  ${kb(gzipped(file))}`)
console.log(`added by study mode (not loaded by /search/): ${kb(addedBytes)} gzipped (target ≤ 30 KB)`)
console.log(
  `deck data /study-deck.json: ${kb(readFileSync(join(out, "study-deck.json")).length)}, ${kb(deck)} gzipped`,
)
if (addedBytes > 30 * 1024) process.exitCode = 1
