import { describe, expect, it } from "vitest"
import { foldName, getIdKey, getIdKind, isIdOfKind, makeId } from "../src/ids.ts"
import { createGraphQuery } from "../src/query.ts"
import type { Graph } from "../src/types.ts"

const span = { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } }
const graph: Graph = {
  schemaVersion: 2,
  nodes: [
    { id: "note:n", kind: "note", title: "노트", path: "n.md", frontmatter: {}, text: "" },
    {
      id: "topic:n#1",
      kind: "topic",
      title: "하나",
      note: "note:n",
      number: "1",
      depth: 4,
      level: 1,
      slug: "1",
      position: span,
      text: "",
    },
    {
      id: "topic:n#1-1",
      kind: "topic",
      title: "하나의 하나",
      note: "note:n",
      number: "1-1",
      depth: 4,
      level: 2,
      slug: "1-1",
      position: span,
      text: "",
    },
    {
      id: "topic:n#2",
      kind: "topic",
      title: "둘",
      note: "note:n",
      number: "2",
      depth: 4,
      level: 1,
      slug: "2",
      position: span,
      text: "",
    },
    {
      id: "term:kubelet",
      kind: "term",
      title: "Kubelet",
      aliases: ["큐블렛"],
      definition: "에이전트",
      source: "both",
      descriptions: [],
    },
    {
      id: "command:kubectl get nodes",
      kind: "command",
      title: "kubectl get nodes",
      text: "kubectl get nodes",
      tool: "kubectl",
      shells: [],
      options: [
        {
          name: "-o",
          description: "출력 형식",
          role: "option",
          note: "note:n",
          position: { start: { line: 9, column: 1 }, end: { line: 9, column: 12 } },
        },
        {
          name: "STATUS",
          description: "노드 상태",
          role: "field",
          note: "note:n",
          position: { start: { line: 10, column: 1 }, end: { line: 10, column: 12 } },
        },
      ],
    },
  ],
  edges: [
    { from: "note:n", to: "topic:n#1", kind: "contains" },
    { from: "topic:n#1", to: "topic:n#1-1", kind: "contains" },
    { from: "note:n", to: "topic:n#2", kind: "contains" },
    { from: "topic:n#1-1", to: "term:kubelet", kind: "defines" },
    { from: "topic:n#2", to: "term:kubelet", kind: "mentions" },
    { from: "topic:n#2", to: "command:kubectl get nodes", kind: "uses" },
    { from: "note:n", to: "topic:n#1", kind: "next" },
    { from: "topic:n#1", to: "topic:n#1-1", kind: "next" },
    { from: "topic:n#1-1", to: "topic:n#2", kind: "next" },
  ],
  diagnostics: [],
}

describe("the graph query API", () => {
  const q = createGraphQuery(graph)

  it("should find nodes by id, only of the asked kind", () => {
    expect(q.getTopic("topic:n#1")?.title).toBe("하나")
    expect(q.getTopic("term:kubelet")).toBeUndefined()
    expect(q.getNodeOfKind("term:kubelet", "term")?.aliases).toEqual(["큐블렛"])
    expect(q.listNodes("topic").map((t) => t.id)).toEqual(["topic:n#1", "topic:n#1-1", "topic:n#2"])
  })

  it("should walk the contains tree both ways, in document order", () => {
    expect(q.getChildren("note:n").map((n) => n.id)).toEqual(["topic:n#1", "topic:n#2"])
    expect(q.getParent("topic:n#1-1")?.id).toBe("topic:n#1")
    expect(q.getAncestors("topic:n#1-1").map((n) => n.id)).toEqual(["note:n", "topic:n#1"])
  })

  it("should give neighbours by edge kind and direction, and backlinks", () => {
    expect(q.getNeighbours("topic:n#2", { kinds: ["uses"] }).map((n) => n.id)).toEqual([
      "command:kubectl get nodes",
    ])
    expect(q.getNeighbours("term:kubelet", { kinds: ["defines"], direction: "in" }).map((n) => n.id)).toEqual(
      ["topic:n#1-1"],
    )
    expect(q.getBacklinks("term:kubelet").map((n) => n.id)).toEqual(["topic:n#1-1", "topic:n#2"])
  })

  it("should find a term by any alias, ignoring case and spacing", () => {
    expect(q.getTermByAlias("큐블렛")?.id).toBe("term:kubelet")
    expect(q.getTermByAlias("  KUBELET ")?.id).toBe("term:kubelet")
    expect(q.getTermByAlias("kubectl")).toBeUndefined()
  })

  it("should list a command's options, narrowed by role, and none for other nodes", () => {
    expect(q.getCommandOptions("command:kubectl get nodes").map((o) => o.name)).toEqual(["-o", "STATUS"])
    expect(q.getCommandOptions("command:kubectl get nodes", "field").map((o) => o.name)).toEqual(["STATUS"])
    expect(q.getCommandOptions("term:kubelet")).toEqual([])
    expect(q.getCommandOptions("command:missing")).toEqual([])
  })

  it("should follow next edges for reading order and siblings", () => {
    expect(q.getReadingOrder().map((n) => n.id)).toEqual(["note:n", "topic:n#1", "topic:n#1-1", "topic:n#2"])
    const { previous, next } = q.getSiblingsInReadingOrder("topic:n#1-1")
    expect([previous?.id, next?.id]).toEqual(["topic:n#1", "topic:n#2"])
    expect(q.getSiblingsInReadingOrder("note:n").previous).toBeUndefined()
  })
})

describe("ids", () => {
  it("should make NFC ids with a kind prefix and read them back", () => {
    const id = makeId("note", "설치".normalize("NFD"))
    expect(id).toBe("note:설치")
    expect(getIdKind(id)).toBe("note")
    expect(getIdKey("topic:a#b:c")).toBe("a#b:c")
    expect(isIdOfKind("term:x", "term")).toBe(true)
    expect(getIdKind("nothing")).toBeUndefined()
    expect(foldName(" Worker   Node ")).toBe("worker node")
  })
})

describe("code languages", () => {
  it("should name a fence's language the way highlighters know it", async () => {
    const { getCodeLanguage } = await import("../src/languages.ts")
    expect(["ps1", "PowerShell", "sh", "yml", " bash "].map(getCodeLanguage)).toEqual([
      "powershell",
      "powershell",
      "bash",
      "yaml",
      "bash",
    ])
    expect(getCodeLanguage("brainfuck")).toBeUndefined()
    expect(getCodeLanguage(null)).toBeUndefined()
  })
})
