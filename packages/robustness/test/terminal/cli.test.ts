/**
 * Layer 4a: the hostile folder through the `kube-notes` binary, as a user's shell runs it:
 * `show` for every note, every topic and term that carries a terminal vector, plus `topics`,
 * `terms`, `commands` and `search`. Stdout, decoded strictly as UTF-8, holds no ESC, C1, BEL,
 * backspace, DEL or bidi control (plain output), or none besides our own SGR/OSC 8 (coloured).
 */
import { execFile } from "node:child_process"
import { mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { buildGraphFromDir } from "@kube-notes/core"
import type { Graph } from "@kube-notes/graph"
import { beforeAll, describe, expect, it } from "vitest"
import { writeHostileTemp } from "../helpers/hostile-on-disk.ts"
import { decodeStrict, findForbidden, stripOwnStyles } from "../helpers/terminal-output.ts"

const BIN = fileURLToPath(new URL("../../../../apps/tui/bin/kube-notes.mjs", import.meta.url))
let root: string
let graph: Graph
let cacheHome: string

beforeAll(async () => {
  ;({ root } = await writeHostileTemp("cli"))
  graph = (await buildGraphFromDir(root, { cache: false, threads: 1 })).graph
  cacheHome = await mkdtemp(join(tmpdir(), "kube-notes-cli-cache-"))
}, 120_000)

interface Run {
  readonly args: string[]
  readonly code: number | null
  readonly stdout: Uint8Array
  readonly stderr: string
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args, "--content", root],
      {
        encoding: "buffer",
        maxBuffer: 64 << 20,
        // Core's analysis cache in a folder of our own: warm after the first run, never ~/.cache.
        env: { ...process.env, XDG_CACHE_HOME: cacheHome, FORCE_COLOR: undefined, ...env },
      },
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

/** Runs every argument list, two at a time (two cores), and returns what each printed. */
async function runAll(list: string[][], env: NodeJS.ProcessEnv): Promise<Run[]> {
  const runs: Run[] = []
  const queue = [...list]
  const lane = async () => {
    for (let args = queue.shift(); args; args = queue.shift()) runs.push(await runCli(args, env))
  }
  await Promise.all([lane(), lane()])
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
  }, 600_000)

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
  }, 600_000)

  it("should refuse the escapes in `show --json` too: no raw ESC, C1 or bidi character", async () => {
    const runs = await runAll(
      graph.nodes
        .filter((n) => n.kind === "note" && n.path.startsWith("terminal/"))
        .map((n) => ["show", n.id, "--json"]),
      { NO_COLOR: "1" },
    )
    expect(runs.length).toBeGreaterThan(20)
    expect(runs.flatMap((run) => problemsOf(run, (t) => t))).toEqual([])
  }, 600_000)
})
