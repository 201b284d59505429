import { createGraphQuery } from "@kube-notes/graph"
import { en, ko } from "@kube-notes/messages"
import { describe, expect, it } from "vitest"
import { buildNodeDocument } from "../src/render/node-document.ts"
import { documentToText } from "../src/render/serialize-line.ts"
import { buildFromFiles } from "./helpers/graphs.ts"

const PLAIN = { color: false, hyperlinks: false }

describe("a command's page in the terminal", () => {
  it("should list the options, output columns and keys a note gives under the command", async () => {
    const { graph, getBody } = await buildFromFiles({
      "top.md": [
        "# top 정리",
        "",
        "## top 옵션",
        "",
        "- -d : 갱신 간격",
        "- PR : 우선순위",
        "",
        "## top 단축키",
        "",
        "- shift + p : CPU 순 정렬",
        "",
        "```bash",
        "$ top -d 2   # 2초마다 갱신",
        "```",
      ].join("\n"),
    })
    const query = createGraphQuery(graph)
    const top = query.getNodeOfKind("command:top", "command")
    if (!top) throw new Error("no command node for top")
    const text = documentToText(buildNodeDocument(top, query, { width: 60, messages: en, getBody }), PLAIN)
    expect(text).toMatch(/Options\n• -d {2}갱신 간격/)
    expect(text).toMatch(/Output columns\n• PR {2}우선순위/)
    expect(text).toMatch(/Keys\n• shift \+ p {2}CPU 순 정렬/)

    const run = query.getNodeOfKind("command:top -d 2", "command")
    if (!run) throw new Error("no command node for top -d 2")
    expect(
      documentToText(buildNodeDocument(run, query, { width: 60, messages: en, getBody }), PLAIN),
    ).toContain("Note: 2초마다 갱신")
  })

  it("should list a file format's keywords under the format's name on the command that reads the file", async () => {
    const { graph, getBody } = await buildFromFiles({
      "image.md": [
        "# 이미지 만들기",
        "",
        "## Dockerfile 명령어",
        "",
        "- FROM : 베이스 이미지",
        "- RUN : 빌드 중 실행할 명령",
        "",
        "## docker build 옵션",
        "",
        "- -t : 이미지 이름과 태그",
      ].join("\n"),
    })
    const query = createGraphQuery(graph)
    const build = query.getNodeOfKind("command:docker build", "command")
    if (!build) throw new Error("no command node for docker build")
    const page = (messages: typeof en) =>
      documentToText(buildNodeDocument(build, query, { width: 60, messages, getBody }), PLAIN)
    expect(page(en)).toMatch(
      /Options\n• -t {2}이미지 이름과 태그\n\nDockerfile keywords\n• FROM {2}베이스 이미지\n• RUN {2}빌드 중 실행할 명령/,
    )
    expect(page(ko)).toMatch(/Dockerfile 키워드\n• FROM {2}베이스 이미지/)
  })
})
