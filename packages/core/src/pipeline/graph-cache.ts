/**
 * The last graph built from a folder, kept with a fingerprint of everything it was built from
 * (analysis version, every note's path and bytes, the asset list, the glossary), and the
 * builder's state after that build. A rebuild of an unchanged folder reads the graph back
 * instead of assembling it again; a rebuild after some notes changed restores the builder
 * (builder-state.ts) and assembles only what the change touches.
 * Files, under `graphs/` named by the folder's path hash:
 * - `<hash>.json`: the fingerprint; a line `{ sha1, summary, bodies }` (the graph's counts and
 *   diagnostics, graph-summary.ts; each note's bodies file by sha1; the hash of those and of
 *   what follows);
 *   the graph as graph.json has it (`encodeGraph`). A stale file costs one line; an unchanged
 *   folder's build prints the summary and writes nothing, so the graph itself is parsed only
 *   when someone reads it.
 * - `<hash>.bodies/<sha1>.json`: one note's bodies, the bytes of its file in the output
 *   (write-output.ts), read only when someone asks for them; a build writes only new ones.
 * - `<hash>.state.json`: the builder's state.
 */
import { createHash } from "node:crypto"
import { closeSync, openSync, readFileSync, readSync } from "node:fs"
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { decodeGraph, type Graph, type NoteBodies } from "@kube-notes/graph"
import { ANALYSIS_VERSION } from "../analyze/analysis-version.ts"
import type { ContentSource } from "../source/types.ts"
import { decodeState, encodeState } from "./builder-state.ts"
import { type BuiltGraph, createLazyBodies, type EncodedBodies } from "./graph-bodies.ts"
import type { BuilderSnapshot } from "./graph-builder.ts"
import { encodeGraphBytes } from "./graph-bytes.ts"
import { type GraphSummary, summarizeGraph } from "./graph-summary.ts"
import { createWriteQueue } from "./write-queue.ts"

/** Body files written at once (as write-output.ts does). */
const WRITES_IN_FLIGHT = 16

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

const bodiesDir = (cacheDir: string, dir: string) => graphFile(cacheDir, dir).replace(/\.json$/, ".bodies")
const stateFile = (cacheDir: string, dir: string) =>
  graphFile(cacheDir, dir).replace(/\.json$/, ".state.json")

/** A saved body file's encoding, read from disk only when asked for. */
function storedBodies(folder: string, sha1: string): EncodedBodies & { read(): NoteBodies } {
  const file = join(folder, `${sha1}.json`)
  const bytes = () => {
    try {
      return readFileSync(file)
    } catch (error) {
      // Checked when the build began: only another build of the same folder removes one.
      throw new Error(
        `${file}: a saved note body went missing during the build (another build of the same folder?); build again`,
        { cause: error },
      )
    }
  }
  return { sha1, bytes, read: () => JSON.parse(bytes().toString("utf8")) as NoteBodies }
}

export async function readCachedGraph(
  cacheDir: string,
  dir: string,
  fingerprint: string,
): Promise<BuiltGraph | undefined> {
  try {
    const file = graphFile(cacheDir, dir)
    if (readFirstLine(file, fingerprint.length) !== fingerprint) return undefined
    const bytes = await readFile(file)
    const first = bytes.indexOf(10)
    const second = bytes.indexOf(10, first + 1)
    if (first < 0 || second < 0 || bytes.toString("utf8", 0, first) !== fingerprint) return undefined
    const head = JSON.parse(bytes.toString("utf8", first + 1, second)) as {
      sha1: string
      summary: GraphSummary
      bodies: Record<string, string>
    }
    const rest = bytes.subarray(second + 1)
    // Checked now, parsed on first use: a damaged file is a cache miss, never a later crash.
    if (contentHash(head.bodies, rest) !== head.sha1) return undefined
    const folder = bodiesDir(cacheDir, dir)
    const present = new Set(await readdir(folder))
    if (!head.bodies || !Object.values(head.bodies).every((sha1) => present.has(`${sha1}.json`)))
      return undefined
    let graph: Graph | undefined
    return {
      get graph() {
        graph ??= decodeGraph(JSON.parse(rest.toString("utf8")))
        return graph
      },
      bodies: createLazyBodies(
        () =>
          new Map(
            Object.entries(head.bodies).map(([note, sha1]) => {
              const stored = storedBodies(folder, sha1)
              return [note, { bodies: stored.read, encoded: stored }]
            }),
          ),
      ),
      fingerprint,
      summary: head.summary,
    }
  } catch {
    return undefined
  }
}

/** The builder's state after the last build of `dir`, or undefined when there is none to go on from. */
export async function readBuilderState(cacheDir: string, dir: string): Promise<BuilderSnapshot | undefined> {
  try {
    const bytes = await readFile(stateFile(cacheDir, dir))
    const folder = bodiesDir(cacheDir, dir)
    const present = new Set(await readdir(folder))
    return decodeState(bytes, (sha1) =>
      present.has(`${sha1}.json`) ? storedBodies(folder, sha1) : undefined,
    )
  } catch {
    return undefined
  }
}

/** The hash a saved graph's head records: of its body files' names and of the graph. */
function contentHash(bodies: Record<string, string>, graph: Buffer): string {
  return createHash("sha1").update(JSON.stringify(bodies)).update("\n").update(graph).digest("hex")
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

/**
 * Saves a build of `dir`: new body files first, then the builder's state (when given) and the
 * graph that name them, then body files neither names any more.
 */
export async function writeCachedGraph(
  cacheDir: string,
  dir: string,
  fingerprint: string,
  built: BuiltGraph,
  snapshot?: BuilderSnapshot,
): Promise<void> {
  try {
    const folder = bodiesDir(cacheDir, dir)
    await mkdir(folder, { recursive: true })
    const present = new Set(await readdir(folder))
    const named = new Set<string>()
    const writes = createWriteQueue(WRITES_IN_FLIGHT)
    const keep = async (encoded: EncodedBodies) => {
      const name = `${encoded.sha1}.json`
      named.add(name)
      if (present.has(name)) return
      present.add(name)
      await writes.add(writeAtomically(join(folder, name), encoded.bytes()))
    }
    const bodies: Record<string, string> = {}
    for (const node of built.graph.nodes) {
      const encoded = node.kind === "note" ? built.bodies.encodeNoteBodies(node.id) : undefined
      if (!encoded) continue
      bodies[node.id] = encoded.sha1
      await keep(encoded)
    }
    for (const { fragment } of snapshot?.entries ?? []) if (fragment) await keep(fragment.bodies)
    await writes.done()
    if (snapshot) await writeAtomically(stateFile(cacheDir, dir), encodeState(snapshot))
    const graph = encodeGraphBytes(built.graph)
    const head = {
      sha1: contentHash(bodies, graph),
      summary: summarizeGraph(built.graph),
      bodies,
    }
    await writeAtomically(graphFile(cacheDir, dir), [
      Buffer.from(`${fingerprint}\n${JSON.stringify(head)}\n`),
      graph,
    ])
    for (const name of present) if (!named.has(name)) await rm(join(folder, name), { force: true })
    // The single bodies file of earlier versions.
    await rm(graphFile(cacheDir, dir).replace(/\.json$/, ".bodies.json"), { force: true })
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

async function writeAtomically(file: string, data: Buffer | Buffer[]): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, data)
  await rename(temporary, file)
}
