/**
 * The last graph built from a folder, kept with a fingerprint of everything it was built from
 * (analysis version, every note's path and bytes, the asset list, the glossary). A rebuild of
 * an unchanged folder reads it back instead of assembling the graph again.
 * File layout: the fingerprint, a newline, the graph's JSON — so a stale file costs one line.
 */
import { createHash } from "node:crypto"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import type { Graph } from "@kube-notes/graph"
import { ANALYSIS_VERSION } from "../analyze/processor.ts"
import type { ContentSource } from "../source/types.ts"

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

export async function readCachedGraph(
  cacheDir: string,
  dir: string,
  fingerprint: string,
): Promise<Graph | undefined> {
  try {
    const text = await readFile(graphFile(cacheDir, dir), "utf8")
    const newline = text.indexOf("\n")
    if (text.slice(0, newline) !== fingerprint) return undefined
    return JSON.parse(text.slice(newline + 1)) as Graph
  } catch {
    return undefined
  }
}

export async function writeCachedGraph(
  cacheDir: string,
  dir: string,
  fingerprint: string,
  graph: Graph,
): Promise<void> {
  const file = graphFile(cacheDir, dir)
  try {
    await mkdir(join(cacheDir, "graphs"), { recursive: true })
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, `${fingerprint}\n${JSON.stringify(graph)}`)
    await rename(temporary, file)
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}
