/**
 * The reader opens the packaged notes from their graph.json (and the first screen beside it)
 * as a file, without @kube-notes/content's module: it must get what content's own loader gives.
 */
import { getTopicBody, loadGraph } from "@kube-notes/content"
import { describe, expect, it } from "vitest"
import { loadGraphForReader } from "../src/source/load-graph.ts"

describe("the packaged notes, opened by the reader as a graph file", () => {
  it("should give the graph and the bodies @kube-notes/content gives", async () => {
    const opened = await loadGraphForReader({ cwd: "/" }, undefined)
    const whole = opened.rest ? opened.rest() : opened
    const packaged = await loadGraph()
    expect(whole.graph).toEqual(packaged)
    const topics = packaged.nodes.filter((node) => node.kind === "topic")
    expect(topics.length).toBeGreaterThan(0)
    for (const topic of topics) expect(whole.getBody(topic.id)).toEqual(getTopicBody(topic.id))
  })

  it("should draw the first frame from the packaged first screen when the reader starts fresh", async () => {
    const opened = await loadGraphForReader({ cwd: "/" }, undefined)
    // A first screen: a subgraph now, the whole graph on the tick after the frame.
    expect(opened.rest).toBeTypeOf("function")
    expect(opened.graph.nodes.length).toBeLessThanOrEqual((await loadGraph()).nodes.length)
  })

  it("should read the whole packaged graph first when the saved page is elsewhere", async () => {
    const opened = await loadGraphForReader({ cwd: "/" }, "topic:somewhere-else")
    expect(opened.rest).toBeUndefined()
    expect(opened.graph).toEqual(await loadGraph())
  })
})
