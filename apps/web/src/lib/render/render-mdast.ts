/** The one entry pages use: a topic's (or note preamble's) mdast → safe HTML. */
import type { Root } from "mdast"
import { getCopiedAssets } from "../data/assets.ts"
import type { Site } from "../data/site.ts"
import { getHighlighter } from "./highlight.ts"
import { type ContentContext, renderHast } from "./render-content.ts"
import { mdastToSafeHast } from "./to-hast.ts"

export async function renderMdast(
  mdast: Root,
  site: Site,
  nextId: ContentContext["nextId"],
): Promise<string> {
  const shiki = await getHighlighter()
  const tree = mdastToSafeHast(mdast, { shiki, copiedAssets: getCopiedAssets() })
  return renderHast(tree, { getTerm: (id) => site.query.getNodeOfKind(id, "term"), nextId })
}
