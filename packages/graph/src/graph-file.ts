/**
 * The shape of graph.json on disk, apart from the in-memory `Graph` it decodes to.
 *
 * A graph of 1,000 notes holds about 8,000 topics and 90,000 edges. Written as the `Graph`
 * objects, every edge repeats two full ids and every topic its note's id, its id (note key and
 * slug again) and a dozen key names: the edges alone were half of a 20 MB file. On disk:
 * - edges are runs of node indexes (`from, kind, n, to₁ … toₙ`), with the kinds in a table;
 * - a topic is a row (`TopicRow`) without what its id, note and slug repeat;
 * - every other node is written as it is (few of them, and rich: terms, commands…).
 * `decodeGraph` gives back exactly the `Graph` that `encodeGraph` was given, edge order and all.
 */
import type { Diagnostic, EdgeKind, GraphNode, SCHEMA_VERSION } from "./types.ts"

/**
 * A topic on disk: `topic:<note key>#<slug>` is its id, where the note key is the id of
 * `nodes[note]` without `note:`; `number` is null when the heading has none.
 */
export type TopicRow = [
  note: number,
  slug: string,
  title: string,
  number: string | null,
  depth: number,
  level: number,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  text: string,
]

export interface GraphFile {
  schemaVersion: typeof SCHEMA_VERSION
  /** Nodes in graph order: a topic as a `TopicRow` (or as its object when its id is not the one a row derives), any other node as its object. */
  nodes: (GraphNode | TopicRow)[]
  /** The edge kinds that `edges` names by index. */
  edgeKinds: EdgeKind[]
  /**
   * Edges in graph order, as runs of edges with the same start and kind: `from, kind, n`, then
   * the `n` ends. `from` and the ends index `nodes`; an index past the nodes names
   * `danglingIds[index − nodes.length]` (an edge to a node the graph does not hold).
   */
  edges: number[]
  /** Ids that edges name but no node has; absent when there are none (a valid graph has none). */
  danglingIds?: string[]
  diagnostics: Diagnostic[]
}
