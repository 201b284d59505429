/**
 * The first screen beside a graph.json (`first-screen.json`, written by core with the graph):
 * the subgraph the reader's opening page reads. The reader draws its first frame from it and
 * parses the whole graph right after. It is used only when it was cut from exactly this
 * graph.json (same sha1 of its bytes): a missing, damaged, older-format or stale file is
 * ignored, and the whole graph is loaded first, as without it.
 */
import { readFileSync, statSync } from "node:fs"
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

/**
 * The first screen beside `graphFile` when it was cut from that file. graph.json's size and
 * mtime as written are checked first: while both are the recorded ones it is the file that was
 * hashed, and it is neither read nor hashed before the first frame (≈ 7 MB at 1,000 notes).
 * Otherwise its sha1 decides (a copy or a touch keeps the first screen, new content does not).
 *
 * `packaged`: the graph.json of @kube-notes/content's dist. The package's build writes graph.json
 * and first-screen.json together, and nothing edits a package's build output in place; turbo's
 * cache replay restores both (new mtimes, the same bytes), and a fresh clone's first `kube-notes`
 * would otherwise load node:crypto and hash graph.json before its first frame. The recorded size
 * is the check there: a graph.json of another size (another build) still makes it stale.
 */
export async function readFirstScreen(
  graphFile: string,
  options: { readonly packaged?: boolean } = {},
): Promise<FirstScreen | undefined> {
  try {
    const file = join(dirname(graphFile), FIRST_SCREEN_FILE)
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<FirstScreenFile> | null
    if (value?.format !== FIRST_SCREEN_FORMAT || typeof value.start !== "string" || !value.graph)
      return undefined
    const info = statSync(graphFile)
    if (info.size !== value.graphBytes) return undefined
    if (!options.packaged && info.mtimeMs !== value.graphMtimeMs) {
      // node:crypto is loaded only here: importing it costs start-up time the common case skips.
      const { createHash } = await import("node:crypto")
      if (value.graphSha1 !== createHash("sha1").update(readFileSync(graphFile)).digest("hex"))
        return undefined
    }
    return { start: value.start, graph: decodeGraph(value.graph) }
  } catch {
    return undefined
  }
}
