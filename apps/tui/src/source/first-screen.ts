/**
 * The first screen beside a graph.json (`first-screen.json`, written by core with the graph):
 * the subgraph the reader's opening page reads. The reader draws its first frame from it and
 * parses the whole graph right after. It is used only when it was cut from exactly this
 * graph.json (same sha1 of its bytes): a missing, damaged, older-format or stale file is
 * ignored, and the whole graph is loaded first, as without it.
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import {
  decodeGraph,
  FIRST_SCREEN_FILE,
  FIRST_SCREEN_FORMAT,
  type FirstScreenFile,
  type Graph,
} from "@kube-notes/graph"

export interface FirstScreen {
  /** The node the first page shows. */
  readonly start: string
  readonly graph: Graph
}

export function readFirstScreen(graphFile: string, graphBytes: Buffer): FirstScreen | undefined {
  try {
    const file = join(dirname(graphFile), FIRST_SCREEN_FILE)
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<FirstScreenFile> | null
    if (value?.format !== FIRST_SCREEN_FORMAT || typeof value.start !== "string" || !value.graph)
      return undefined
    if (value.graphSha1 !== createHash("sha1").update(graphBytes).digest("hex")) return undefined
    return { start: value.start, graph: decodeGraph(value.graph) }
  } catch {
    return undefined
  }
}
