#!/usr/bin/env node
/**
 * Writes one `## ` section of docs/benchmarks.md and leaves every other section as it is:
 * several packages' benches share the file, each owning its own heading.
 *
 *   import { writeSection } from "…/bench/write-section.mjs"
 *   writeSection("docs/benchmarks.md", "## Search", markdownBody)
 *
 *   node bench/write-section.mjs docs/benchmarks.md "## Search" < body.md
 *
 * The section's text runs from its heading line to the next line starting with `## ` (or the
 * end of the file); only that text is replaced. A section not yet in the file is appended.
 * `writeHeader` replaces the text before the first `## ` heading (the file's title and intro).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

export function writeSection(file, heading, body) {
  if (!/^## \S/.test(heading) || heading.includes("\n"))
    throw new Error(
      `writeSection: heading must be one line starting with "## ", got ${JSON.stringify(heading)}`,
    )
  const text = existsSync(file) ? readFileSync(file, "utf8") : ""
  writeAtomically(file, replaceSection(text, heading, body))
}

export function writeHeader(file, body) {
  const text = existsSync(file) ? readFileSync(file, "utf8") : ""
  const first = findHeading(text, 0)
  const rest = first === -1 ? "" : text.slice(first)
  writeAtomically(file, `${body.trimEnd()}\n\n${rest}`.replace(/\n+$/, "\n"))
}

/** Pure: `text` with the section under `heading` replaced by (or appended as) `body`. */
export function replaceSection(text, heading, body) {
  const section = `${heading}\n\n${body.trim()}\n`
  const start = findLine(text, heading)
  if (start === -1) return `${text.trimEnd()}${text.trim() ? "\n\n" : ""}${section}`
  const next = findHeading(text, start + heading.length)
  const after = next === -1 ? "" : `\n${text.slice(next)}`
  return `${text.slice(0, start)}${section}${after}`
}

/** Offset of the line that is exactly `line`, or -1. */
function findLine(text, line) {
  for (let at = text.indexOf(line); at !== -1; at = text.indexOf(line, at + 1)) {
    const startsLine = at === 0 || text[at - 1] === "\n"
    const end = at + line.length
    if (startsLine && (end === text.length || text[end] === "\n" || text[end] === "\r")) return at
  }
  return -1
}

/** Offset of the next line starting with `## ` at or after `from`, or -1. */
function findHeading(text, from) {
  const match = /^## /m.exec(text.slice(from))
  return match ? from + match.index : -1
}

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, file)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, heading] = process.argv.slice(2)
  if (!file || !heading) {
    console.error('usage: node bench/write-section.mjs FILE "## Heading" < body.md')
    process.exit(2)
  }
  writeSection(file, heading, readFileSync(0, "utf8"))
}
