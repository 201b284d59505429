/**
 * The first screen beside graph.json: the reader's first frame drawn from it must be the frame
 * drawn from the whole graph, and a missing or stale one must not be used.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type BuiltGraph, buildGraph, createMemorySource, writeGraphOutput } from "@kube-notes/core"
import { FIRST_SCREEN_FILE, type FirstScreenFile } from "@kube-notes/graph"
import type { Locale } from "@kube-notes/messages"
import { cleanup } from "ink-testing-library"
import stringWidth from "string-width"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import type { LoadedGraph } from "../src/source/bodies.ts"
import { readFirstScreen } from "../src/source/first-screen.ts"
import { loadGraphForReader, type ReaderGraph } from "../src/source/load-graph.ts"
import { renderApp, tick } from "./helpers/render-app.tsx"

/**
 * 24 notes (more than the 20 whose tree opens fully, so the tree opens only the way to the
 * start), each with numbered topics, a link to the next note, a command in a code block and
 * an image; the first note also links back from the last.
 */
function manyNotes(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 1; i <= count; i++) {
    const next = (i % count) + 1
    files[`n${String(i).padStart(2, "0")}.md`] = [
      `# 노트 ${i} 파드와 서비스`,
      "",
      `소개 문단 ${i}. 다음은 [노트 ${next}](n${String(next).padStart(2, "0")}.md) 참고.`,
      "",
      "#### 1. 파드란",
      "",
      "- Pod : 쿠버네티스에서 배포할 수 있는 가장 작은 단위",
      "",
      "#### 1-1) 파드 만들기",
      "",
      "```bash",
      `kubectl run web${i} --image=nginx`,
      "```",
      "",
      "#### 2. 서비스",
      "",
      "![구성도](images/diagram.png)",
      "",
    ].join("\n")
  }
  return files
}

interface Written {
  readonly dir: string
  readonly graphFile: string
}

async function writeNotes(files: Record<string, string> | Promise<BuiltGraph>): Promise<Written> {
  const dir = mkdtempSync(join(tmpdir(), "kn-first-screen-"))
  const built = files instanceof Promise ? await files : await buildGraph(createMemorySource(files))
  await writeGraphOutput(dir, built)
  return { dir, graphFile: join(dir, "graph.json") }
}

const builds = new Map<number, Promise<BuiltGraph>>()
/**
 * `manyNotes(count)` built once for the file: most tests write the same 22 notes into a folder
 * of their own and change that folder; building them is the same every time.
 */
function buildMany(count: number): Promise<BuiltGraph> {
  const built = builds.get(count) ?? buildGraph(createMemorySource(manyNotes(count)))
  builds.set(count, built)
  return built
}

const open = (file: string, lastId?: string) => loadGraphForReader({ graph: file, cwd: "/" }, lastId)

/** What the reader draws first over `source`, at `columns` × 30 (ko or en). */
async function firstFrame(
  source: LoadedGraph,
  options: { locale: Locale; columns: number; firstScreen?: boolean },
) {
  const app = renderApp(source, {
    locale: options.locale,
    ...(options.firstScreen ? { firstScreen: true } : {}),
  })
  // ink-testing-library's terminal is 100 columns: another width is a resize before any key.
  if (options.columns !== 100) {
    Object.defineProperty(app.stdout, "columns", { value: options.columns, configurable: true })
    app.stdout.emit("resize")
    // Ink redraws on its own time (later on a busy machine): wait for a frame that fits.
    await app.waitFor(
      (screen) => screen.split("\n").every((line) => stringWidth(line) <= options.columns),
      `a frame at most ${options.columns} columns wide`,
    )
  }
  const frame = app.lastFrame() ?? ""
  app.unmount()
  return frame
}

let many: Written
let one: Written
beforeAll(async () => {
  many = await writeNotes(buildMany(24))
  one = await writeNotes({
    "pods.md": readFileSync(new URL("./fixtures/clean/pods.md", import.meta.url), "utf8"),
    "install.md": readFileSync(new URL("./fixtures/clean/install.md", import.meta.url), "utf8"),
  })
})
afterAll(() => {
  for (const { dir } of [many, one]) rmSync(dir, { recursive: true, force: true })
})
afterEach(() => cleanup())

describe("the first screen beside graph.json", () => {
  for (const [name, written] of [
    ["24 notes (the tree opens the way to the start)", () => many],
    ["2 notes (the tree opens fully)", () => one],
  ] as const)
    for (const locale of ["ko", "en"] as const)
      for (const columns of [100, 60])
        it(`should draw the same first frame as the whole graph: ${name}, ${locale}, ${columns} columns`, async () => {
          const { graphFile } = written()
          const opened = await open(graphFile)
          expect(opened.rest, "a current first screen is used").toBeDefined()
          const whole = opened.rest?.() as LoadedGraph
          expect(opened.graph.nodes.length).toBeLessThanOrEqual(whole.graph.nodes.length)
          const fromScreen = await firstFrame(opened, { locale, columns, firstScreen: true })
          const fromWhole = await firstFrame(whole, { locale, columns })
          expect(fromScreen.length).toBeGreaterThan(0)
          expect(fromScreen).toBe(fromWhole)
        })

  it("should hold a part of the graph, not all of it, when there are many notes", async () => {
    const opened = await open(many.graphFile)
    const whole = opened.rest?.() as LoadedGraph
    // Every note and its first topic stay (the tree lists them); most topics and edges go.
    const notes = whole.graph.nodes.filter((n) => n.kind === "note").length
    expect(opened.graph.nodes.filter((n) => n.kind === "topic").length).toBeLessThan(notes + 10)
    expect(opened.graph.edges.length).toBeLessThan(whole.graph.edges.length / 4)
  })

  it("should be ignored when missing: the whole graph is loaded first", async () => {
    const { dir, graphFile } = await writeNotes(buildMany(22))
    rmSync(join(dir, FIRST_SCREEN_FILE))
    const opened = await open(graphFile)
    expect(opened.rest).toBeUndefined()
    expect(opened.graph.nodes.some((n) => n.title === "노트 22 파드와 서비스")).toBe(true)
    rmSync(dir, { recursive: true, force: true })
  })

  it("should be ignored when graph.json is not the one it was cut from (stale)", async () => {
    const { dir, graphFile } = await writeNotes(buildMany(22))
    const stale = readFileSync(join(dir, FIRST_SCREEN_FILE), "utf8")
    // A newer build of other notes writes graph.json; the old first screen is left beside it.
    await writeGraphOutput(dir, await buildMany(23))
    writeFileSync(join(dir, FIRST_SCREEN_FILE), stale)
    const opened = await open(graphFile)
    expect(opened.rest).toBeUndefined()
    expect(opened.graph.nodes.some((n) => n.title === "노트 23 파드와 서비스")).toBe(true)
    rmSync(dir, { recursive: true, force: true })
  })

  it("should be ignored when graph.json was changed in place to the same size (its sha1 decides)", async () => {
    const { dir, graphFile } = await writeNotes(buildMany(22))
    const text = readFileSync(graphFile, "utf8")
    // Same length in bytes, another title: only the content hash tells them apart.
    writeFileSync(graphFile, text.replace("노트 22 파드와 서비스", "노트 22 파드와 서버스"))
    expect(readFileSync(graphFile).length).toBe(Buffer.byteLength(text))
    const opened = await open(graphFile)
    expect(opened.rest).toBeUndefined()
    expect(opened.graph.nodes.some((n) => n.title === "노트 22 파드와 서버스")).toBe(true)
    rmSync(dir, { recursive: true, force: true })
  })

  it("should still be used when graph.json was only touched or copied (same content)", async () => {
    const { dir, graphFile } = await writeNotes(buildMany(22))
    const later = new Date(Date.now() + 60_000)
    utimesSync(graphFile, later, later)
    expect((await open(graphFile)).rest).toBeDefined()
    rmSync(dir, { recursive: true, force: true })
  })

  it("should be used for the packaged notes by their size alone: a cache replay's new mtime costs no hash", async () => {
    const { dir, graphFile } = await writeNotes(buildMany(22))
    // turbo's replay of the content package's build: the same files, written again, a new mtime.
    const later = new Date(Date.now() + 60_000)
    utimesSync(graphFile, later, later)
    const text = readFileSync(graphFile, "utf8")
    // Nothing edits a package's build output in place, so the packaged check reads no byte of
    // graph.json: a same-size change (caught by the sha1 for a --graph file, above) is not seen.
    writeFileSync(graphFile, text.replace("노트 22 파드와 서비스", "노트 22 파드와 서버스"))
    expect((await readFirstScreen(graphFile, { packaged: true }))?.start).toBeDefined()
    expect(await readFirstScreen(graphFile)).toBeUndefined()
    // Another build of other notes (another size) with the old first screen left: stale.
    const stale = readFileSync(join(dir, FIRST_SCREEN_FILE), "utf8")
    await writeGraphOutput(dir, await buildMany(23))
    writeFileSync(join(dir, FIRST_SCREEN_FILE), stale)
    expect(await readFirstScreen(graphFile, { packaged: true })).toBeUndefined()
    rmSync(dir, { recursive: true, force: true })
  })

  it("should be ignored when damaged or of another format", async () => {
    const { dir, graphFile } = await writeNotes(buildMany(22))
    const file = join(dir, FIRST_SCREEN_FILE)
    const value = JSON.parse(readFileSync(file, "utf8")) as FirstScreenFile
    writeFileSync(file, JSON.stringify({ ...value, format: 99 }))
    expect((await open(graphFile)).rest).toBeUndefined()
    writeFileSync(file, "{ not json")
    expect((await open(graphFile)).rest).toBeUndefined()
    rmSync(dir, { recursive: true, force: true })
  })

  it("should not be used when the reader reopens at another saved page", async () => {
    const first = await open(many.graphFile)
    const whole = first.rest?.() as LoadedGraph
    const start = JSON.parse(readFileSync(join(many.dir, FIRST_SCREEN_FILE), "utf8")).start as string
    const elsewhere = whole.graph.nodes.find((n) => n.kind === "topic" && n.id !== start)?.id
    expect((await open(many.graphFile, elsewhere)).rest).toBeUndefined()
    expect((await open(many.graphFile, start)).rest).toBeDefined()
  })

  it("should make keys pressed before the whole graph arrives wait for it, then apply them", async () => {
    const opened: ReaderGraph = await open(many.graphFile)
    const whole = opened.rest?.() as LoadedGraph
    let deliver: ((loaded: LoadedGraph) => void) | undefined
    const app = renderApp(opened, {
      firstScreen: true,
      subscribe: (listener) => {
        deliver = listener
        return () => {}
      },
    })
    const before = app.lastFrame()
    await app.press("j", "j")
    expect(app.lastFrame(), "nothing moves on the first screen").toBe(before)
    deliver?.(whole)
    const moved = renderApp(whole)
    await moved.press("j", "j")
    const expected = moved.lastFrame() ?? ""
    // The held keys are replayed once the whole graph is in: wait for that frame, however busy.
    await app.waitFor((screen) => screen === expected, "the held keys replayed on the whole graph")
    expect(app.lastFrame()).toBe(expected)
    expect(app.lastFrame()).not.toBe(before)
  })

  it("should keep saved bookmarks the first screen does not hold once the whole graph is in", async () => {
    const opened = await open(many.graphFile)
    const whole = opened.rest?.() as LoadedGraph
    const far = whole.graph.nodes.filter((n) => !opened.graph.nodes.some((m) => m.id === n.id))
    const bookmark = far.find((n) => n.kind === "topic")?.id as string
    expect(bookmark).toBeDefined()
    let deliver: ((loaded: LoadedGraph) => void) | undefined
    const app = renderApp(opened, {
      firstScreen: true,
      saved: { bookmarks: [bookmark] },
      subscribe: (listener) => {
        deliver = listener
        return () => {}
      },
    })
    deliver?.(whole)
    await tick(100)
    await app.press("q")
    expect(app.quits.at(-1)?.bookmarks).toEqual([bookmark])
  })
})
