import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { en, ko } from "@kube-notes/messages"
import { describe, expect, it } from "vitest"
import { getStateFile, loadState, saveState } from "../src/state/state-file.ts"

const tempDir = () => mkdtempSync(join(tmpdir(), "kube-notes-state-"))

describe("the state file", () => {
  it("should live under $XDG_STATE_HOME/kube-notes", () => {
    expect(getStateFile({ XDG_STATE_HOME: "/x/state" })).toBe("/x/state/kube-notes/state.json")
  })

  it("should give back what was saved", () => {
    const file = join(tempDir(), "kube-notes", "state.json")
    saveState(file, { last: { id: "topic:a#b", scroll: 3 }, bookmarks: ["term:kubelet"] })
    expect(loadState(file, ko)).toEqual({
      state: { last: { id: "topic:a#b", scroll: 3 }, bookmarks: ["term:kubelet"] },
    })
  })

  it("should start fresh without a warning on first run", () => {
    expect(loadState(join(tempDir(), "none.json"), ko)).toEqual({ state: { bookmarks: [] } })
  })

  it("should move a damaged file aside with a warning, never throw", () => {
    const dir = tempDir()
    const file = join(dir, "state.json")
    writeFileSync(file, "{ not json")
    const loaded = loadState(file, ko)
    expect(loaded.state).toEqual({ bookmarks: [] })
    expect(loaded.warning).toMatch(/상태 파일이 망가져서 옮겨 두고/)
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(dir).some((name) => name.startsWith("state.json.damaged-"))).toBe(true)
  })

  it("should treat a file of the wrong shape as damaged", () => {
    const file = join(tempDir(), "state.json")
    writeFileSync(file, JSON.stringify({ version: 1, bookmarks: "oops" }))
    expect(loadState(file, en).warning).toMatch(/damaged/)
  })
})
