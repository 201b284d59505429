import { mkdtemp, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { formatDiagnostic } from "../src/diagnostics.ts"
import { buildGraph } from "../src/pipeline/build-graph.ts"
import { parseContentConfig } from "../src/source/config.ts"
import { readContentConfig, readContentDir } from "../src/source/read-dir.ts"

const places = (text: string) =>
  parseContentConfig(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)

describe("kube-notes.json", () => {
  it("should default to showing remote images and skipping nothing extra", () => {
    expect(parseContentConfig("{}")).toEqual({
      config: { ignore: [], remoteImages: "show" },
      diagnostics: [],
    })
  })

  it("should read remoteImages link and the ignore list", () => {
    const { config, diagnostics } = parseContentConfig('{ "ignore": ["drafts"], "remoteImages": "link" }')
    expect(config).toEqual({ ignore: ["drafts"], remoteImages: "link" })
    expect(diagnostics).toEqual([])
  })

  it("should point at a bad remoteImages value, say how to fix it, and keep the rest", () => {
    const text = '{\n  "ignore": ["drafts"],\n  "remoteImages": "hide"\n}\n'
    const { config, diagnostics } = parseContentConfig(text)
    expect(config).toEqual({ ignore: ["drafts"], remoteImages: "show" })
    expect(diagnostics).toHaveLength(1)
    const [diagnostic] = diagnostics
    expect(diagnostic).toMatchObject({ file: "kube-notes.json", line: 3, column: 19, rule: "invalid-config" })
    expect(diagnostic?.severity).toBe("error")
    expect(diagnostic?.message).toContain('"show"')
    expect(diagnostic?.message).toContain('"link"')
    expect(diagnostic?.message).toContain('"hide"')
  })

  it("should refuse a value of the wrong type as well as a wrong word", () => {
    expect(places('{"remoteImages": true}')).toEqual(["1:18 error invalid-config"])
    expect(places('{"remoteImages": "Show"}')).toEqual(["1:18 error invalid-config"])
  })

  it("should report JSON syntax errors at their place instead of throwing", () => {
    expect(() => parseContentConfig('{"remoteImages": "link",}')).not.toThrow()
    expect(places('{"remoteImages": "link",}')).toEqual(["1:25 error invalid-config"])
    expect(places("[1, 2]")).toEqual(["1:1 error invalid-config"])
    expect(places("")).toHaveLength(1)
  })

  it("should keep the valid ignore entries and point at the others", () => {
    const { config, diagnostics } = parseContentConfig('{"ignore": ["a", 3, "b"]}')
    expect(config.ignore).toEqual(["a", "b"])
    expect(diagnostics.map((d) => d.column)).toEqual([18])
    expect(places('{"ignore": "drafts"}')).toEqual(["1:12 error invalid-config"])
  })

  it("should name the setting an unknown key was probably meant to be", () => {
    const [diagnostic] = parseContentConfig('{"remoteImage": "link"}').diagnostics
    expect(diagnostic?.message).toContain('did you mean "remoteImages"?')
  })

  it("should ignore a byte order mark", () => {
    expect(parseContentConfig('\uFEFF{"remoteImages": "link"}').config.remoteImages).toBe("link")
  })
})

describe("kube-notes.json in a folder", () => {
  it("should use the defaults when the folder has none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kube-notes-config-"))
    expect(await readContentConfig(dir)).toEqual({
      config: { ignore: [], remoteImages: "show" },
      diagnostics: [],
    })
  })

  it("should turn a bad setting into a graph diagnostic with its place, and still build the notes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kube-notes-config-"))
    await writeFile(join(dir, "kube-notes.json"), '{\n  "ignore": ["drafts"],\n  "remoteImages": 1\n}\n')
    await writeFile(join(dir, "a.md"), "# A\n\n#### 1. 본문\n")
    const { graph } = await buildGraph(await readContentDir(dir))
    expect(graph.nodes.some((node) => node.kind === "note")).toBe(true)
    const config = graph.diagnostics.filter((d) => d.file === "kube-notes.json").map(formatDiagnostic)
    expect(config).toHaveLength(1)
    expect(config[0]).toMatch(/^kube-notes\.json:3:19 error invalid-config "remoteImages" must be/)
  })
})
