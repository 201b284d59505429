/** The one Markdown parser every note goes through: CommonMark + GFM + YAML front matter. */
import type { Root } from "mdast"
import remarkFrontmatter from "remark-frontmatter"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { type Processor, unified } from "unified"
import { parseInChunks } from "./chunked-parse.ts"
import { constructsNeededBy, leanGfm, type OptionalConstruct } from "./lean-gfm.ts"

/**
 * One frozen processor per set of optional GFM constructs a text can need (at most 16), made
 * when first needed: each leaves out the constructs that cannot match (lean-gfm.ts).
 */
const processors = new Map<string, Processor<Root>>()

function processorFor(needed: OptionalConstruct[]): Processor<Root> {
  const key = needed.join(",")
  let processor = processors.get(key)
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(leanGfm, needed)
      .use(remarkFrontmatter, ["yaml"])
      .freeze() as unknown as Processor<Root>
    processors.set(key, processor)
  }
  return processor
}

export function parseMarkdown(text: string): Root {
  return parseInChunks(text, (chunk) => processorFor(constructsNeededBy(chunk)).parse(chunk))
}

export { ANALYSIS_VERSION } from "./analysis-version.ts"
