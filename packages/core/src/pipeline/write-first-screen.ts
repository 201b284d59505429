/**
 * Writes `first-screen.json` beside graph.json: the subgraph the terminal reader's first
 * page reads (`selectFirstScreen`), stamped with the sha1 of the graph.json bytes it was cut
 * from (and graph.json's size and mtime, so a reader checks those first and hashes only when
 * they changed): a reader that finds another graph.json beside it ignores it.
 */
import { createHash } from "node:crypto"
import { rm, stat, writeFile } from "node:fs/promises"
import { join } from "node:path"
import {
  encodeGraph,
  FIRST_SCREEN_FILE,
  FIRST_SCREEN_FORMAT,
  type FirstScreenFile,
  selectFirstScreen,
} from "@kube-notes/graph"
import type { BuiltGraph } from "./graph-bodies.ts"

export async function writeFirstScreen(
  out: string,
  built: BuiltGraph,
  graphBytes: Uint8Array,
): Promise<void> {
  const file = join(out, FIRST_SCREEN_FILE)
  const screen = selectFirstScreen(built.graph, (id) => built.bodies.getBody(id))
  // No start (a graph without notes): no file, and none left from an earlier graph.
  if (!screen) return rm(file, { force: true })
  const written = await stat(join(out, "graph.json"))
  const value: FirstScreenFile = {
    format: FIRST_SCREEN_FORMAT,
    graphSha1: createHash("sha1").update(graphBytes).digest("hex"),
    graphBytes: written.size,
    graphMtimeMs: written.mtimeMs,
    start: screen.start,
    graph: encodeGraph(screen.graph),
  }
  await writeFile(file, JSON.stringify(value))
}
