import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Graph } from "@kube-notes/graph"
import {
  type Card,
  createDeck,
  createScheduler,
  emptyProgress,
  learningPath,
  type Progress,
  parseProgress,
  serializeProgress,
} from "@kube-notes/study"
import { beforeAll, describe, expect, it } from "vitest"
import { buildFixture, FIXTURES } from "./helpers/graphs.ts"
import { runMain } from "./helpers/run-main.ts"

const CLEAN = ["--content", join(FIXTURES, "clean")]
const scheduler = createScheduler()
let graph: Graph
let deck: Card[]
beforeAll(async () => {
  const loaded = await buildFixture("clean")
  graph = loaded.graph
  deck = createDeck(graph, { getBody: loaded.getBody })
})

/** A fresh $XDG_STATE_HOME, optionally holding a progress file. */
function stateHome(progress?: Progress | string) {
  const home = mkdtempSync(join(tmpdir(), "kn-study-cli-"))
  const dir = join(home, "kube-notes")
  const file = join(dir, "progress.json")
  if (progress !== undefined) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, typeof progress === "string" ? progress : serializeProgress(progress))
  }
  return { env: { XDG_STATE_HOME: home }, dir, file, read: () => parseProgress(readFileSync(file, "utf8")) }
}

function rated(ids: string[], from: Progress = emptyProgress(), at = new Date()): Progress {
  return ids.reduce((p, id) => scheduler.rate(p, id, 3, at), from)
}

describe("kube-notes cards", () => {
  it("should list the deck made from the notes as JSON", async () => {
    const { env } = stateHome()
    const result = await runMain(["cards", "--json", ...CLEAN], env)
    expect(result.code).toBe(0)
    const cards = JSON.parse(result.stdout) as Card[]
    expect(cards.map((c) => c.id)).toEqual(deck.map((c) => c.id))
    for (const card of cards) expect(card.front.trim() && card.back.trim()).toBeTruthy()
  })

  it("should print one block per card, and the count on stderr", async () => {
    const result = await runMain(["cards", ...CLEAN], stateHome().env)
    expect(result.stdout).toContain("term:pod:term-definition  [용어 → 뜻]")
    expect(result.stderr).toContain(`카드 ${deck.length}장`)
  })

  it("should keep only a note's cards with --topic, and refuse an unknown topic", async () => {
    const { env } = stateHome()
    const result = await runMain(["cards", "--json", "--topic", "note:pods", ...CLEAN], env)
    const cards = JSON.parse(result.stdout) as Card[]
    expect(cards.length).toBeGreaterThan(0)
    expect(cards.every((c) => c.noteId === "note:pods")).toBe(true)
    expect(cards.length).toBeLessThan(deck.length)
    const missing = await runMain(["cards", "--topic", "no-such-topic", ...CLEAN], env)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/No topic or note is called "no-such-topic"/)
  })
})

describe("kube-notes progress", () => {
  it("should count every card as new on a first run, per note and topic, without writing a file", async () => {
    const home = stateHome()
    const result = await runMain(["progress", "--json", ...CLEAN], home.env)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.file).toBe(home.file)
    expect(report.total).toEqual({ cards: deck.length, due: 0, new: deck.length, learned: 0 })
    expect(report.notes.map((n: { id: string }) => n.id).sort()).toEqual(["note:install", "note:pods"])
    const cardsInNotes = report.notes.reduce((sum: number, n: { cards: number }) => sum + n.cards, 0)
    expect(cardsInNotes).toBe(deck.length)
    expect(existsSync(home.file)).toBe(false)
  })

  it("should agree with the progress file: reviewed cards are learned, and their topic counts them", async () => {
    const [first, second] = deck.filter((c) => c.topicId === "topic:pods#1-파드란")
    if (!first || !second) throw new Error("the fixture should give 파드란 two cards")
    const home = stateHome(rated([first.id, second.id]))
    const report = JSON.parse((await runMain(["progress", "--json", ...CLEAN], home.env)).stdout)
    expect(report.reviews).toBe(2)
    expect(report.total).toMatchObject({ new: deck.length - 2, learned: 2, due: 0 })
    const topic = report.notes
      .flatMap((n: { topics: unknown[] }) => n.topics)
      .find((t: { id: string }) => t.id === "topic:pods#1-파드란")
    expect(topic).toMatchObject({ learned: 2 })
    expect(topic.mastery).toBeGreaterThanOrEqual(0)
    expect(topic.mastery).toBeLessThanOrEqual(1)
  })

  it("should print counts with Korean labels", async () => {
    const result = await runMain(["progress", ...CLEAN], stateHome().env)
    expect(result.stdout).toContain(
      `모든 주제: 카드 ${deck.length}장 · 복습 예정 0 · 새 카드 ${deck.length} · 학습함 0`,
    )
    expect(result.stdout).toMatch(/ {2}1\. 파드란: 카드 \d+장 .* · 숙련도 0%/)
  })

  it("should list orphans (cards whose node is gone) and keep them in the file", async () => {
    const gone = "term:removed-term:term-definition"
    const home = stateHome(rated([gone, deck[0]?.id ?? ""]))
    const result = await runMain(["progress", "--orphans", "--json", ...CLEAN], home.env)
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ id: gone, reviews: 1 })])
    const plain = await runMain(["progress", ...CLEAN], home.env)
    expect(plain.stdout).toContain("고아 카드 1장")
    const file = home.read()
    expect(file.ok && file.progress.cards[gone]).toBeTruthy()
  })

  it("should move a damaged progress file aside, say so, and count from scratch", async () => {
    const home = stateHome("{ this is not json")
    const result = await runMain(["progress", "--json", ...CLEAN], home.env)
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/손상되어 .*progress\.json\.damaged-\d+ 로 옮기고/)
    expect(JSON.parse(result.stdout).total.new).toBe(deck.length)
    const names = readdirSync(home.dir)
    expect(names.some((n) => n.startsWith("progress.json.damaged-"))).toBe(true)
    expect(readFileSync(join(home.dir, names.find((n) => n.includes("damaged")) ?? ""), "utf8")).toBe(
      "{ this is not json",
    ) // kept as it was, for a person to recover
  })
})

describe("kube-notes progress export and import", () => {
  it("should export the progress file and import it into another machine's, merging the logs", async () => {
    const [a, b, c] = deck
    if (!a || !b || !c) throw new Error("the fixture should give three cards")
    const laptop = stateHome(rated([a.id, b.id], emptyProgress(), new Date("2026-03-01T10:00:00Z")))
    const desktop = stateHome(rated([c.id], emptyProgress(), new Date("2026-03-01T11:00:00Z")))
    const file = join(mkdtempSync(join(tmpdir(), "kn-export-")), "progress-export.json")
    const exported = await runMain(["progress", "export", file], laptop.env)
    expect(exported.code).toBe(0)
    expect(exported.stdout).toContain("복습 2회")
    const imported = await runMain(["progress", "import", file], desktop.env)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain("새 복습 2회를 가져왔습니다 (모두 3회)")
    const merged = desktop.read()
    expect(merged.ok && merged.progress.log.map((e) => e.cardId).sort()).toEqual([a.id, b.id, c.id].sort())
    expect(merged.ok && merged.progress.log.at(-1)?.cardId).toBe(c.id) // in time order
    // Importing again adds nothing: reviews are merged by id, never doubled.
    const again = await runMain(["progress", "import", file], desktop.env)
    expect(again.stdout).toContain("새 복습 0회")
  })

  it("should refuse a file that is not progress, exit 2 and change nothing", async () => {
    const home = stateHome(rated([deck[0]?.id ?? ""]))
    const before = readFileSync(home.file, "utf8")
    const bad = join(mkdtempSync(join(tmpdir(), "kn-bad-")), "bad.json")
    writeFileSync(bad, JSON.stringify({ version: 99 }))
    const result = await runMain(["progress", "import", bad], home.env)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is not a kube-notes progress file/)
    expect(readFileSync(home.file, "utf8")).toBe(before)
    expect((await runMain(["progress", "import", join(tmpdir(), "no-such-file.json")], home.env)).code).toBe(
      2,
    )
  })

  it("should resolve FILE against the working directory and want exactly one", async () => {
    const home = stateHome(rated([deck[0]?.id ?? ""]))
    const cwd = mkdtempSync(join(tmpdir(), "kn-cwd-"))
    expect((await runMain(["progress", "export", "mine.json"], home.env, cwd)).code).toBe(0)
    expect(existsSync(join(cwd, "mine.json"))).toBe(true)
    const none = await runMain(["progress", "export"], home.env)
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/progress export 명령에는 FILE 하나/)
    expect((await runMain(["progress", "frobnicate"], home.env)).stderr).toMatch(/Unknown progress action/)
  })
})

describe("kube-notes path and study", () => {
  it("should list topics in learning order with mastery", async () => {
    const result = await runMain(["path", "--json", ...CLEAN], stateHome().env)
    const rows = JSON.parse(result.stdout) as { id: string; mastery: number; cards: number }[]
    expect(rows.map((r) => r.id)).toEqual(learningPath(graph).filter((id) => id.startsWith("topic:")))
    expect(rows.every((r) => r.mastery === 0)).toBe(true)
    const plain = await runMain(["path", ...CLEAN], stateHome().env)
    expect(plain.stdout).toMatch(/^ {2}1\. ─{10} {3}0% {2}1\. /)
  })

  it("should say that study needs a terminal when it has none", async () => {
    const result = await runMain(["study", ...CLEAN], stateHome().env)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("kube-notes progress")
  })

  it.each(["study", "cards", "progress", "path"])(
    "should print help for %s in Korean, and in English for LANG=en",
    async (command) => {
      const result = await runMain([command, "--help"], {})
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(new RegExp(`^사용법: kube-notes ${command}`))
      const english = await runMain([command, "--help"], { LANG: "en_US.UTF-8" })
      expect(english.stdout).toMatch(new RegExp(`^Usage: kube-notes ${command}`))
    },
  )
})
