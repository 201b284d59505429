/**
 * The three places a graph comes from: the packaged notes (default, no parsing), a built
 * graph.json (--graph, bodies from the `bodies/` folder beside it), or a folder parsed live
 * with core (--content, bodies in memory). Core is imported only in the last case: it pulls
 * in unified, which the other two never need.
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { decodeGraph, type Graph } from "@kube-notes/graph"
import { UsageError } from "../cli/usage-error.ts"
import { createFileBodies, type LoadedGraph } from "./bodies.ts"
import { getPackagedGraphFile } from "./content-folder.ts"
import { readFirstScreen } from "./first-screen.ts"
import { markPackagedGraph } from "./searcher.ts"

export interface GraphSourceOptions {
  readonly content?: string | undefined
  readonly graph?: string | undefined
  readonly cwd: string
  /** Whose XDG_CACHE_HOME holds core's analysis cache for --content. @default process.env */
  readonly env?: NodeJS.ProcessEnv | undefined
}

/** The graph, and its bodies read per opened note. */
export async function loadGraphFrom(options: GraphSourceOptions): Promise<LoadedGraph> {
  if (options.content !== undefined && options.graph !== undefined)
    throw new UsageError((m) => m.errors.contentOrGraph)
  if (options.graph !== undefined) return loadGraphFile(resolve(options.cwd, options.graph))
  if (options.content !== undefined) {
    const dir = await checkDir(resolve(options.cwd, options.content))
    const { buildGraphFromDir, defaultCacheDir } = await import("@kube-notes/core/dir")
    const { graph, bodies } = await buildGraphFromDir(dir, { cache: defaultCacheDir(options.env) })
    return { graph, getBody: (id) => bodies.getBody(id) }
  }
  const { loadGraph, getTopicBody } = await import("@kube-notes/content")
  const graph = await loadGraph().catch(() => {
    throw new UsageError((m) => m.errors.notBuilt)
  })
  return { graph, getBody: getTopicBody }
}

/** A graph for the reader: maybe only its first screen, with the whole graph to load after. */
export interface ReaderGraph extends LoadedGraph {
  /** Parses the whole graph, when `graph` is only the first screen's subgraph. */
  readonly rest?: () => LoadedGraph
}

/**
 * As loadGraphFrom, but a --graph file with a current first screen beside it gives that
 * subgraph first, when the reader opens where it starts: on the reading start, with no other
 * saved position (`lastId`; the first screen holds no other page).
 */
export async function loadGraphForReader(
  options: GraphSourceOptions,
  lastId: string | undefined,
): Promise<ReaderGraph> {
  if (options.content !== undefined) return loadGraphFrom(options)
  // The packaged notes are a graph.json too, with bodies/ and first-screen.json beside it: read
  // as one, the reader's first frame does without evaluating @kube-notes/content's module (≈ 90
  // ms less CPU, docs/benchmarks.md). Not built: content's own loader says so, as before.
  const packaged = options.graph === undefined ? getPackagedGraphFile() : undefined
  const file = packaged ?? (options.graph === undefined ? undefined : resolve(options.cwd, options.graph))
  if (file === undefined) return loadGraphFrom(options)
  const marked = (loaded: LoadedGraph): LoadedGraph => {
    if (packaged) markPackagedGraph(loaded.graph)
    return loaded
  }
  const screen = await readFirstScreen(file, { packaged: packaged !== undefined })
  if (!screen || (lastId !== undefined && lastId !== screen.start)) return marked(await loadGraphFile(file))
  // Read and parsed after the first frame (the reader calls it on the next tick).
  const rest = (): LoadedGraph => {
    const graph = parseGraph(readGraphBytesSync(file), file)
    return marked({ graph, getBody: createFileBodies(file, graph) })
  }
  return { graph: screen.graph, getBody: createFileBodies(file, screen.graph), rest }
}

async function loadGraphFile(file: string): Promise<LoadedGraph> {
  const graph = await readGraphFile(file)
  return { graph, getBody: createFileBodies(file, graph) }
}

function readGraphBytesSync(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch {
    throw new UsageError((m) => m.errors.cannotRead(file))
  }
}

/**
 * Reads a graph.json. It is compact (topics as rows, edges as node indexes), so it is read as
 * it is: the reader's cache that once held it in that form is gone (it was larger and slower).
 */
export async function readGraphFile(file: string): Promise<Graph> {
  // node:fs/promises is loaded here, not with the module: a first frame drawn from the first
  // screen reads synchronously and never needs it (≈ 4 ms of start-up).
  const { readFile } = await import("node:fs/promises")
  const bytes = await readFile(file).catch(() => {
    throw new UsageError((m) => m.errors.cannotRead(file))
  })
  return parseGraph(bytes, file)
}

/** graph.json's text → the graph (decodeGraph checks the file's structure). */
function parseGraph(bytes: Buffer, file: string): Graph {
  try {
    return decodeGraph(JSON.parse(bytes.toString("utf8")))
  } catch {
    throw new UsageError((m) => m.errors.notAGraph(file))
  }
}

export async function checkDir(dir: string): Promise<string> {
  const { stat } = await import("node:fs/promises")
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new UsageError((m) => m.errors.notAFolder(dir))
  return dir
}
