/**
 * Layer 4b: the hostile folder through the reader (the Ink app of `kube-notes`), rendered
 * with ink-testing-library as apps/tui's own tests do. The reader opens on each hostile note
 * and topic (its saved "last page"), then the glossary, commands and search overlays open;
 * no frame holds an escape or control character besides the SGR styling Ink writes.
 */
import type { BuiltGraph } from "@kube-notes/core"
import type { Graph } from "@kube-notes/graph"
import { createSearchEngine } from "@kube-notes/search"
import { App } from "@kube-notes/tui/dist/tui/App.js"
import { cleanup, render } from "ink-testing-library"
import { createElement } from "react"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { hostileBuild } from "../helpers/hostile-build.ts"
import { findForbidden, stripOwnStyles } from "../helpers/terminal-output.ts"

let graph: Graph
let built: BuiltGraph
beforeAll(async () => {
  built = await hostileBuild() // the folder's cold build, shared with the other files that read it
  graph = built.graph
}, 120_000)
afterEach(() => cleanup())

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function open(id: string | undefined, color: boolean) {
  return render(
    createElement(App, {
      graph,
      getBody: (bodyId: string) => built.bodies.getBody(bodyId),
      caps: { color, hyperlinks: color },
      getSearcher: async (g: Graph) => createSearchEngine(g),
      ...(id ? { saved: { last: { id, scroll: 0 }, bookmarks: [] } } : {}),
      onCopy: () => {},
      // The hostile folder is read, not studied here: study mode is never opened.
      study: {
        load: () => Promise.reject(new Error("study is not part of this test")),
        save: () => {},
        now: () => new Date(),
      },
    }),
  )
}

describe("the reader on the hostile folder", () => {
  it("should draw every hostile note and topic with no escape of the note's", async () => {
    const ids = graph.nodes
      .filter(
        (n) =>
          (n.kind === "note" && !n.path.startsWith("xss/")) ||
          (n.kind === "topic" && n.note.startsWith("note:terminal/")),
      )
      .map((n) => n.id)
    expect(ids.length).toBeGreaterThan(60)
    const found: string[] = []
    for (const [i, id] of ids.entries()) {
      const app = open(id, i % 2 === 0)
      await tick(20)
      const frames = app.frames.join("\n")
      found.push(...findForbidden(stripOwnStyles(frames)).map((f) => `${id}: ${f}`))
      if (id === "note:terminal/osc-52-clipboard") expect(frames).toContain("PWNED clipboard")
      app.unmount()
    }
    expect(found).toEqual([])
  }, 300_000)

  it("should open the glossary, commands and search over the hostile terms with no escape", async () => {
    const app = open("note:terminal/csi-clear-screen", true)
    const press = async (...keys: string[]) => {
      for (const key of keys) {
        app.stdin.write(key)
        await tick(60)
      }
    }
    await press("t", "j", "j", "\r", "\u001b", "c", "j", "\r", "\u001b", "/", "P", "W", "N", "E", "D")
    await tick(200)
    expect(app.lastFrame()).toContain("PWNED")
    expect(findForbidden(stripOwnStyles(app.frames.join("\n")))).toEqual([])
  })
})
