import { createGraphQuery } from "@kube-notes/graph"
import { ko } from "@kube-notes/messages"
import stringWidth from "string-width"
import { beforeAll, describe, expect, it } from "vitest"
import { buildNodeDocument } from "../src/render/node-document.ts"
import { documentToText, serializeLine } from "../src/render/serialize-line.ts"
import type { GetBody } from "../src/source/bodies.ts"
import { buildFixture, loadPackagedGraph } from "./helpers/graphs.ts"

const PLAIN = { color: false, hyperlinks: false }
const KO = { messages: ko }

describe("rendering a topic for the terminal", () => {
  let query: ReturnType<typeof createGraphQuery>
  let getBody: GetBody
  beforeAll(async () => {
    const loaded = await buildFixture("clean")
    query = createGraphQuery(loaded.graph)
    getBody = loaded.getBody
  })
  const topic = (number: string) => {
    const found = query.listNodes("topic").find((t) => t.number === number && t.note === "note:pods")
    if (!found) throw new Error(`no topic ${number}`)
    return found
  }

  it("should never write a line wider than the pane, Korean included", () => {
    for (const width of [20, 37, 52, 80]) {
      for (const node of query.graph.nodes) {
        const doc = buildNodeDocument(node, query, { width, getBody, ...KO })
        for (const line of doc.lines)
          expect(stringWidth(serializeLine(line, PLAIN))).toBeLessThanOrEqual(width)
      }
    }
  })

  it("should draw a table whose borders line up with Korean cells", () => {
    const text = documentToText(buildNodeDocument(topic("1"), query, { width: 60, getBody, ...KO }), PLAIN)
    const table = text.split("\n").filter((line) => /^[┌│├└]/.test(line))
    expect(table.length).toBeGreaterThanOrEqual(5)
    expect(new Set(table.map((line) => stringWidth(line))).size).toBe(1)
    expect(text).toContain("파드 목록 보기")
  })

  it("should show a fenced block with its language and make its commands focusable", () => {
    const doc = buildNodeDocument(topic("2"), query, { width: 60, getBody, ...KO })
    const text = documentToText(doc, PLAIN)
    expect(text).toContain("╭ bash")
    expect(text).toContain("kubectl run nginx --image=nginx")
    const commands = doc.focusables.filter((f) => f.kind === "command").map((f) => f.id)
    expect(commands).toContain("command:kubectl get pods")
  })

  it("should record the line each term mention landed on after wrapping", () => {
    const doc = buildNodeDocument(topic("1"), query, { width: 24, getBody, ...KO })
    const kubelet = doc.focusables.find((f) => f.id === "term:kubelet")
    expect(kubelet).toBeDefined()
    const line = doc.lines[kubelet?.line ?? -1]
    expect(line?.some((run) => run.text.includes("Kubelet"))).toBe(true)
  })

  it("should make links between notes focusable and show external URLs without hyperlinks", async () => {
    const doc = buildNodeDocument(topic("1"), query, { width: 80, getBody, ...KO })
    expect(doc.focusables.some((f) => f.kind === "node" && f.id === "note:install")).toBe(true)
  })
})

describe("rendering the packaged notes", () => {
  it("should show the missing or present diagram as a labelled placeholder", async () => {
    const { graph, getBody } = await loadPackagedGraph()
    const query = createGraphQuery(graph)
    const topic = query.listNodes("topic").find((t) => t.number === "1-1")
    if (!topic) throw new Error("no topic 1-1")
    const text = documentToText(buildNodeDocument(topic, query, { width: 70, getBody, ...KO }), PLAIN)
    expect(text).toMatch(new RegExp(`\\[${ko.reader.image}.*clusterDiagram\\.PNG`))
  })

  it("should write hyperlinks as OSC 8 only when the terminal supports them", () => {
    const line = [{ text: "docs", url: "https://kubernetes.io/" }]
    expect(serializeLine(line, { color: true, hyperlinks: true })).toContain(
      "\u001b]8;;https://kubernetes.io/\u001b\\docs",
    )
    expect(serializeLine(line, { color: true, hyperlinks: false })).toBe("docs")
  })
})
