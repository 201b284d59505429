/** The CLI's language, in-process through `main(argv, io)` with the environment injected. */
import { en, ko } from "@kube-notes/messages"
import { describe, expect, it } from "vitest"
import type { CliIo } from "../src/cli/io.ts"
import { main } from "../src/cli/main.ts"

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = ""
  let stderr = ""
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd: process.cwd(),
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const COMMANDS = ["build", "check", "stats", "show", "search", "topics", "terms", "commands"] as const

describe("the CLI's language", () => {
  it("should print help in Korean with no locale set", async () => {
    const help = await run(["--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toBe(`${ko.cliHelp.main}\n`)
    expect(help.stdout).toContain("사용법")
    expect(help.stdout).toContain("노트 폴더로 graph.json 만들기")
  })

  it("should print help in English with LANG=en_US.UTF-8", async () => {
    const help = await run(["--help"], { LANG: "en_US.UTF-8" })
    expect(help.stdout).toBe(`${en.cliHelp.main}\n`)
    expect(help.stdout).toContain("Usage")
    expect(help.stdout).not.toMatch(/[\uac00-\ud7a3]/)
  })

  it.each(COMMANDS)("should give `%s --help` in both languages", async (command) => {
    expect((await run([command, "--help"], { LANG: "ko_KR.UTF-8" })).stdout).toBe(`${ko.cliHelp[command]}\n`)
    expect((await run([command, "-h"], { LANG: "en_US.UTF-8" })).stdout).toBe(`${en.cliHelp[command]}\n`)
  })

  it("should let LC_ALL override LC_MESSAGES, and LC_MESSAGES override LANG", async () => {
    const env = { LC_ALL: "en_US.UTF-8", LC_MESSAGES: "ko_KR.UTF-8", LANG: "ko_KR.UTF-8" }
    expect((await run(["--help"], env)).stdout).toContain("Usage")
    expect((await run(["--help"], { LC_MESSAGES: "en_US.UTF-8", LANG: "ko_KR.UTF-8" })).stdout).toContain(
      "Usage",
    )
    expect((await run(["--help"], { LC_MESSAGES: "ko_KR.UTF-8", LANG: "en_US.UTF-8" })).stdout).toContain(
      "사용법",
    )
    expect((await run(["--help"], { LANG: "C" })).stdout).toContain("사용법")
    expect((await run(["--help"], { LC_ALL: "POSIX", LANG: "en_US.UTF-8" })).stdout).toContain("사용법")
  })

  it.each([
    [["frobnicate"], '없는 명령입니다: "frobnicate"', 'Unknown command "frobnicate"'],
    [["topics", "--bogus"], "알 수 없는 옵션입니다: '--bogus'", "Unknown option '--bogus'"],
    [["search", "x", "--limit"], "옵션에 값이 필요합니다: '--limit'", "Option '--limit' needs a value"],
    [["search", "x", "--limit", "0"], "--limit에는 0보다 큰 정수를", "--limit takes a whole number above 0"],
    [["search", "x", "--kind", "page"], '받은 값: "page"', '"page" is none of them'],
    [["show"], "show 명령에는 <id|제목|별칭> 하나를 주세요", "show takes one <id|title|alias>"],
    [["stats", "extra"], '뜻밖의 인자입니다: "extra"', 'Unexpected argument "extra"'],
    [["--watch"], "--watch에는 --content DIR가 필요합니다", "--watch needs --content DIR"],
    [["stats", "--content", "/no/such/folder"], "폴더가 아닙니다: /no/such/folder", "is not a folder"],
    [["stats", "--graph", "/no/such/graph.json"], "읽을 수 없습니다: /no/such/graph.json", "Cannot read"],
  ])(
    "should report %j in Korean by default and in English when asked, exit 2",
    async (argv, korean, english) => {
      const inKorean = await run(argv)
      expect(inKorean.code).toBe(2)
      expect(inKorean.stderr).toContain(korean)
      expect(inKorean.stderr).not.toContain(english)
      expect(inKorean.stderr).not.toMatch(/\n\s+at /) // a hint, never a stack
      const inEnglish = await run(argv, { LANG: "en_US.UTF-8" })
      expect(inEnglish.code).toBe(2)
      expect(inEnglish.stderr).toContain(english)
    },
  )

  it("should label command output in the chosen language", async () => {
    const korean = await run(["stats"])
    expect(korean.stdout).toMatch(/^노드 \(\d+\)$/m)
    expect(korean.stdout).toMatch(/^진단 \(\d+\)$/m)
    const english = await run(["stats"], { LANG: "en_US.UTF-8" })
    expect(english.stdout).toMatch(/^Nodes \(\d+\)$/m)
    const term = await run(["show", "큐블렛", "--width", "60"])
    expect(term.stdout).toContain("다른 이름: 큐블렛")
    expect(term.stdout).toContain("언급된 곳")
    const termEn = await run(["show", "큐블렛", "--width", "60"], { LC_ALL: "en_US.UTF-8" })
    expect(termEn.stdout).toContain("Aliases: 큐블렛")
    expect(termEn.stdout).toContain("Mentioned in")
  })

  it("should name kinds in the chosen language in search results", async () => {
    const korean = await run(["search", "미니큐브", "--limit", "3"])
    expect(korean.stdout).toMatch(/^용어 {4}minikube/m)
    const english = await run(["search", "미니큐브", "--limit", "3"], { LANG: "en_US.UTF-8" })
    expect(english.stdout).toMatch(/^term {4}minikube/m)
    expect((await run(["search", "zzqqxxnothing"])).stderr).toContain('검색 결과가 없습니다: "zzqqxxnothing"')
  })
})
