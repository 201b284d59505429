import { readdirSync, readFileSync } from "node:fs"
import type { CommandNode, Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { isCommonWord } from "../src/analyze/korean-words.ts"
import type { BuiltGraph } from "../src/pipeline/graph-bodies.ts"
import { build, buildWithBodies, repoRoot } from "./helpers.ts"

const terms = (graph: Graph) =>
  graph.nodes
    .filter((n) => n.kind === "term")
    .flatMap((n) => (n.kind === "term" ? [n.title, ...n.aliases] : []))
const command = (graph: Graph, text: string) =>
  graph.nodes.find((n): n is CommandNode => n.kind === "command" && n.text === text)

describe("option lists under a command", () => {
  const note = [
    "# 프로세스",
    "",
    "## ps 명령어",
    "",
    "- -e : 모든 프로세스",
    "- a : 다른 사용자의 프로세스도",
    "",
    "출력 항목",
    "",
    "- PID : 프로세스 ID",
    "- STAT : 상태",
    "",
    "## top",
    "",
    "### 단축키",
    "",
    "- shift + p : CPU 순 정렬",
    "- q : 종료",
  ].join("\n")

  it("should become the command's options, output columns and keys, and not terms", async () => {
    const graph = await build({ "p.md": note })
    const ps = command(graph, "ps")
    expect(ps?.options.map((o) => [o.name, o.role])).toEqual([
      ["-e", "option"],
      ["a", "option"],
      ["PID", "field"],
      ["STAT", "field"],
    ])
    expect(ps?.options[0]).toMatchObject({ description: "모든 프로세스", note: "note:p" })
    expect(command(graph, "top")?.options.map((o) => [o.name, o.role])).toEqual([
      ["shift + p", "key"],
      ["q", "key"],
    ])
    expect(terms(graph)).toEqual([])
    expect(graph.edges).toContainEqual({ from: "topic:p#ps-명령어", to: "command:ps", kind: "uses" })
  })

  it("should leave a glossary list alone even when a command is named above it", async () => {
    const graph = await build({
      "k.md": "# k\n\n## kubectl 정리\n\n- 파드(Pod) : 가장 작은 배포 단위\n- 노드(Node) : 워커 머신\n",
    })
    expect(command(graph, "kubectl")).toBeUndefined()
    expect(terms(graph)).toEqual(expect.arrayContaining(["파드", "Pod", "노드", "Node"]))
  })
})

describe("terms from evidence", () => {
  it("should not make section labels, command labels, phrases or key bindings terms", async () => {
    const graph = await build({
      "l.md": [
        "# l",
        "",
        "## 서비스가 필요한 이유",
        "",
        "- 장점",
        "  - 빠르다",
        "- 시작 : systemctl start nginx",
        "- 컨테이너 생성에 익숙해지기",
        "  - 연습",
        "- Ctrl + C : 중단",
        "- git add : 스테이징",
      ].join("\n"),
    })
    expect(terms(graph)).toEqual([])
    // The command named as a definition goes to the commands.
    expect(command(graph, "git add")).toBeDefined()
    expect(command(graph, "systemctl start nginx")).toBeDefined()
  })

  it("should report a candidate with too little evidence as a term-candidate diagnostic", async () => {
    const graph = await build({
      "c.md": "# c\n\n## 1. 압축\n\n- 압축 : 파일 크기를 줄이는 것\n- 롤아웃 : 새 버전을 내보내는 것\n",
    })
    expect(terms(graph)).toEqual([])
    const found = graph.diagnostics.filter((d) => d.rule === "term-candidate")
    expect(found.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([["c.md", 6, 3, "info"]])
    expect(found[0]?.message).toContain("롤아웃")
    expect(found[0]?.message).toContain("glossary.yaml")
  })

  it("should make a term of a candidate with enough evidence: definition with an alias, or glossary", async () => {
    const graph = await build({
      "t.md": "# t\n\n- 롤아웃(Rollout) : 새 버전을 내보내는 것\n- 카나리 : 일부에만 먼저 배포\n",
      "glossary.yaml": "카나리:\n  aliases: [Canary]\n",
    })
    expect(terms(graph)).toEqual(expect.arrayContaining(["롤아웃", "Rollout", "카나리", "Canary"]))
    expect(graph.diagnostics.filter((d) => d.rule === "term-candidate")).toEqual([])
  })

  it("should never make a name listed under glossary.yaml's exclude: a term", async () => {
    const graph = await build({
      "e.md": "# e\n\n- 롤아웃(Rollout) : 새 버전\n- 파드(Pod) : 배포 단위\n",
      "glossary.yaml": "exclude: [Rollout]\nKubelet:\n  aliases: [큐블렛]\n",
    })
    expect(terms(graph)).toEqual(expect.arrayContaining(["파드", "Kubelet"]))
    expect(terms(graph)).not.toContain("롤아웃")
    expect(terms(graph)).not.toContain("exclude")
    expect(graph.diagnostics.filter((d) => d.rule === "malformed-glossary")).toEqual([])
  })
})

describe("mentions only where they help", () => {
  // Mentions live in the topic's body, kept apart from the graph (schema 2).
  const mentionsOf = (built: BuiltGraph, topic: string) => {
    return [
      ...JSON.stringify(built.bodies.getBody(topic)).matchAll(
        /"termMention","termId":"([^"]+)","children":\[\{"type":"text","value":"([^"]+)"/g,
      ),
    ].map((m) => m[2])
  }

  it("should skip one-letter names, Latin names inside words, and Korean names followed by more than particles", async () => {
    const built = await buildWithBodies({
      "m.md": [
        "# m",
        "",
        "## 1. 정의",
        "",
        "- 파드(Pod) : 배포 단위",
        "",
        "## 2. 본문",
        "",
        "파드는 Pods 와 Podman 이 아니다. 파드들을 만든다. 파드풀은 다르다. `파드` 와 [파드](https://x.io) 는 건너뛴다.",
      ].join("\n"),
      "glossary.yaml": "X-Ray:\n  aliases: [x]\n",
    })
    expect(mentionsOf(built, "topic:m#2-본문")).toEqual(["파드", "파드"])
  })
})

describe("word lists tested on notes they were not made from", () => {
  // The held-out notes of the eval corpus: the lists were written before these were read.
  const dir = `${repoRoot}packages/core/eval/corpus/`
  const heldOut: string[] = JSON.parse(
    readFileSync(`${repoRoot}packages/core/eval/held-out.json`, "utf8"),
  ).notes

  it("should keep every label and ordinary noun of the held-out notes out of the terms", async () => {
    const files = Object.fromEntries(heldOut.map((name) => [name, readFileSync(`${dir}${name}`, "utf8")]))
    const graph = await build(files)
    const all = terms(graph)
    expect(all.filter((name) => isCommonWord(name))).toEqual([])
    // The held-out notes do use such words as labels (장점, 단점, 기타, 삭제 …), so the check bites.
    const text = Object.values(files).join("\n")
    expect(["단점", "기타", "삭제"].every((word) => text.includes(`${word}`))).toBe(true)
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(30)
  })
})
