/** One-shot builds: from a source, or straight from a folder. */
import type { Graph } from "@kube-notes/graph"
import { readContentDir, type ReadDirOptions } from "../source/read-dir.ts"
import type { ContentSource } from "../source/types.ts"
import { createGraphBuilder, type GraphBuilderOptions } from "./graph-builder.ts"

export function buildGraph(source: ContentSource, options: GraphBuilderOptions = {}): Promise<Graph> {
  return createGraphBuilder(options).build(source)
}

export async function buildGraphFromDir(
  dir: string,
  options: GraphBuilderOptions & ReadDirOptions = {},
): Promise<Graph> {
  return buildGraph(await readContentDir(dir, options), options)
}
