/**
 * mdast-util-to-hast handlers for what core adds to the mdast (term and command mentions,
 * resolved links and images) and for raw HTML, which is shown as text: notes are
 * untrusted, and dropping it silently would lose what the author wrote.
 * Mentions become placeholder elements (`kn-*`) that survive sanitising; React
 * components render them (see render-content.tsx).
 */

import type { CommandMention, TermMention } from "@kube-notes/graph"
import type { Element, ElementContent } from "hast"
import type { Html, Image, Link } from "mdast"
import { defaultHandlers, type Handlers, type State } from "mdast-util-to-hast"
import { assetUrl, nodeUrl } from "../urls.ts"

export interface HandlerContext {
  /** Asset paths that were copied into the site (missing or refused ones are not). */
  readonly copiedAssets: ReadonlySet<string>
}

const textOf = (node: { children: { value: string }[] }) => node.children.map((child) => child.value).join("")

export function createHandlers(context: HandlerContext): Handlers {
  return {
    termMention(state: State, node: TermMention): Element {
      return {
        type: "element",
        tagName: "kn-term",
        properties: { dataTermId: node.termId },
        children: state.all(node) as ElementContent[],
      }
    },
    commandMention(_state: State, node: CommandMention): Element {
      return {
        type: "element",
        tagName: "kn-command",
        properties: { dataCommandId: node.commandId },
        children: [{ type: "text", value: textOf(node) }],
      }
    },
    link(state: State, node: Link) {
      const element = defaultHandlers.link(state, node)
      const internal = node.data?.targetId ? nodeUrl(node.data.targetId) : undefined
      if (internal) element.properties.href = internal
      return element
    },
    image(state: State, node: Image) {
      const assetId = node.data?.assetId
      if (!assetId) return defaultHandlers.image(state, node)
      const path = assetId.slice(assetId.indexOf(":") + 1)
      if (!context.copiedAssets.has(path)) {
        return {
          type: "element",
          tagName: "kn-missing-image",
          properties: { dataPath: path },
          children: [{ type: "text", value: node.alt ?? "" }],
        }
      }
      const element = defaultHandlers.image(state, { ...node, url: assetUrl(path) })
      element.properties.loading = "lazy"
      return element
    },
    html(_state: State, node: Html): Element {
      return {
        type: "element",
        tagName: "code",
        properties: { className: ["raw-html"] },
        children: [{ type: "text", value: node.value }],
      }
    },
  } as Handlers
}
