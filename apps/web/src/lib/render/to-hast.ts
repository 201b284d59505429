/**
 * A topic's mdast → safe hast: convert with the site's handlers, sanitise everything that
 * came from the note, then (and only then) put in trusted markup: highlighted code blocks.
 */
import type { Element, ElementContent, Root as HastRoot, Parent } from "hast"
import { sanitize } from "hast-util-sanitize"
import type { Root } from "mdast"
import { toHast } from "mdast-util-to-hast"
import type { HighlighterCore } from "shiki/core"
import { createHandlers, type HandlerContext } from "./handlers.ts"
import { highlightToHast } from "./highlight.ts"
import { getSanitizeSchema } from "./sanitize-schema.ts"

export interface RenderOptions extends HandlerContext {
  /** Highlighter for code blocks; without one, code stays plain. */
  readonly shiki?: HighlighterCore
}

export function mdastToSafeHast(mdast: Root, options: RenderOptions): HastRoot {
  const raw = toHast(mdast, { handlers: createHandlers(options), allowDangerousHtml: false })
  const clean = sanitize(raw, getSanitizeSchema(options.remoteImages)) as HastRoot
  wrapCodeBlocks(clean, options.shiki)
  return clean
}

function textContent(node: ElementContent): string {
  if (node.type === "text") return node.value
  if (node.type === "element") return node.children.map(textContent).join("")
  return ""
}

/** `<pre><code class="language-x">` → `<kn-code data-code data-lang>` around shiki's `<pre>`. */
function wrapCodeBlocks(parent: Parent, shiki: HighlighterCore | undefined): void {
  parent.children.forEach((child, index) => {
    if (child.type !== "element") return
    const code = child.tagName === "pre" ? child.children.find(isCode) : undefined
    if (!code) {
      wrapCodeBlocks(child, shiki)
      return
    }
    const text = textContent(code).replace(/\n$/, "")
    const className = code.properties.className
    const classes = Array.isArray(className) ? className.map(String) : []
    const lang = classes.find((name) => name.startsWith("language-"))?.slice("language-".length)
    const highlighted = shiki ? highlightToHast(shiki, text, lang) : undefined
    const wrapper: Element = {
      type: "element",
      tagName: "kn-code",
      properties: { dataCode: text, ...(lang ? { dataLang: lang } : {}) },
      children: [highlighted ?? { ...child, properties: { ...child.properties, tabIndex: 0 } }],
    }
    parent.children[index] = wrapper
  })
}

function isCode(node: ElementContent): node is Element {
  return node.type === "element" && node.tagName === "code"
}
