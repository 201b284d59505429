import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import stringWidth from "string-width"
import { afterEach, describe, expect, it } from "vitest"
import { BIN } from "./helpers/run-cli.ts"
import { startTmux, type TmuxSession } from "./helpers/tmux.ts"

let session: TmuxSession | undefined
afterEach(() => session?.kill())

const frameLines = (screen: string) => screen.split("\n").filter((line) => /^[╭│╰]/.test(line))

describe.each([
  [100, 30],
  [80, 24],
])("the reader in a real %i×%i terminal", (width, height) => {
  it("should line up Korean text, place tree and reader, and restore the shell on q", async () => {
    session = startTmux(width, height, {
      XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "kn-e2e-")),
      TERM: "xterm-256color",
      // CI runners set CI=1, in which Ink draws no frames; the reader must override it.
      CI: "1",
    })
    const tmux = session
    tmux.type("echo BEFORE-READER")
    tmux.send("Enter")
    tmux.type(`node ${BIN}; echo READER-EXIT-$?`)
    tmux.send("Enter")
    await tmux.waitFor((s) => s.includes("? help"), "the first frame")

    tmux.send("j", "j", "Enter")
    const screen = await tmux.waitFor(
      (s) => s.includes("Master Node(Control plane)"),
      "topic 1-1 in the reader",
    )
    const lines = frameLines(screen)
    expect(lines.length).toBe(height - 2) // all rows but the status line and the spare last row
    // Every framed row is exactly as wide as the terminal and ends in a border: no wide
    // character pushed a border out of its column.
    for (const line of lines) {
      expect(stringWidth(line)).toBe(width)
      expect(line.at(-1)).toMatch(/[╮│╯]/)
    }
    const treeWidth = lines[0]?.indexOf("╮") ?? -1
    expect(treeWidth).toBeGreaterThan(10)
    const rows = screen.split("\n")
    const treeRow = rows.find((row) => row.startsWith("│›"))
    expect(treeRow?.split("││")[0], "tree cursor on 1-1 in the left pane").toContain("1-1) 쿠버")
    const [left, right] = (rows[1] ?? "").split("││")
    expect(stringWidth(`${left}│`)).toBe(treeWidth + 1) // the tree's right border sits in its column
    expect(right).toContain("1-1) 쿠버네티스 용어") // the reader's title, right of the tree

    tmux.send("q")
    const after = await tmux.waitFor((s) => s.includes("READER-EXIT-0"), "the shell after q")
    expect(after).toContain("BEFORE-READER") // the alternate screen is gone, the shell's screen is back
    expect(after).not.toMatch(/[╭╰]/)
  })
})
