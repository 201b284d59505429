/** The one Markdown parser every note goes through: CommonMark + GFM + YAML front matter. */
import type { Root } from "mdast"
import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { type Processor, unified } from "unified"
import { type AutolinkKind, autolinkKindsIn, leanAutolinkLiterals } from "./autolink-literals.ts"
import { parseInChunks } from "./chunked-parse.ts"

/**
 * One frozen processor per set of autolink literals a text can hold (at most 8), made when
 * first needed: each leaves out the autolink constructs that cannot match (autolink-literals.ts).
 */
const processors = new Map<string, Processor<Root>>()

function processorFor(kinds: AutolinkKind[]): Processor<Root> {
  const key = kinds.join(",")
  let processor = processors.get(key)
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(leanAutolinkLiterals, kinds)
      .use(remarkFrontmatter, ["yaml"])
      .freeze() as unknown as Processor<Root>
    processors.set(key, processor)
  }
  return processor
}

export function parseMarkdown(text: string): Root {
  return parseInChunks(text, (chunk) => processorFor(autolinkKindsIn(chunk)).parse(chunk))
}

export { ANALYSIS_VERSION } from "./analysis-version.ts"
