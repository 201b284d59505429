import { cleanup } from "ink-testing-library"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import type { LoadedGraph } from "../src/source/bodies.ts"
import { buildFixture, FIXTURES } from "./helpers/graphs.ts"
import { KEYS, renderApp } from "./helpers/render-app.tsx"
import { runCli } from "./helpers/run-cli.ts"

const HOSTILE = `${FIXTURES}hostile`
// Payloads the note hides in OSC 52 writes: none may reach the terminal.
const PAYLOADS = ["ZWNobyBwd25lZA==", "QzFPU0M=", "RENT", "Q09ERQ==", "TElOSw==", "PWNED", "evil-title"]
/** Every escape left must be one of ours: SGR styling and OSC 8 links around sanitised URLs. */
const stripOurStyles = (text: string) =>
  text.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[\x21-\x7e]*\u001b\\/g, "")
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe("a hostile note", () => {
  let graph: LoadedGraph
  beforeAll(async () => {
    graph = await buildFixture("hostile")
  })
  afterEach(() => cleanup())

  it.each([
    ["plain", { NO_COLOR: "1" }],
    ["coloured", { NO_COLOR: undefined, FORCE_COLOR: "1", FORCE_HYPERLINK: "1" }],
  ])("should reach `show` (%s) with no escape byte of its own", async (_name, env) => {
    for (const args of [
      ["show", "1"],
      ["show", "악성 노트"],
      ["topics"],
      ["terms"],
      ["commands"],
      ["search", "끝"],
    ]) {
      const result = await runCli([...args, "--content", HOSTILE], env)
      expect(result.code, args.join(" ")).toBe(0)
      const out = stripOurStyles(result.stdout)
      expect(out, args.join(" ")).not.toMatch(UNSAFE)
      for (const payload of PAYLOADS) expect(result.stdout).not.toContain(payload)
    }
    expect((await runCli(["show", "1", "--content", HOSTILE], env)).stdout).toContain("클립보드 공격")
  })

  it("should keep JSON output free of raw C1 and bidi characters", async () => {
    const result = await runCli(["show", "1", "--json", "--content", HOSTILE])
    expect(result.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(result.stdout).not.toContain("\u001b")
  })

  it("should reach the reader with no escape byte in any frame", async () => {
    const app = renderApp(graph, { color: true })
    await app.press("j", KEYS.enter)
    for (let i = 0; i < 8; i++) await app.press(KEYS.tab)
    await app.press("t", KEYS.escape, "c", KEYS.escape, "/", "끝")
    expect(app.screen()).toContain("끝")
    const frames = app.frames.join("\n")
    expect(frames).toContain("클립보드 공격")
    // Ink and we write SGR only; everything else was stripped before it got here.
    expect(stripOurStyles(frames)).not.toMatch(UNSAFE)
    for (const payload of PAYLOADS) expect(frames).not.toContain(payload)
  })
})
