import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { en, ko, type Messages } from "@kube-notes/messages"
import stringWidth from "string-width"
import { afterEach, describe, expect, it } from "vitest"
import { BIN } from "./helpers/run-cli.ts"
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
    const screen = await tmux.waitFor(
      (s) => s.includes("Master Node(Control plane)"),
      "topic 1-1 in the reader",
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
    const page = await tmux.waitFor(
      (s) => s.includes("Master Node(Control plane)") && s.includes(m.status.hints),
      "topic 1-1 with the key hints",
    )
    expectFramed(page, 80, 24)
    const status = page.split("\n")[22] ?? "" // row 23: below the frame's bottom border
    expect(status.endsWith(m.status.hints), status).toBe(true)
    expect(stringWidth(status)).toBe(80) // the hints' last column is the border's column
    expect(status).toContain("1-1) 쿠버네티스 용어") // the crumbs keep their end

    tmux.send("?")
    const help = await tmux.waitFor((s) => s.includes(m.help.title), "the help")
    expectFramed(help, 80, 24)
    for (const what of [m.help.page, m.help.search, m.help.glossary, m.help.quit])
      expect(help).toContain(what)
    const statusUnderHelp = help.split("\n")[22] ?? ""
    expect(stringWidth(statusUnderHelp)).toBe(80)

    tmux.send("Escape")
    tmux.send("q")
    await tmux.waitFor((s) => s.includes("READER-EXIT-0"), "the shell after q")
  })
})
