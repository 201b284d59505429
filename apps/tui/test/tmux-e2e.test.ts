import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { en, ko, type Messages } from "@kube-notes/messages"
import stringWidth from "string-width"
import { afterEach, describe, expect, it } from "vitest"
import { BIN } from "./helpers/run-cli.ts"
import { runMain } from "./helpers/run-main.ts"
import { startTmux, type TmuxSession } from "./helpers/tmux.ts"

let session: TmuxSession | undefined
afterEach(() => session?.kill())

const frameLines = (screen: string) => screen.split("\n").filter((line) => /^[╭│╰]/.test(line))

/** Starts the reader in a fresh shell and waits for its first frame (the key hints). */
async function startReader(width: number, height: number, locale: Record<string, string | undefined>) {
  session = startTmux(width, height, {
    XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "kn-e2e-")),
    TERM: "xterm-256color",
    // CI runners set CI=1, in which Ink draws no frames; the reader must override it.
    CI: "1",
    ...locale,
  })
  const tmux = session
  tmux.type("echo BEFORE-READER")
  tmux.send("Enter")
  tmux.type(`node ${BIN}; echo READER-EXIT-$?`)
  tmux.send("Enter")
  return tmux
}

/** Every framed row is exactly as wide as the terminal and ends in a border. */
function expectFramed(screen: string, width: number, height: number) {
  const lines = frameLines(screen)
  expect(lines.length).toBe(height - 2) // all rows but the status line and the spare last row
  // No wide character pushed a border out of its column.
  for (const line of lines) {
    expect(stringWidth(line)).toBe(width)
    expect(line.at(-1)).toMatch(/[╮│╯]/)
  }
  return lines
}

describe.each([
  [100, 30],
  [80, 24],
])("the reader in a real %i×%i terminal", (width, height) => {
  it("should line up Korean text, place tree and reader, and restore the shell on q", async () => {
    const tmux = await startReader(width, height, {})
    await tmux.waitFor((s) => s.includes(ko.status.hints), "the first frame")

    tmux.send("j", "j", "Enter")
    // Under load tmux may show a frame half drawn: wait for the whole frame (a frame that
    // never completes still fails, printing the screen).
    const screen = await tmux.waitFor(
      (s) => s.includes("Master Node(Control plane)") && frameLines(s).length === height - 2,
      "topic 1-1 in the reader, the whole frame",
    )
    const lines = expectFramed(screen, width, height)
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

describe.each([
  ["Korean with LANG=ko_KR.UTF-8", { LANG: "ko_KR.UTF-8" }, ko],
  ["Korean with LANG unset", { LANG: undefined }, ko],
  ["English with LANG=en_US.UTF-8", { LANG: "en_US.UTF-8" }, en],
] as const)("the reader at 80×24 in %s", (_name, locale, m: Messages) => {
  it("should end the status line at the right border and show the help aligned", async () => {
    const tmux = await startReader(80, 24, locale)
    tmux.send("j", "j", "Enter")
    // A frame tmux shows half drawn under load is waited out, as above.
    const whole = (s: string) => frameLines(s).length === 22
    const page = await tmux.waitFor(
      (s) => s.includes("Master Node(Control plane)") && s.includes(m.status.hints) && whole(s),
      "topic 1-1 with the key hints, the whole frame",
    )
    expectFramed(page, 80, 24)
    const status = page.split("\n")[22] ?? "" // row 23: below the frame's bottom border
    expect(status.endsWith(m.status.hints), status).toBe(true)
    expect(stringWidth(status)).toBe(80) // the hints' last column is the border's column
    expect(status).toContain("1-1) 쿠버네티스 용어") // the crumbs keep their end

    tmux.send("?")
    const help = await tmux.waitFor((s) => s.includes(m.help.title) && whole(s), "the help, the whole frame")
    expectFramed(help, 80, 24)
    for (const what of [m.help.page, m.help.search, m.help.glossary, m.help.quit])
      expect(help).toContain(what)
    const statusUnderHelp = help.split("\n")[22] ?? ""
    expect(stringWidth(statusUnderHelp)).toBe(80)

    tmux.send("Escape")
    // Wait for the help to close before q: a busy reader that reads ESC and q in one go sees
    // Alt+q (one key), which closes the help but does not quit.
    await tmux.waitFor((s) => !s.includes(m.help.title) && s.includes(m.status.hints), "the help closed")
    tmux.send("q")
    await tmux.waitFor((s) => s.includes("READER-EXIT-0"), "the shell after q")
  })
})

describe("kube-notes study in a real 80×24 terminal", () => {
  it("should study three cards, save the progress file on the way, and agree with progress --json", async () => {
    const stateHome = mkdtempSync(join(tmpdir(), "kn-e2e-study-"))
    session = startTmux(80, 24, { XDG_STATE_HOME: stateHome, TERM: "xterm-256color", CI: "1" })
    const tmux = session
    tmux.type(`node ${BIN} study; echo STUDY-EXIT-$?`)
    tmux.send("Enter")
    const first = await tmux.waitFor((s) => s.includes("이번에 0장 복습"), "the first card")
    const status = first.split("\n").find((line) => line.startsWith("복습 예정"))
    expect(status, "the due count in the status line, under the frame").toMatch(/^복습 예정 0 · 새 카드 \d+/)
    for (const done of [1, 2, 3]) {
      tmux.send("Space")
      await tmux.waitFor(
        (s) => s.includes("1 다시 · 2 어려움 · 3 좋음 · 4 쉬움"),
        `the answer of card ${done}`,
      )
      tmux.send("3")
      await tmux.waitFor((s) => s.includes(`이번에 ${done}장 복습`), `rating card ${done}`)
    }
    const screen = await tmux.waitFor((s) => frameLines(s).length === 22, "the whole frame")
    for (const line of frameLines(screen)) {
      expect(stringWidth(line)).toBe(80)
      expect(line.at(-1)).toMatch(/[╮│╯]/)
    }
    tmux.send("q")
    await tmux.waitFor((s) => s.includes("STUDY-EXIT-0"), "the shell after q")

    const file = JSON.parse(readFileSync(join(stateHome, "kube-notes", "progress.json"), "utf8")) as {
      version: number
      cards: Record<string, unknown>
      log: { cardId: string; rating: number }[]
    }
    expect(file.version).toBe(1)
    expect(file.log.map((entry) => entry.rating)).toEqual([3, 3, 3])
    const reported = await runMain(["progress", "--json"], { XDG_STATE_HOME: stateHome })
    const report = JSON.parse(reported.stdout) as { reviews: number; total: { due: number; learned: number } }
    expect(report.reviews).toBe(3)
    expect(report.total.due + report.total.learned).toBe(Object.keys(file.cards).length)
    expect(Object.keys(file.cards).sort()).toEqual([...new Set(file.log.map((e) => e.cardId))].sort())
  })
})
