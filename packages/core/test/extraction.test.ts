import { describe, expect, it } from "vitest"
import { findFenceCommands, findProseCommands } from "../src/analyze/commands.ts"
import { parseHeadingNumber } from "../src/analyze/sections.ts"
import { findAcronyms, findBracketTerms, findParenPairs } from "../src/analyze/terms.ts"
import { bodyJson, build, buildWithBodies, query } from "./helpers.ts"

describe("heading numbers", () => {
  it.each([
    ["1. 쿠버네티스 오케스트레이션", "1", "쿠버네티스 오케스트레이션"],
    ["1-1) 쿠버네티스 용어", "1-1", "쿠버네티스 용어"],
    ["2-1) 별도 설치 없이 사용", "2-1", "별도 설치 없이 사용"],
    ["1.2 하위 절", "1-2", "하위 절"],
    ["3) 세 번째", "3", "세 번째"],
  ])("should read %j as number %s", (text, number, title) => {
    expect(parseHeadingNumber(text)).toEqual({ number, title })
  })

  it.each(["2024. 회고", "쿠버네티스 1.28 설치", "3 tips"])("should not take %j as numbered", (text) => {
    expect(parseHeadingNumber(text).number).toBeUndefined()
  })

  it("should nest unnumbered headings by depth and numbered ones by number", async () => {
    const graph = await build({
      "n.md": "# n\n\n## 개요\n\n### 1. 하나\n\n#### 메모\n\n### 1-1) 하나의 하나\n\n## 부록\n",
    })
    const q = query(graph)
    const byTitle = (t: string) => graph.nodes.find((n) => n.title === t)?.id ?? ""
    expect(q.getParent(byTitle("하나"))?.title).toBe("개요")
    expect(q.getParent(byTitle("메모"))?.title).toBe("하나")
    expect(q.getParent(byTitle("하나의 하나"))?.title).toBe("하나")
    expect(q.getParent(byTitle("부록"))?.id).toBe("note:n")
  })
})

describe("term patterns", () => {
  it("should read 한글[english] with as many Korean words as English ones", () => {
    expect(
      findBracketTerms("다양한 플러그인(플라넬[flannel], 칼리코[calico])").map((t) => [t.name, t.alias]),
    ).toEqual([
      ["flannel", "플라넬"],
      ["calico", "칼리코"],
    ])
    expect(findBracketTerms("또는 롤링 업데이트[rolling update] 방식").map((t) => t.alias)).toEqual([
      "롤링 업데이트",
    ])
  })

  it("should read an acronym only when its letters start the expansion's words", () => {
    expect(findAcronyms("다양한 CNI(Container Network Interface) 제공")).toEqual([
      { name: "CNI", aliases: ["Container Network Interface"] },
    ])
    expect(findAcronyms("설치(Windows) 및 API(다른 설명)")).toEqual([])
  })

  // The finders skip a text without the bracket every match holds: a full-width one counts.
  it("should read pairs and acronyms written with full-width parentheses", () => {
    expect(findParenPairs("쿠버네티스의 파드（Pod）는")).toEqual([{ name: "파드", aliases: ["Pod"] }])
    expect(findAcronyms("다양한 CNI（Container Network Interface） 제공")).toEqual([
      { name: "CNI", aliases: ["Container Network Interface"] },
    ])
    expect(findParenPairs("파드 Pod 는")).toEqual([])
    expect(findBracketTerms("플라넬 flannel")).toEqual([])
  })

  it("should take `- name : definition` and bold names as terms, but not labels", async () => {
    const graph = await build({
      "t.md":
        "# t\n\n- **etcd** : 키-값 저장소\n- 방법1 : 도커 데스크탑\n- 설치 확인 명령어 : minikube version\n\n**Pod** 는 가장 작은 단위, **중요**\n",
    })
    const terms = query(graph).listNodes("term")
    expect(terms.map((t) => t.title).sort()).toEqual(["Pod", "etcd"])
    expect(terms.find((t) => t.title === "etcd")?.definition).toBe("키-값 저장소")
  })

  it("should merge a glossary's aliases and definitions with terms found in notes", async () => {
    const graph = await build({
      "g.md": "# g\n\n- kubelet : 노트의 정의\n\n큐블렛은 노드마다 있다.\n",
      "glossary.yaml": "Kubelet:\n  aliases: [큐블렛]\n",
    })
    const term = query(graph).getTermByAlias("큐블렛")
    expect(term).toMatchObject({
      title: "Kubelet",
      aliases: ["큐블렛"],
      definition: "노트의 정의",
      source: "both",
    })
  })

  it("should report a malformed glossary and still build the notes", async () => {
    const graph = await build({ "g.md": "# g\n", "glossary.yaml": "Kubelet: [unclosed\n" })
    expect(graph.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(["glossary.yaml malformed-glossary"])
    expect(graph.nodes.some((n) => n.id === "note:g")).toBe(true)
  })

  it("should not match a Latin alias inside a longer word", async () => {
    const built = await buildWithBodies({
      "m.md": "# m\n\n- CNI : 규격\n\nCNIs 와 MyCNI 는 다르고, CNI는 같다.\n",
    })
    const mdast = bodyJson(built, "note:m")
    // The definition's own "CNI" and "CNI는"; not "CNIs" nor "MyCNI".
    const mentioned = [
      ...mdast.matchAll(/"termMention","termId":"term:cni","children":\[\{"type":"text","value":"([^"]+)"/g),
    ]
    expect(mentioned.map((m) => m[1])).toEqual(["CNI", "CNI"])
    expect(mdast.match(/termMention/g)).toHaveLength(2)
  })
})

describe("commands", () => {
  it("should take prompted lines when a fence has prompts, and skip output", () => {
    const found = findFenceCommands("bash", "$ kubectl get pods -A\nNAME READY\nnginx 1/1\n$ docker ps -a\n")
    expect(found.map((c) => c.text)).toEqual(["kubectl get pods -A", "docker ps -a"])
    expect(
      findFenceCommands("powershell", "PS C:\\Users\\me> choco install minikube\n").map((c) => c.text),
    ).toEqual(["choco install minikube"])
  })

  it("should strip trailing comments but keep # inside quotes, and ignore YAML fences", () => {
    expect(
      findFenceCommands("powershell", "kubectl config get-contexts #를 통해 확인").map((c) => c.text),
    ).toEqual(["kubectl config get-contexts"])
    expect(findFenceCommands("bash", "kubectl annotate pod x note='a # b'").map((c) => c.text)).toEqual([
      "kubectl annotate pod x note='a # b'",
    ])
    expect(findFenceCommands("yaml", "kubectl: get")).toEqual([])
  })

  it("should find commands after a colon and in quotes, stopping at Korean", () => {
    expect(findProseCommands("설치 확인 명령어 : minikube version").map((c) => c.text)).toEqual([
      "minikube version",
    ])
    expect(findProseCommands('명령어 "minikube start" 입력 후').map((c) => c.text)).toEqual([
      "minikube start",
    ])
    expect(findProseCommands("비교 : kubectl get nodes -o wide 로 확인").map((c) => c.text)).toEqual([
      "kubectl get nodes -o wide",
    ])
    expect(findProseCommands("kubectl : 쿠버네티스 도구")).toEqual([])
  })

  it("should read a program and bare subcommand inside a Korean sentence as naming the command, not as one", () => {
    expect(findProseCommands("init.defaultBranch : git init 으로 만든 저장소의 첫 브랜치")).toEqual([])
    expect(findProseCommands("`Description` : systemctl status 에 보이는 설명")).toEqual([])
    // Alone after a label, or with arguments before the sentence goes on, it is a command.
    expect(findProseCommands("시작 : git init").map((c) => c.text)).toEqual(["git init"])
    expect(findProseCommands("확인 : systemctl status nginx 로 본다").map((c) => c.text)).toEqual([
      "systemctl status nginx",
    ])
  })

  it("should not take a code span naming a program and subcommand in a sentence as a command", async () => {
    const graph = await build({
      "a.md": [
        "# A",
        "",
        "## 1. 확인",
        "",
        "필드가 기억 안 날 때는 `kubectl explain` 이 제일 빠르다.",
        "",
        "`kubectl get all -n dev` 로 리소스를 본다.",
        "",
        "`minikube status`",
        "",
      ].join("\n"),
    })
    const commands = graph.nodes.filter((node) => node.kind === "command").map((node) => node.title)
    expect(commands.sort()).toEqual(["kubectl get all -n dev", "minikube status"])
  })
})

describe("links between notes", () => {
  it("should resolve relative .md links with encoded spaces and anchors, and [[wikilinks]] by title or file name", async () => {
    const built = await buildWithBodies({
      "a/one.md":
        "# 하나\n\n## 1. 시작\n\n[둘](../b/two%20note.md#2-1-세부) [[two note]] [[하나#시작]] [위](#1-시작)\n",
      "b/two note.md": "# 둘\n\n## 2. 큰 절\n\n## 2-1) 세부\n",
    })
    const links = built.graph.edges.filter((e) => e.kind === "links").map((e) => e.to)
    expect(links).toEqual(["topic:b/two note#2-1-세부", "note:b/two note", "topic:a/one#1-시작"])
    expect(built.graph.diagnostics).toEqual([])
    const link = bodyJson(built, "topic:a/one#1-시작")
    expect(link).toContain('"targetId":"topic:b/two note#2-1-세부"')
  })
})
