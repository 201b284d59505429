import { cpSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { decodeGraph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { FIXTURES } from "./helpers/graphs.ts"
import { type CliResult, MJS_BIN, runCli, spawnCli } from "./helpers/run-cli.ts"

const copyFixture = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `kube-notes-${name}-`))
  cpSync(join(FIXTURES, name), dir, { recursive: true })
  return dir
}
const json = (text: string) => JSON.parse(text) as unknown

describe("kube-notes, the command line", () => {
  it("should print the version and help, exit 0", async () => {
    const version = await runCli(["--version"])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    for (const command of ["", "build", "check", "stats", "show", "search", "topics", "terms", "commands"]) {
      const help = await runCli(command ? [command, "--help"] : ["--help"])
      expect(help.code, command).toBe(0)
      expect(help.stdout, command).toMatch(/사용법/)
    }
  })

  it.each([
    [["frobnicate"], /없는 명령입니다: "frobnicate"/],
    [["show"], /show 명령에는 <id\|제목\|별칭> 하나를/],
    [["search", "x", "--limit", "zero"], /--limit에는 0보다 큰 정수를/],
    [["topics", "--bogus"], /알 수 없는 옵션입니다: '--bogus'/],
    [["show", "no-such-topic-anywhere"], /이런 이름은 없습니다/],
    [["--watch"], /--watch에는 --content DIR가 필요/],
    [["stats", "--content", "/no/such/folder"], /폴더가 아닙니다/],
  ])("should exit 2 with a hint, not a stack trace, for %j", async (args, message) => {
    const result = await runCli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it("should print diagnostics as file:line:column severity rule message and exit 1 on errors", async () => {
    const result = await runCli(["check", "--content", join(FIXTURES, "broken")])
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split("\n")
    for (const line of lines) expect(line).toMatch(/^[^:\s]+:\d+:\d+ (error|warning|info) [a-z-]+ .+/)
    expect(lines.some((l) => l.startsWith("binary.md:1:1 error binary-file "))).toBe(true)
    expect(lines.some((l) => /^bad-frontmatter\.md:\d+:\d+ error malformed-frontmatter /.test(l))).toBe(true)
  })

  it("should exit 0 when the notes have no errors, and give the same diagnostics as JSON", async () => {
    expect((await runCli(["check", "--content", join(FIXTURES, "clean")])).code).toBe(0)
    const result = await runCli(["check", "--content", join(FIXTURES, "broken"), "--json"])
    expect(result.code).toBe(1)
    const body = json(result.stdout) as {
      ok: boolean
      counts: Record<string, number>
      diagnostics: { rule: string }[]
    }
    expect(body.ok).toBe(false)
    expect(body.counts.error).toBeGreaterThanOrEqual(2)
    expect(body.diagnostics.map((d) => d.rule)).toContain("binary-file")
  })

  it("should still build the good notes of a folder with a broken one, write graph.json and exit 1", async () => {
    const dir = copyFixture("broken")
    const out = join(dir, "out")
    const result = await runCli(["build", "--content", dir, "--out", out, "--no-cache"])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/만들었습니다: 노트 \d+개/)
    const graph = decodeGraph(json(readFileSync(join(out, "graph.json"), "utf8")))
    const ids = graph.nodes.map((n) => n.id)
    expect(ids).toContain("note:good")
    expect(ids).toContain("note:bad-frontmatter")
    expect(ids).not.toContain("note:binary")
  })

  it("should build into DIR/.kube-notes by default and read it back with --graph", async () => {
    const dir = copyFixture("clean")
    const result = await runCli(["build", "--content", dir], { XDG_CACHE_HOME: join(dir, ".cache-home") })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/썼습니다: .*\.kube-notes\/graph\.json/)
    const again = await runCli(["build", "--content", dir], { XDG_CACHE_HOME: join(dir, ".cache-home") })
    expect(again.stdout).toMatch(/바뀐 것 없음:/)
    const stats = json(
      (await runCli(["stats", "--json", "--graph", join(dir, ".kube-notes", "graph.json")])).stdout,
    ) as {
      nodes: Record<string, number>
    }
    expect(stats.nodes.note).toBe(2)
  })

  it("should give stats of the packaged notes as JSON", async () => {
    const body = json((await runCli(["stats", "--json"])).stdout) as Record<string, Record<string, number>>
    expect(body.nodes?.topic).toBe(5)
    expect(body.edges?.contains).toBeGreaterThan(0)
    expect(body.diagnostics).toHaveProperty("error")
  })

  it("should show a topic by number, a term by a Korean alias, and JSON with breadcrumbs and backlinks", async () => {
    const topic = await runCli(["show", "1-1"])
    expect(topic.code).toBe(0)
    expect(topic.stdout).toContain("1-1) 쿠버네티스 용어")
    expect(topic.stdout).toContain("Master Node(Control plane)")
    const term = await runCli(["show", "큐블렛", "--json"])
    const body = json(term.stdout) as {
      id: string
      kind: string
      text: string
      backlinks: { id: string }[]
      node: { aliases: string[] }
    }
    expect(body.id).toBe("term:kubelet")
    expect(body.kind).toBe("term")
    expect(body.node.aliases).toContain("큐블렛")
    expect(body.backlinks.length).toBeGreaterThan(0)
    expect(body.text).toContain("Kubelet")
    const crumbs = json((await runCli(["show", "2-1", "--json"])).stdout) as {
      breadcrumbs: { title: string }[]
    }
    expect(crumbs.breadcrumbs.map((c) => c.title)).toEqual([
      "쿠버네티스 소개 및 설치",
      "쿠버네티스 설치(Windows)",
    ])
  })

  it("should search in Korean and return the documented JSON shape", async () => {
    const result = await runCli(["search", "미니큐브", "--json", "--limit", "3"])
    expect(result.code).toBe(0)
    const hits = json(result.stdout) as {
      id: string
      kind: string
      title: string
      snippet: { text: string; highlights: unknown[] }
      score: number
    }[]
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.length).toBeLessThanOrEqual(3)
    expect(hits.map((h) => h.id)).toContain("term:minikube")
    for (const hit of hits) {
      expect(typeof hit.title).toBe("string")
      expect(typeof hit.snippet.text).toBe("string")
      expect(Array.isArray(hit.snippet.highlights)).toBe(true)
      expect(typeof hit.score).toBe("number")
    }
  })

  it("should list topics, terms and commands, filtering commands by tool and shell", async () => {
    const topics = json((await runCli(["topics", "--json"])).stdout) as {
      id: string
      number?: string
      level: number
    }[]
    expect(topics.filter((t) => t.number).map((t) => t.number)).toEqual(["1", "1-1", "1-2", "2", "2-1"])
    const terms = json((await runCli(["terms", "--json"])).stdout) as { title: string; aliases: string[] }[]
    expect(terms.find((t) => t.title === "flannel")?.aliases).toContain("플라넬")
    const kubectl = json((await runCli(["commands", "--tool", "kubectl", "--json"])).stdout) as {
      text: string
      tool: string
    }[]
    expect(kubectl.length).toBeGreaterThan(0)
    expect(kubectl.every((c) => c.tool === "kubectl")).toBe(true)
    const powershell = json((await runCli(["commands", "--shell", "powershell", "--json"])).stdout) as {
      text: string
    }[]
    expect(powershell.map((c) => c.text)).toContain(
      "kubectl completion powershell | Out-String | Invoke-Expression",
    )
    expect(powershell.map((c) => c.text)).not.toContain("minikube start")
  })
})

// The tests above call main() in-process; these few start the real binary, to prove that
// bin/kube-notes.cjs, the built dist and the process's own streams and exit code are wired.
describe("kube-notes, the real binary", () => {
  // bin/kube-notes.cjs's answer to each argument list, spawned once: the test of the .mjs name
  // compares with the very runs the tests before it checked (each spawns its own when run alone).
  const cjsRuns = new Map<string, CliResult>()
  const spawnCjs = (args: string[]) => {
    const key = JSON.stringify(args)
    const run = cjsRuns.get(key) ?? spawnCli(args)
    cjsRuns.set(key, run)
    return run
  }

  it("should print the topics plainly when stdout is not a terminal", () => {
    const result = spawnCjs([])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("1-1) 쿠버네티스 용어")
    expect(result.stdout).not.toContain("\u001b")
  })

  it("should pass main's exit code to the shell: 0 done, 1 errors in the notes, 2 usage", () => {
    const version = spawnCjs(["--version"])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect(spawnCli(["check", "--content", join(FIXTURES, "broken")]).code).toBe(1)
    const usage = spawnCjs(["frobnicate"])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/없는 명령입니다: "frobnicate"/)
  })

  it("should answer the same through bin/kube-notes.mjs, the binary's first name", () => {
    for (const args of [[], ["--version"], ["frobnicate"]]) {
      const cjs = spawnCjs(args)
      expect(spawnCli(args, {}, undefined, MJS_BIN), args.join(" ")).toEqual(cjs)
    }
  })
})
