/** The one Markdown parser every note goes through: CommonMark + GFM + YAML front matter. */
import type { Root } from "mdast"
import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"
import { parseInChunks } from "./chunked-parse.ts"

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze()

export function parseMarkdown(text: string): Root {
  return parseInChunks(text, (chunk) => processor.parse(chunk))
}

export { ANALYSIS_VERSION } from "./analysis-version.ts"
