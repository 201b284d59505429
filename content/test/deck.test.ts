/** `createDeck` as the content package ships it: the bundled dist/index.js, without the scheduler. */
import { readFile } from "node:fs/promises"
import { decodeGraph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { distRoot } from "./helpers/paths.ts"

async function loadDist() {
  const api = (await import(`${distRoot}index.js`)) as typeof import("../src/index.ts")
  const graph = decodeGraph(JSON.parse(await readFile(`${distRoot}graph.json`, "utf8")))
  return { api, graph }
}

describe("createDeck from @kube-notes/content", () => {
  it("should build the study deck from the package's own graph", async () => {
    const { api, graph } = await loadDist()
    const deck = api.createDeck(graph)
    expect(deck.length).toBeGreaterThan(0)
    expect(deck.find((card) => card.id === "term:kubelet:alias-term:큐블렛")?.answer).toBe("Kubelet")
    expect(api.checkTypedAnswer("큐블렛이", "큐블렛")).toBe(true)
  })

  it("should leave the scheduler (ts-fsrs) out of the bundle", async () => {
    const bundle = await readFile(`${distRoot}index.js`, "utf8")
    expect(bundle).toContain("function createDeck")
    expect(bundle).not.toMatch(/ts-fsrs|request_retention|forgetting_curve/)
  })
})
