import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"
import { describe, expect, it } from "vitest"
import { parseInChunks, splitIntoChunks } from "../src/analyze/chunked-parse.ts"

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"])
const parse = (text: string) => processor.parse(text)
// Small pieces: the same cutting rules as with the real 64 KiB, on a twentieth of the text
// (micromark is superlinear, so parsing the real size in one go took a minute under load).
const CHUNK_CHARS = 3 * 1024

/** A long note: headings, lists, tables, fences that hold heading-like lines, paragraphs. */
function longNote(sections: number): string {
  let text = "---\ntitle: 긴 노트\n---\n# 긴 노트\n\n"
  for (let i = 1; i <= sections; i++) {
    text += `## ${i}. 절 ${i}\n\n문단 ${i}: **kubelet** 과 \`kubectl get pods\`, "https://kubernetes.io/${i}"에서.\n\n`
    text += `- 항목 : 정의 ${i}\n  - 하위\n\n| a | b |\n|---|---|\n| ${i} | 값 |\n\n`
    text += "```bash\n# 제목처럼 보이는 주석\n$ kubectl apply -f x.yaml\n\n일반 텍스트\n```\n\n"
    text += `다음 문단이 빈 줄 뒤에 온다.\n${"긴 문장 ".repeat(40)}\n\n`
  }
  return text
}

describe("parsing large notes in pieces", () => {
  it("should give the same tree, positions included, as parsing in one go", () => {
    const text = longNote(30)
    expect(text.length).toBeGreaterThan(3 * CHUNK_CHARS)
    expect(splitIntoChunks(text, CHUNK_CHARS).length).toBeGreaterThan(2)
    expect(parseInChunks(text, parse, CHUNK_CHARS).children).toEqual(parse(text).children)
  })

  it("should never cut inside a fenced code block", () => {
    const fence = `\`\`\`\n${"# 코드 안의 줄\n\n평문\n".repeat(CHUNK_CHARS / 10)}\`\`\`\n`
    const text = `${"문단\n\n".repeat(CHUNK_CHARS / 4)}${fence}\n# 뒤\n`
    const chunks = splitIntoChunks(text, CHUNK_CHARS)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.text.split("```").length % 2).toBe(1)
    expect(parseInChunks(text, parse, CHUNK_CHARS).children).toEqual(parse(text).children)
  })
})
