import type { CommandNode, Graph } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { formatNamedIn, formatOfFence, isKeywordName, saysKeywords } from "../src/analyze/formats.ts"
import { graphSchema } from "../src/schema/graph-schema.ts"
import { build } from "./helpers.ts"

const terms = (graph: Graph) =>
  graph.nodes
    .filter((n) => n.kind === "term")
    .flatMap((n) => (n.kind === "term" ? [n.title, ...n.aliases] : []))
const command = (graph: Graph, text: string) =>
  graph.nodes.find((n): n is CommandNode => n.kind === "command" && n.text === text)
const keywords = (graph: Graph, text: string) =>
  command(graph, text)?.options.map((o) => [o.name, o.role, o.format])

describe("file formats named in headings, sentences and fences", () => {
  it("should know a format by its documented file name or its Korean name, with a particle after it", () => {
    expect(formatNamedIn("Dockerfile에 자주 쓰는 명령")?.name).toBe("Dockerfile")
    expect(formatNamedIn("도커파일 작성")?.name).toBe("Dockerfile")
    expect(formatNamedIn("2. docker-compose.yml 작성")).toMatchObject({
      name: "compose.yaml",
      command: "docker compose",
    })
    expect(formatNamedIn("매니페스트 필드")).toMatchObject({ name: "manifest", command: "kubectl apply" })
    expect(formatNamedIn("/etc/nginx/nginx.conf 열기")).toMatchObject({
      name: "nginx.conf",
      command: "nginx",
    })
    expect(formatNamedIn("유닛 파일 만들기")).toMatchObject({ name: "unit file", command: "systemctl" })
    expect(formatNamedIn("Makefile 규칙")).toMatchObject({ name: "Makefile", command: "make" })
  })

  it("should name no format for a product or a program alone", () => {
    expect(formatNamedIn("Docker Compose 정리")).toBeUndefined()
    expect(formatNamedIn("docker build 옵션")).toBeUndefined()
    expect(formatNamedIn("nginx 설치")).toBeUndefined()
    // Two formats in one sentence: which one a list below belongs to is not said.
    expect(formatNamedIn("Dockerfile 과 docker-compose.yml 비교")).toBeUndefined()
  })

  it("should read a fence's format from its language, or from the keys its documentation requires", () => {
    expect(formatOfFence("dockerfile", "FROM alpine")?.name).toBe("Dockerfile")
    expect(formatOfFence("yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n")?.name).toBe("manifest")
    expect(formatOfFence("yaml", "apiVersion: v1\nkind: Config\nclusters: []\n")?.name).toBe("kubeconfig")
    expect(formatOfFence("yml", "services:\n  web:\n    image: nginx\n")?.name).toBe("compose.yaml")
    expect(formatOfFence("yaml", "- hosts: all\n  tasks:\n    - ping:\n")?.name).toBe("playbook")
    expect(formatOfFence("ini", "[Unit]\nDescription=x\n")?.name).toBe("unit file")
    expect(formatOfFence("yaml", "name: x\nitems: [1, 2]\n")).toBeUndefined()
    expect(formatOfFence("bash", "docker build .")).toBeUndefined()
  })

  it("should take capitals, lower-case keys, dotted paths, sections and code as keywords, not capitalised words", () => {
    for (const name of [
      "FROM",
      "ENTRYPOINT",
      "apiVersion",
      "server_name",
      "user.name",
      "depends_on",
      "[Unit]",
    ])
      expect(isKeywordName(name, false), name).toBe(true)
    expect(isKeywordName("ExecStart", true)).toBe(true)
    expect(isKeywordName("ExecStart", false)).toBe(false)
    expect(isKeywordName("Pod", false)).toBe(false)
    expect(isKeywordName("Deployment", false)).toBe(false)
    expect(isKeywordName("-t", false)).toBe(false)
  })
})

describe("keyword lists of a file format", () => {
  it("should make a Dockerfile's instruction list keywords on docker build, not terms", async () => {
    const graph = await build({
      "d.md": [
        "# 이미지 만들기",
        "",
        "## 작성",
        "",
        "Dockerfile 에는 이런 명령을 쓴다.",
        "",
        "- FROM : 베이스 이미지",
        "- RUN : 빌드 중에 실행",
        "- CMD : 컨테이너 시작 명령",
      ].join("\n"),
    })
    expect(keywords(graph, "docker build")).toEqual([
      ["FROM", "keyword", "Dockerfile"],
      ["RUN", "keyword", "Dockerfile"],
      ["CMD", "keyword", "Dockerfile"],
    ])
    expect(command(graph, "docker build")?.options[0]).toMatchObject({
      description: "베이스 이미지",
      note: "note:d",
    })
    expect(terms(graph)).toEqual([])
    expect(graphSchema.safeParse(graph).success).toBe(true)
  })

  it("should read keys after a fence in the format, written as code with a trailing colon", async () => {
    const graph = await build({
      "c.md": [
        "# compose",
        "",
        "## 예시",
        "",
        "```yaml",
        "services:",
        "  web:",
        "    image: nginx",
        "```",
        "",
        "- `services:` 띄울 컨테이너",
        "- `image:` 쓸 이미지",
      ].join("\n"),
    })
    expect(keywords(graph, "docker compose")).toEqual([
      ["services", "keyword", "compose.yaml"],
      ["image", "keyword", "compose.yaml"],
    ])
    expect(terms(graph)).toEqual([])
  })

  it("should read a table of keys under a heading that names the format", async () => {
    const graph = await build({
      "u.md": [
        "# systemd",
        "",
        "## 유닛 파일 항목",
        "",
        "| 항목 | 설명 |",
        "| --- | --- |",
        "| `ExecStart` | 실행할 명령 |",
        "| `Restart` | 재시작 조건 |",
      ].join("\n"),
    })
    expect(keywords(graph, "systemctl")).toEqual([
      ["ExecStart", "keyword", "unit file"],
      ["Restart", "keyword", "unit file"],
    ])
  })

  it("should keep a list of capitalised kinds under a manifest heading as terms", async () => {
    const graph = await build({
      "m.md": "# m\n\n## 매니페스트의 kind\n\n- Pod : 가장 작은 단위\n- Deployment : 파드를 관리\n",
    })
    expect(command(graph, "kubectl apply")).toBeUndefined()
    expect(terms(graph)).toEqual(expect.arrayContaining(["Pod", "Deployment"]))
  })

  it("should not make keywords from a format named only by the note's title or an enclosing heading", async () => {
    const graph = await build({
      "t.md":
        "# Dockerfile 정리\n\n## 용어\n\n- layer : 명령 한 줄이 만드는 층\n- cache : 같은 레이어를 다시 쓰기\n",
    })
    expect(command(graph, "docker build")).toBeUndefined()
  })

  it("should end the format at a sentence that names a program, whose options follow", async () => {
    const graph = await build({
      "b.md": [
        "# b",
        "",
        "## Dockerfile",
        "",
        "- FROM : 베이스 이미지",
        "",
        "docker build 옵션",
        "",
        "- -t : 태그",
        "- -f : Dockerfile 경로",
      ].join("\n"),
    })
    expect(keywords(graph, "docker build")).toEqual([
      ["FROM", "keyword", "Dockerfile"],
      ["-t", "option", undefined],
      ["-f", "option", undefined],
    ])
  })

  it("should leave a Korean glossary under a format heading to the terms", async () => {
    const graph = await build({
      "g.md":
        "# g\n\n## 플레이북 용어\n\n- 플레이(Play) : 호스트 묶음에 적용할 작업들\n- 태스크(Task) : 모듈 호출 하나\n",
    })
    expect(command(graph, "ansible-playbook")).toBeUndefined()
    expect(terms(graph)).toEqual(expect.arrayContaining(["플레이", "Play", "태스크", "Task"]))
  })
})

describe("a format named by the note's title", () => {
  it("should apply to a section whose heading says its list holds the format's instructions", async () => {
    const graph = await build({
      "n.md": "# 도커파일 정리\n\n## 주요 인스트럭션\n\n- FROM : 베이스 이미지\n- WORKDIR : 작업 폴더\n",
    })
    expect(keywords(graph, "docker build")).toEqual([
      ["FROM", "keyword", "Dockerfile"],
      ["WORKDIR", "keyword", "Dockerfile"],
    ])
  })

  it("should apply after a sentence in the section that says the list holds directives", async () => {
    const graph = await build({
      "x.md":
        "# nginx.conf 메모\n\n## 서버 블록\n\n자주 쓰는 지시어\n\n- listen : 포트\n- server_name : 도메인\n",
    })
    expect(keywords(graph, "nginx")?.map(([name]) => name)).toEqual(["listen", "server_name"])
  })

  it("should not apply to a section whose heading says nothing of keywords, nor count 키 inside a word", async () => {
    expect(saysKeywords("패키지 설치")).toBe(false)
    expect(saysKeywords("주요 키")).toBe(true)
    const graph = await build({
      "y.md":
        "# Dockerfile 정리\n\n## 패키지 설치\n\n- apt : 데비안 패키지 도구\n- apk : 알파인 패키지 도구\n",
    })
    expect(command(graph, "docker build")).toBeUndefined()
  })
})
