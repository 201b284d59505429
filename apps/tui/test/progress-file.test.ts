import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createScheduler, emptyProgress } from "@kube-notes/study"
import { describe, expect, it } from "vitest"
import { getProgressFile, loadProgress, saveProgress } from "../src/state/progress-file.ts"
import { runMain } from "./helpers/run-main.ts"

const tempDir = () => mkdtempSync(join(tmpdir(), "kube-notes-progress-"))
const reviewed = createScheduler().rate(
  emptyProgress(),
  "term:pod:term-definition",
  3,
  new Date("2026-03-02T09:00:00Z"),
)

describe("the progress file", () => {
  it("should live beside the reader's state, under $XDG_STATE_HOME/kube-notes", () => {
    expect(getProgressFile({ XDG_STATE_HOME: "/x/state" })).toBe("/x/state/kube-notes/progress.json")
    expect(getProgressFile({})).toMatch(/\.local\/state\/kube-notes\/progress\.json$/)
  })

  it("should give back what was saved, creating the folder, and leave no temporary file", () => {
    const dir = join(tempDir(), "kube-notes")
    const file = join(dir, "progress.json")
    saveProgress(file, reviewed)
    expect(loadProgress(file)).toEqual({ progress: reviewed })
    expect(readdirSync(dir)).toEqual(["progress.json"])
  })

  it("should start empty, without a warning, when there is no file yet", () => {
    expect(loadProgress(join(tempDir(), "progress.json"))).toEqual({ progress: emptyProgress() })
  })

  it.each([
    ["not JSON", "{ half a file"],
    ["another version", JSON.stringify({ version: 2, cards: {}, log: [] })],
    ["a log that is not a list", JSON.stringify({ version: 1, cards: {}, log: "x" })],
  ])("should move a damaged file (%s) aside with a message and start empty", (_, text) => {
    const dir = tempDir()
    const file = join(dir, "progress.json")
    writeFileSync(file, text)
    const loaded = loadProgress(file)
    expect(loaded.progress).toEqual(emptyProgress())
    expect(loaded.warning).toMatch(/손상되어 .*progress\.json\.damaged-\d+ 로 옮기고 새로 시작합니다/)
    expect(existsSync(file)).toBe(false)
    const aside = readdirSync(dir).find((name) => name.startsWith("progress.json.damaged-"))
    expect(aside && readFileSync(join(dir, aside), "utf8")).toBe(text)
  })

  it("should throw, not start over, when the file exists but cannot be read", () => {
    const file = join(tempDir(), "progress.json")
    mkdirSync(file) // a folder where the file should be: reading fails with EISDIR
    expect(() => loadProgress(file)).toThrow()
  })

  it("should make the command line exit 2 with the reason when the file cannot be read", async () => {
    const home = tempDir()
    mkdirSync(join(home, "kube-notes", "progress.json"), { recursive: true })
    const result = await runMain(["progress", "export", join(home, "out.json")], { XDG_STATE_HOME: home })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Cannot read .*progress\.json/)
  })
})
