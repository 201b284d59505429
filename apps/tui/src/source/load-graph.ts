/**
 * The three places a graph comes from: the packaged notes (default, no parsing), a built
 * graph.json (--graph), or a folder parsed live with core (--content). Core is imported
 * only in the last case: it pulls in unified, which the other two never need.
 */
import { readFile } from "node:fs/promises"
import { resolve } from "node:path"
import type { Graph } from "@kube-notes/graph"
import { UsageError } from "../cli/usage-error.ts"
import { parseGraphLazily } from "./parse-graph-lazily.ts"

export interface GraphSourceOptions {
  readonly content?: string | undefined
  readonly graph?: string | undefined
  readonly cwd: string
}

export async function loadGraphFrom(options: GraphSourceOptions): Promise<Graph> {
  if (options.content !== undefined && options.graph !== undefined)
    throw new UsageError("Use either --content or --graph, not both.")
  if (options.graph !== undefined) return readGraphFile(resolve(options.cwd, options.graph))
  if (options.content !== undefined) {
    const dir = await checkDir(resolve(options.cwd, options.content))
    const { buildGraphFromDir } = await import("@kube-notes/core")
    return buildGraphFromDir(dir)
  }
  const { loadGraph } = await import("@kube-notes/content")
  return loadGraph().catch(() => {
    throw new UsageError("The packaged notes are not built yet. Run `pnpm build` (or pass --content DIR).")
  })
}

export async function readGraphFile(file: string): Promise<Graph> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    throw new UsageError(`Cannot read ${file}. Build it with \`kube-notes build --out DIR\`.`)
  }
  try {
    // Topic and note mdast stays unparsed until a page or the search index reads it.
    const graph = parseGraphLazily(bytes) as Graph
    if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new Error("not a graph")
    return { ...graph, diagnostics: Array.isArray(graph.diagnostics) ? graph.diagnostics : [] }
  } catch {
    throw new UsageError(`${file} is not a kube-notes graph.json. Build it again with \`kube-notes build\`.`)
  }
}

export async function checkDir(dir: string): Promise<string> {
  const { stat } = await import("node:fs/promises")
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory())
    throw new UsageError(`${dir} is not a folder. Pass --content with a folder of notes.`)
  return dir
}
