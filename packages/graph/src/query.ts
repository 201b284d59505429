/**
 * A small, dependency-free query API over a built graph. Indexes are built once, lazily
 * per graph, so every call after the first is a map lookup.
 */
import { foldName } from "./ids.ts"
import type {
  CommandOption,
  EdgeKind,
  Graph,
  GraphEdge,
  GraphNode,
  NodeKind,
  NodeOfKind,
  TermNode,
  TopicNode,
} from "./types.ts"

export type Direction = "out" | "in" | "both"

export interface NeighbourOptions {
  /** Only edges of these kinds. Default: every kind. */
  readonly kinds?: readonly EdgeKind[]
  /** Which way edges point from the node. Default: "out". */
  readonly direction?: Direction
}

export interface GraphQuery {
  readonly graph: Graph
  /** A node by id, of any kind. */
  getNode(id: string): GraphNode | undefined
  /** A node by id, only when it is of `kind`. */
  getNodeOfKind<K extends NodeKind>(id: string, kind: K): NodeOfKind<K> | undefined
  getTopic(id: string): TopicNode | undefined
  /** Every node of a kind, in graph order (sorted by id). */
  listNodes<K extends NodeKind>(kind: K): NodeOfKind<K>[]
  /** Children by `contains` edges, in document order. */
  getChildren(id: string): GraphNode[]
  /** The node that `contains` this one (topic → topic or note). */
  getParent(id: string): GraphNode | undefined
  /** Ancestors from the note down to the parent (for breadcrumbs). */
  getAncestors(id: string): GraphNode[]
  /** Nodes joined to `id` by edges of the given kinds and direction. */
  getNeighbours(id: string, options?: NeighbourOptions): GraphNode[]
  /** Edges touching a node. */
  getEdges(id: string, direction?: Direction): GraphEdge[]
  /** Topics and notes that mention, define, use, cite, show or link to the node. */
  getBacklinks(id: string): GraphNode[]
  /** A term by its title or any alias, case- and whitespace-insensitive. */
  getTermByAlias(name: string): TermNode | undefined
  /** Options, output columns and key bindings listed under a command; `role` narrows them. */
  getCommandOptions(id: string, role?: CommandOption["role"]): CommandOption[]
  /** Notes and topics in reading order (following `next` edges). */
  getReadingOrder(): GraphNode[]
  /** The node before and after in reading order. */
  getSiblingsInReadingOrder(id: string): { previous?: GraphNode; next?: GraphNode }
}

const BACKLINK_KINDS: readonly EdgeKind[] = ["mentions", "defines", "uses", "cites", "shows", "links"]

export function createGraphQuery(graph: Graph): GraphQuery {
  const byId = new Map<string, GraphNode>()
  for (const node of graph.nodes) byId.set(node.id, node)
  const outgoing = new Map<string, GraphEdge[]>()
  const incoming = new Map<string, GraphEdge[]>()
  for (const edge of graph.edges) {
    pushTo(outgoing, edge.from, edge)
    pushTo(incoming, edge.to, edge)
  }
  const termsByAlias = new Map<string, TermNode>()
  for (const node of graph.nodes) {
    if (node.kind !== "term") continue
    for (const name of [node.title, ...node.aliases]) {
      const key = foldName(name)
      if (!termsByAlias.has(key)) termsByAlias.set(key, node)
    }
  }
  let readingOrder: GraphNode[] | undefined
  let readingIndex: Map<string, number> | undefined

  const resolve = (ids: Iterable<string>): GraphNode[] => {
    const nodes: GraphNode[] = []
    const seen = new Set<string>()
    for (const id of ids) {
      const node = byId.get(id)
      if (node && !seen.has(id)) {
        seen.add(id)
        nodes.push(node)
      }
    }
    return nodes
  }

  const getEdges = (id: string, direction: Direction = "out"): GraphEdge[] => {
    const out = direction === "in" ? [] : (outgoing.get(id) ?? [])
    const into = direction === "out" ? [] : (incoming.get(id) ?? [])
    return [...out, ...into]
  }

  const getNeighbours = (id: string, options: NeighbourOptions = {}): GraphNode[] => {
    const kinds = options.kinds ? new Set(options.kinds) : undefined
    const edges = getEdges(id, options.direction ?? "out").filter((edge) => !kinds || kinds.has(edge.kind))
    return resolve(edges.map((edge) => (edge.from === id ? edge.to : edge.from)))
  }

  const getParent = (id: string): GraphNode | undefined =>
    getNeighbours(id, { kinds: ["contains"], direction: "in" })[0]

  const ensureReadingOrder = (): GraphNode[] => {
    if (readingOrder) return readingOrder
    const hasPrevious = new Set(graph.edges.filter((e) => e.kind === "next").map((e) => e.to))
    const nextOf = new Map(graph.edges.filter((e) => e.kind === "next").map((e) => [e.from, e.to]))
    const order: GraphNode[] = []
    const seen = new Set<string>()
    for (const node of graph.nodes) {
      if (!nextOf.has(node.id) && !hasPrevious.has(node.id)) continue
      if (hasPrevious.has(node.id)) continue
      for (let at: string | undefined = node.id; at && !seen.has(at); at = nextOf.get(at)) {
        seen.add(at)
        const found = byId.get(at)
        if (found) order.push(found)
      }
    }
    readingOrder = order
    readingIndex = new Map(order.map((n, i) => [n.id, i]))
    return order
  }

  return {
    graph,
    getNode: (id) => byId.get(id),
    getNodeOfKind: <K extends NodeKind>(id: string, kind: K) => {
      const node = byId.get(id)
      return node?.kind === kind ? (node as NodeOfKind<K>) : undefined
    },
    getTopic: (id) => {
      const node = byId.get(id)
      return node?.kind === "topic" ? node : undefined
    },
    listNodes: <K extends NodeKind>(kind: K) =>
      graph.nodes.filter((node): node is NodeOfKind<K> => node.kind === kind),
    getChildren: (id) => getNeighbours(id, { kinds: ["contains"] }),
    getParent,
    getAncestors: (id) => {
      const chain: GraphNode[] = []
      const seen = new Set([id])
      for (let at = getParent(id); at && !seen.has(at.id); at = getParent(at.id)) {
        seen.add(at.id)
        chain.unshift(at)
      }
      return chain
    },
    getNeighbours,
    getEdges,
    getBacklinks: (id) => getNeighbours(id, { kinds: BACKLINK_KINDS, direction: "in" }),
    getTermByAlias: (name) => termsByAlias.get(foldName(name)),
    getCommandOptions: (id, role) => {
      const node = byId.get(id)
      // Graphs of schema 1 have no options: read them as none rather than failing.
      const options = node?.kind === "command" ? (node.options ?? []) : []
      return role ? options.filter((option) => option.role === role) : options
    },
    getReadingOrder: () => ensureReadingOrder(),
    getSiblingsInReadingOrder: (id) => {
      const order = ensureReadingOrder()
      const index = readingIndex?.get(id)
      if (index === undefined) return {}
      const previous = order[index - 1]
      const next = order[index + 1]
      return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }
    },
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
