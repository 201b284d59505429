/** The one entry pages use: a topic's (or note preamble's) mdast → safe HTML. */
import type { Root } from "mdast"
import { getCopiedAssets } from "../data/assets.ts"
import { getSiteSettings } from "../data/settings.ts"
import type { TermLookup } from "./content-elements.ts"
import { getHighlighter } from "./highlight.ts"
import { type ContentContext, renderHast } from "./render-content.ts"
import { mdastToSafeHast } from "./to-hast.ts"

/** `sectionTitle`: the topic's (or note's) title, the alt text of a remote picture that has none. */
export async function renderMdast(
  mdast: Root,
  getTerm: TermLookup,
  nextId: ContentContext["nextId"],
  sectionTitle?: string,
): Promise<string> {
  const shiki = await getHighlighter()
  const tree = mdastToSafeHast(mdast, {
    shiki,
    copiedAssets: getCopiedAssets(),
    remoteImages: getSiteSettings().remoteImages,
    ...(sectionTitle === undefined ? {} : { sectionTitle }),
  })
  return renderHast(tree, { getTerm, nextId })
}
