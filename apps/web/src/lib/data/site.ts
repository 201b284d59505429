/**
 * The site's view of the graph: the query API plus the few indexes pages need that the
 * query does not give directly (a note's topics, commands by tool). Pure: no disk.
 */
import {
  type CommandNode,
  createGraphQuery,
  type Graph,
  type GraphNode,
  type GraphQuery,
  getIdKey,
  type NoteNode,
  type TermNode,
  type TopicNode,
} from "@kube-notes/graph"

export interface Site {
  readonly query: GraphQuery
  /** Notes in reading order. */
  readonly notes: NoteNode[]
  getNoteByKey(key: string): NoteNode | undefined
  /** A note's topics in document order. */
  getTopicsOfNote(noteId: string): TopicNode[]
  /** Topics that define the term, then topics that mention it (each once). */
  getTermPlaces(termId: string): { defined: TopicNode[]; mentioned: TopicNode[] }
  /** Terms a topic defines or mentions, in graph order. */
  getTermsOfTopic(topicId: string): TermNode[]
  /** Commands grouped by tool, tools in alphabetical order. */
  getCommandsByTool(): Map<string, CommandNode[]>
  /** Topics that use a command. */
  getCommandPlaces(commandId: string): TopicNode[]
  counts: Record<"notes" | "topics" | "terms" | "commands", number>
}

const isTopic = (node: GraphNode): node is TopicNode => node.kind === "topic"

export function createSite(graph: Graph): Site {
  const query = createGraphQuery(graph)
  const order = query.getReadingOrder()
  const rank = new Map(order.map((node, index) => [node.id, index]))
  const byOrder = (a: GraphNode, b: GraphNode) =>
    (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER)
  const notes = query.listNodes("note").sort(byOrder)
  const notesByKey = new Map(notes.map((note) => [getIdKey(note.id), note]))
  const topicsByNote = new Map<string, TopicNode[]>()
  for (const topic of query.listNodes("topic").sort(byOrder)) {
    const list = topicsByNote.get(topic.note)
    if (list) list.push(topic)
    else topicsByNote.set(topic.note, [topic])
  }
  let commandsByTool: Map<string, CommandNode[]> | undefined

  const topicsInto = (id: string, kinds: ("defines" | "mentions" | "uses")[]) =>
    query.getNeighbours(id, { kinds, direction: "in" }).filter(isTopic).sort(byOrder)

  return {
    query,
    notes,
    getNoteByKey: (key) => notesByKey.get(key.normalize("NFC")),
    getTopicsOfNote: (noteId) => topicsByNote.get(noteId) ?? [],
    getTermPlaces: (termId) => {
      const defined = topicsInto(termId, ["defines"])
      const definedIds = new Set(defined.map((topic) => topic.id))
      return { defined, mentioned: topicsInto(termId, ["mentions"]).filter((t) => !definedIds.has(t.id)) }
    },
    getTermsOfTopic: (topicId) =>
      query
        .getNeighbours(topicId, { kinds: ["defines", "mentions"] })
        .filter((node): node is TermNode => node.kind === "term"),
    getCommandsByTool: () => {
      if (commandsByTool) return commandsByTool
      const groups = new Map<string, CommandNode[]>()
      for (const command of query.listNodes("command")) {
        const list = groups.get(command.tool)
        if (list) list.push(command)
        else groups.set(command.tool, [command])
      }
      commandsByTool = new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
      return commandsByTool
    },
    getCommandPlaces: (commandId) => topicsInto(commandId, ["uses"]),
    counts: {
      notes: notes.length,
      topics: topicsByNote.size === 0 ? 0 : query.listNodes("topic").length,
      terms: query.listNodes("term").length,
      commands: query.listNodes("command").length,
    },
  }
}
