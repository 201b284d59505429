/**
 * Writes a built graph to a folder: `graph.json` (encoded by `encodeGraph`), and each note's bodies in
 * `bodies/<file>.json` (see getBodyFileName). Only what changed is written: graph.json when
 * its text differs, a bodies file when its hash in `bodies/index.json` differs, and a file of
 * a note that is gone is removed. When the build's source fingerprint is the one the index
 * recorded (and graph.json still has the size written then), the folder is known current:
 * nothing is serialised, read or written — the warm rebuild of an unchanged folder.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { BODIES_DIR, getBodyFileName } from "@kube-notes/graph"
import type { BuiltGraph } from "./graph-bodies.ts"
import { encodeGraphBytes } from "./graph-bytes.ts"
import { writeFirstScreen } from "./write-first-screen.ts"
import { createWriteQueue } from "./write-queue.ts"

/** `bodies/index.json`: what the writer last wrote, so the next write skips what is the same. */
interface BodiesIndex {
  /** The writer's format (OUTPUT_FORMAT) when it wrote the files below. */
  format?: number
  /** The source fingerprint of the build that wrote every file below, when known. */
  source: string | null
  /** graph.json's size in bytes when that build wrote it. */
  graphBytes?: number
  /** File name inside `bodies/` → sha1 of its text. */
  files: Record<string, string>
}

const INDEX_FILE = "index.json"
/**
 * Bumped when the files' shape changes for the same notes (2: graph.json encoded by
 * `encodeGraph`; 3: first-screen.json beside it), so an unchanged folder's output of an older writer is written again.
 */
const OUTPUT_FORMAT = 3
/**
 * Body files written at once: the next note is serialised while earlier files are written,
 * and at most this many encoded bodies wait in memory (≈ 35 KB each at 1,000 notes).
 */
const WRITES_IN_FLIGHT = 16

export interface WrittenOutput {
  readonly graphFile: string
  readonly graphChanged: boolean
  readonly bodiesWritten: number
  readonly bodiesRemoved: number
}

export async function writeGraphOutput(out: string, built: BuiltGraph): Promise<WrittenOutput> {
  const bodiesDir = join(out, BODIES_DIR)
  await mkdir(bodiesDir, { recursive: true })
  const graphFile = join(out, "graph.json")
  const previous = await readIndex(bodiesDir)
  const present = new Set(await readdir(bodiesDir))
  const everyFileThere = Object.keys(previous.files).every((name) => present.has(name))
  const graphSize = await stat(graphFile).then(
    (info) => info.size,
    () => -1,
  )
  if (
    built.fingerprint &&
    previous.format === OUTPUT_FORMAT &&
    previous.source === built.fingerprint &&
    everyFileThere &&
    graphSize === previous.graphBytes
  )
    return { graphFile, graphChanged: false, bodiesWritten: 0, bodiesRemoved: 0 }

  // Bytes, not text: compared with the file as read, hashed and written without encoding it again.
  const graphBytes = encodeGraphBytes(built.graph)
  const written = await readFile(graphFile).catch(() => undefined)
  const graphChanged = !written?.equals(graphBytes)
  if (graphChanged) await writeFile(graphFile, graphBytes)
  await writeFirstScreen(out, built, graphBytes)

  const next: BodiesIndex = {
    format: OUTPUT_FORMAT,
    source: built.fingerprint ?? null,
    graphBytes: graphBytes.length,
    files: {},
  }
  let bodiesWritten = 0
  const writes = createWriteQueue(WRITES_IN_FLIGHT)
  for (const node of built.graph.nodes) {
    const entry = node.kind === "note" ? built.bodies.encodeNoteBodies(node.id) : undefined
    if (!entry) continue
    const name = getBodyFileName(node.id).slice(BODIES_DIR.length + 1)
    // The hash first: a kept note's bytes are not even read.
    const hash = entry.sha1
    next.files[name] = hash
    if (previous.files[name] === hash && present.has(name)) continue
    await writes.add(writeFile(join(bodiesDir, name), entry.bytes()))
    bodiesWritten++
  }
  await writes.done()
  let bodiesRemoved = 0
  for (const name of present) {
    if (name === INDEX_FILE || name in next.files || !name.endsWith(".json")) continue
    await rm(join(bodiesDir, name), { force: true })
    bodiesRemoved++
  }
  await writeFile(join(bodiesDir, INDEX_FILE), JSON.stringify(next))
  return { graphFile, graphChanged, bodiesWritten, bodiesRemoved }
}

async function readIndex(bodiesDir: string): Promise<BodiesIndex> {
  try {
    const value = JSON.parse(await readFile(join(bodiesDir, INDEX_FILE), "utf8")) as Partial<BodiesIndex>
    if (value && typeof value.files === "object" && value.files)
      return {
        ...(typeof value.format === "number" ? { format: value.format } : {}),
        source: typeof value.source === "string" ? value.source : null,
        ...(typeof value.graphBytes === "number" ? { graphBytes: value.graphBytes } : {}),
        files: value.files,
      }
  } catch {
    // No index yet, or a broken one: every file is written again.
  }
  return { source: null, files: {} }
}
