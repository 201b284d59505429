/**
 * Safe hast → an HTML string. The `kn-*` placeholders from the handlers become the site's
 * own markup (content-elements.ts); everything else is plain HTML that already passed the
 * sanitiser, and hast-util-to-html escapes every text and attribute value.
 */
import type { ElementContent, Root as HastRoot, Parent } from "hast"
import { toHtml } from "hast-util-to-html"
import {
  codeBlock,
  commandCode,
  missingImage,
  PRINT_OPTIONS,
  remoteImage,
  type TermLookup,
  termLink,
} from "./content-elements.ts"

export interface ContentContext {
  readonly getTerm: TermLookup
  /** Makes the tooltip ids unique across the page. */
  readonly nextId: () => string
}

export function renderHast(tree: HastRoot, context: ContentContext): string {
  expandPlaceholders(tree, context)
  // Raw nodes are only the site's own printed markup (termLink): the sanitiser removed any other.
  return toHtml(tree, { ...PRINT_OPTIONS, allowDangerousHtml: true })
}

const textOf = (node: ElementContent): string =>
  node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : ""

function expandPlaceholders(parent: Parent, context: ContentContext): void {
  const out: ElementContent[] = []
  for (const child of parent.children as ElementContent[]) {
    if (child.type !== "element") {
      out.push(child)
      continue
    }
    // A code block's `<pre>` may be shared with other pages (highlight cache): left as it is.
    if (child.tagName !== "kn-code") expandPlaceholders(child, context)
    const props = child.properties
    switch (child.tagName) {
      case "kn-term":
        out.push(...termLink(context.getTerm(String(props.dataTermId)), context.nextId(), child.children))
        break
      case "kn-command":
        out.push(commandCode(child.children.map(textOf).join("")))
        break
      case "kn-code":
        out.push(
          codeBlock(
            String(props.dataCode ?? ""),
            props.dataLang === undefined ? undefined : String(props.dataLang),
            child.children[0] ?? { type: "text", value: "" },
          ),
        )
        break
      case "kn-missing-image":
        out.push(missingImage(String(props.dataPath ?? ""), child.children))
        break
      case "kn-remote-image":
        out.push(remoteImage(child.children))
        break
      default:
        out.push(child)
    }
  }
  parent.children = out
}

/** A page-wide id maker: `prefix-1`, `prefix-2`, … */
export function createIdMaker(prefix: string): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}
