import type { CommandNode } from "@kube-notes/graph"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { CommandOptions } from "../../src/components/CommandOptions.tsx"
import { graphOf } from "./helpers.ts"

/** A note listing a Dockerfile's instructions and, in its own section, `docker build`'s options. */
const NOTE = [
  "# 이미지 만들기",
  "",
  "## Dockerfile 명령어",
  "",
  "- FROM : 베이스 이미지",
  "- RUN : 빌드 중 실행할 명령",
  "- COPY : 파일 복사",
  "",
  "## docker build 옵션",
  "",
  "- -t : 이미지 이름과 태그",
  "- --no-cache : 캐시 없이 빌드",
  "",
].join("\n")

async function dockerBuildOptions() {
  const { graph } = await graphOf({ "a.md": NOTE })
  const build = graph.nodes.find((n): n is CommandNode => n.kind === "command" && n.text === "docker build")
  if (!build) throw new Error("no docker build command in the graph")
  return build.options
}

describe("a command's options on the site", () => {
  it("should list a file format's keywords under a heading naming the format, after the options", async () => {
    const html = renderToStaticMarkup(createElement(CommandOptions, { options: await dockerBuildOptions() }))
    const keywords = html.indexOf(
      '<section data-role="keyword" data-format="Dockerfile"><h3>Dockerfile 키워드</h3>',
    )
    const options = html.indexOf('<section data-role="option"><h3>옵션</h3>')
    expect(options).toBeGreaterThan(-1)
    expect(keywords).toBeGreaterThan(options)
    const list = html.slice(keywords)
    for (const name of ["FROM", "RUN", "COPY"]) expect(list).toContain(`<dt><code>${name}</code></dt>`)
    expect(list).toContain("<dd>베이스 이미지</dd>")
    expect(list).not.toContain("<code>-t</code>")
  })

  it("should title the groups one level down when nested, as on the cheat sheet", async () => {
    const html = renderToStaticMarkup(
      createElement(CommandOptions, { options: await dockerBuildOptions(), level: 4 }),
    )
    expect(html).toContain("<h4>Dockerfile 키워드</h4>")
    expect(html).not.toContain("<h3>")
  })
})
