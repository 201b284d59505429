/**
 * The last graph built from a folder, kept with a fingerprint of everything it was built from
 * (analysis version, every note's path and bytes, the asset list, the glossary). A rebuild of
 * an unchanged folder reads it back instead of assembling the graph again.
 * File layout: the fingerprint; a line `{ sha1, summary }` (the graph's counts and diagnostics,
 * graph-summary.ts, and the hash of what follows); the graph as graph.json has it
 * (`encodeGraph`). A stale file costs one line; an unchanged folder's build prints the summary
 * and writes nothing, so the graph itself is parsed only when someone reads it.
 * The bodies sit in a second file of the same layout (a JSON array of every note's bodies),
 * parsed only when someone reads a body: a rebuild that only writes graph.json never does.
 */
import { createHash } from "node:crypto"
import { closeSync, openSync, readFileSync, readSync } from "node:fs"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { decodeGraph, encodeGraph, type Graph, type NoteBodies } from "@kube-notes/graph"
import { ANALYSIS_VERSION } from "../analyze/analysis-version.ts"
import type { ContentSource } from "../source/types.ts"
import { type BuiltGraph, createBodies } from "./graph-bodies.ts"
import { type GraphSummary, summarizeGraph } from "./graph-summary.ts"

export function fingerprintSource(source: ContentSource): string {
  const hash = createHash("sha1").update(ANALYSIS_VERSION)
  const notes = [...source.notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const note of notes) hash.update("\0n").update(note.path).update("\0").update(note.bytes)
  for (const asset of [...source.assets].sort()) hash.update("\0a").update(asset)
  if (source.glossary)
    hash.update("\0g").update(source.glossary.path).update("\0").update(source.glossary.bytes)
  for (const problem of source.problems ?? []) hash.update("\0p").update(JSON.stringify(problem))
  return hash.digest("hex")
}

function graphFile(cacheDir: string, dir: string): string {
  return join(cacheDir, "graphs", `${createHash("sha1").update(resolve(dir)).digest("hex")}.json`)
}

function bodiesFile(cacheDir: string, dir: string): string {
  return graphFile(cacheDir, dir).replace(/\.json$/, ".bodies.json")
}

export async function readCachedGraph(
  cacheDir: string,
  dir: string,
  fingerprint: string,
): Promise<BuiltGraph | undefined> {
  try {
    const bodies = bodiesFile(cacheDir, dir)
    if (readFirstLine(bodies, fingerprint.length) !== fingerprint) return undefined
    const bytes = await readFile(graphFile(cacheDir, dir))
    const first = bytes.indexOf(10)
    const second = bytes.indexOf(10, first + 1)
    if (first < 0 || second < 0 || bytes.toString("utf8", 0, first) !== fingerprint) return undefined
    const head = JSON.parse(bytes.toString("utf8", first + 1, second)) as {
      sha1: string
      summary: GraphSummary
    }
    const rest = bytes.subarray(second + 1)
    // Checked now, parsed on first use: a damaged file is a cache miss, never a later crash.
    if (createHash("sha1").update(rest).digest("hex") !== head.sha1) return undefined
    let graph: Graph | undefined
    return {
      get graph() {
        graph ??= decodeGraph(JSON.parse(rest.toString("utf8")))
        return graph
      },
      bodies: createBodies(() => readBodies(bodies, fingerprint)),
      fingerprint,
      summary: head.summary,
    }
  } catch {
    return undefined
  }
}

/** The cached bodies; sync because a reader asks for one body at a time, long after the build. */
function readBodies(file: string, fingerprint: string): NoteBodies[] {
  const text = readFileSync(file, "utf8")
  // The file was checked when the graph was read; a changed one now is a programmer's race.
  if (!text.startsWith(`${fingerprint}\n`))
    throw new Error(`${file} changed after the graph was read from it`)
  return JSON.parse(text.slice(fingerprint.length + 1)) as NoteBodies[]
}

function readFirstLine(file: string, length: number): string {
  const handle = openSync(file, "r")
  try {
    const buffer = Buffer.alloc(length)
    return buffer.subarray(0, readSync(handle, buffer, 0, length, 0)).toString("utf8")
  } finally {
    closeSync(handle)
  }
}

export async function writeCachedGraph(
  cacheDir: string,
  dir: string,
  fingerprint: string,
  built: BuiltGraph,
): Promise<void> {
  try {
    await mkdir(join(cacheDir, "graphs"), { recursive: true })
    const bodies: NoteBodies[] = []
    for (const node of built.graph.nodes) {
      const entry = node.kind === "note" ? built.bodies.getNoteBodies(node.id) : undefined
      if (entry) bodies.push(entry)
    }
    await writeAtomically(bodiesFile(cacheDir, dir), `${fingerprint}\n${JSON.stringify(bodies)}`)
    const text = JSON.stringify(encodeGraph(built.graph))
    const head = { sha1: createHash("sha1").update(text).digest("hex"), summary: summarizeGraph(built.graph) }
    await writeAtomically(graphFile(cacheDir, dir), `${fingerprint}\n${JSON.stringify(head)}\n${text}`)
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, text)
  await rename(temporary, file)
}
