/**
 * What the built reader does before its first frame: it loads no Node built-in it does not
 * need to draw (node:child_process for terminal-size's `tput` and node:assert for signal-exit's
 * one check, scripts/reader-bundle-plugins.mjs; node:fs/promises, for a graph read whole), no
 * ES module (bin/kube-notes.cjs is CommonJS), and decodes yoga's wasm without `atob` (a
 * JavaScript loop in Node 20). Run in a real terminal (tmux) on the packaged notes.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, describe, expect, it } from "vitest"
import { BIN } from "./helpers/run-cli.ts"
import { startTmux, type TmuxSession } from "./helpers/tmux.ts"

const PRELOAD = fileURLToPath(new URL("./fixtures/preload/record-start.cjs", import.meta.url))

let session: TmuxSession | undefined
afterEach(() => session?.kill())

describe("the built reader's start", () => {
  it("should draw its first frame without node:child_process, node:assert, node:fs/promises, ES modules or atob", async () => {
    const home = mkdtempSync(join(tmpdir(), "kn-start-"))
    const startFile = join(home, "start.json")
    session = startTmux(100, 30, {
      XDG_STATE_HOME: join(home, "state"),
      XDG_CACHE_HOME: join(home, "cache"),
      KUBE_NOTES_TEST_START_FILE: startFile,
      TERM: "xterm-256color",
      LANG: "C.UTF-8",
    })
    session.type(`node -r ${PRELOAD} ${BIN}`)
    session.send("Enter")
    await session.waitFor(() => existsSync(startFile), "the reader's first frame")
    session.type("q")
    const start = JSON.parse(readFileSync(startFile, "utf8")) as { modules: string[]; atobCalls: number }
    expect(start.modules, "a built-in the first frame had loaded").not.toContain("NativeModule child_process")
    expect(start.modules).not.toContain("NativeModule assert")
    expect(start.modules).not.toContain("NativeModule fs/promises")
    // The ES module loader's translators: nothing was loaded as an ES module.
    expect(start.modules).not.toContain("NativeModule internal/modules/esm/translators")
    // Some built-in is there: the list is the one the reader's process kept.
    expect(start.modules).toContain("NativeModule tty")
    expect(start.atobCalls, "atob calls before the first frame").toBe(0)
  })
})
