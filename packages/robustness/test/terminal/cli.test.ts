/**
 * Layer 4a: the hostile folder through the `kube-notes` command: `show` for every note, every
 * topic and term that carries a terminal vector, plus `topics`, `terms`, `commands` and
 * `search`. Stdout, encoded as the process would write it and decoded strictly as UTF-8, holds
 * no ESC, C1, BEL, backspace, DEL or bidi control (plain output), or none besides our own
 * SGR/OSC 8 (coloured). The folder is built once (`kube-notes build`); the hundreds of `show`
 * runs read that graph.json (`--graph`), the list commands read the folder (`--content`), and a
 * sample of `show` runs checks both sources print the same bytes. Every run goes in-process
 * through the built CLI's `main(argv, io)`; one test spawns the real binary and checks it writes
 * the very same bytes, so the in-process runs stand for what a shell sees.
 */
import { execFile } from "node:child_process"
import { mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Graph } from "@kube-notes/graph"
import { memoryIo } from "@kube-notes/tui/dist/cli/io.js"
import { main } from "@kube-notes/tui/dist/cli/main.js"
import { beforeAll, describe, expect, it } from "vitest"
import { hostileBuild } from "../helpers/hostile-build.ts"
import { writeHostileTemp } from "../helpers/hostile-on-disk.ts"
import { decodeStrict, findForbidden, stripOwnStyles } from "../helpers/terminal-output.ts"

const BIN = fileURLToPath(new URL("../../../../apps/tui/bin/kube-notes.mjs", import.meta.url))
let root: string
let graph: Graph
let cacheHome: string
let graphFile: string

beforeAll(async () => {
  ;({ root } = await writeHostileTemp("cli"))
  // What to show: the nodes of the folder's cold build (core's, shared with the other files
  // that read it), not of the CLI's own build below.
  graph = (await hostileBuild()).graph
  cacheHome = await mkdtemp(join(tmpdir(), "kube-notes-cli-cache-"))
  const out = join(cacheHome, "built")
  // Exit 1: the folder has broken notes; the graph of everything else is still written.
  expect((await runCli(["build", "--out", out], {}, "content")).code).toBe(1)
  graphFile = join(out, "graph.json")
}, 120_000)

interface Run {
  readonly args: string[]
  readonly code: number | null
  readonly stdout: Uint8Array
  readonly stderr: string
}

/** The environment of every run: core's analysis cache in a folder of our own, never ~/.cache. */
function cliEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CACHE_HOME: cacheHome,
    FORCE_COLOR: undefined,
    ...env,
  }
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key]
  return merged
}

type Source = "content" | "graph"
/** Where a run reads the notes: the folder itself, or the graph.json built from it once. */
const sourceArgs = (source: Source) => (source === "content" ? ["--content", root] : ["--graph", graphFile])

/** `kube-notes ...args` in this process; stdout as the UTF-8 bytes a pipe would get. */
async function runCli(args: string[], env: NodeJS.ProcessEnv, source: Source): Promise<Run> {
  const io = memoryIo(cliEnv(env), process.cwd())
  const code = await main([...args, ...sourceArgs(source)], io)
  const { stdout, stderr } = io.written()
  return { args, code, stdout: Buffer.from(stdout, "utf8"), stderr }
}

/** The same through the real binary in a child process. */
function spawnCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args, ...sourceArgs("content")],
      { encoding: "buffer", maxBuffer: 64 << 20, env: cliEnv(env) },
      (error, stdout, stderr) =>
        resolve({
          args,
          code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
          stdout,
          stderr: String(stderr),
        }),
    )
  })
}

/** Runs every argument list in turn and returns what each printed: `show` from the built graph. */
async function runAll(list: string[][], env: NodeJS.ProcessEnv): Promise<Run[]> {
  const runs: Run[] = []
  for (const args of list) runs.push(await runCli(args, env, args[0] === "show" ? "graph" : "content"))
  return runs
}

/** Problems with one run's stdout: not UTF-8, a failed exit, or a forbidden character. */
function problemsOf(run: Run, strip: (text: string) => string): string[] {
  const name = run.args.map((a) => JSON.stringify(a)).join(" ")
  if (run.code !== 0) return [`${name}: exit ${run.code}: ${run.stderr.slice(0, 300)}`]
  let text: string
  try {
    text = decodeStrict(run.stdout)
  } catch {
    return [`${name}: stdout is not valid UTF-8`]
  }
  return findForbidden(strip(text)).map((f) => `${name}: ${f}`)
}

/** Every note; the topics and terms that hold a terminal vector (their bodies are not on the note page). */
function showList(): string[][] {
  const notes = graph.nodes.filter((n) => n.kind === "note")
  const topics = graph.nodes.filter((n) => n.kind === "topic" && /^note:(terminal|good)/.test(n.note))
  const terms = graph.nodes.filter((n) => n.kind === "term" && /^(TermEsc|터미널용어)\d/.test(n.title))
  return [...notes, ...topics, ...terms].map((n) => ["show", n.id])
}

const LISTS = [
  ["topics"],
  ["terms"],
  ["commands"],
  ["search", "PWNED"],
  ["search", "터미널"],
  ["search", "script"],
]

describe("kube-notes on the hostile folder", () => {
  it("should show every hostile note, topic and term with no escape byte (plain)", async () => {
    const list = [...showList(), ...LISTS]
    expect(list.length).toBeGreaterThan(140)
    const runs = await runAll(list, { NO_COLOR: "1" })
    expect(runs.flatMap((run) => problemsOf(run, (t) => t))).toEqual([])
    // The text around the escapes is still there for the reader.
    const clip = runs.find((r) => r.args[1] === "note:terminal/osc-52-clipboard")
    expect(decodeStrict(clip?.stdout ?? new Uint8Array())).toContain("PWNED clipboard")
    // The folder read live prints what its built graph prints: every 8th show, plain and coloured.
    const coloured = { NO_COLOR: undefined, FORCE_COLOR: "1", FORCE_HYPERLINK: "1" }
    for (const run of runs.filter((r, i) => r.args[0] === "show" && i % 8 === 0))
      for (const env of [{ NO_COLOR: "1" }, coloured]) {
        const [fromFolder, fromGraph] = [
          await runCli(run.args, env, "content"),
          await runCli(run.args, env, "graph"),
        ]
        expect(Buffer.from(fromFolder.stdout).equals(Buffer.from(fromGraph.stdout)), run.args[1]).toBe(true)
      }
  })

  it("should add only its own styling when colour and hyperlinks are forced", async () => {
    const notes = graph.nodes
      .filter((n) => n.kind === "note" && n.path.startsWith("terminal/"))
      .map((n) => ["show", n.id])
    const runs = await runAll([...notes, ...LISTS], {
      NO_COLOR: undefined,
      FORCE_COLOR: "1",
      FORCE_HYPERLINK: "1",
    })
    expect(runs.flatMap((run) => problemsOf(run, stripOwnStyles))).toEqual([])
    // Colour really was on, or this proves nothing about the styled path.
    expect(runs.some((run) => decodeStrict(run.stdout).includes("\u001b["))).toBe(true)
  })

  it("should refuse the escapes in `show --json` too: no raw ESC, C1 or bidi character", async () => {
    const runs = await runAll(
      graph.nodes
        .filter((n) => n.kind === "note" && n.path.startsWith("terminal/"))
        .map((n) => ["show", n.id, "--json"]),
      { NO_COLOR: "1" },
    )
    expect(runs.length).toBeGreaterThan(20)
    expect(runs.flatMap((run) => problemsOf(run, (t) => t))).toEqual([])
  })

  it("should write from the real binary the same bytes as in-process, coloured and plain", async () => {
    const coloured = { NO_COLOR: undefined, FORCE_COLOR: "1", FORCE_HYPERLINK: "1" }
    for (const [args, env] of [
      [["show", "note:terminal/osc-52-clipboard"], coloured],
      [["terms"], { NO_COLOR: "1" }],
    ] as const) {
      const spawned = await spawnCli([...args], env)
      expect(problemsOf(spawned, stripOwnStyles)).toEqual([])
      const inProcess = await runCli([...args], env, "content")
      expect(Buffer.from(spawned.stdout).equals(Buffer.from(inProcess.stdout))).toBe(true)
    }
  })
})
