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
import { messages as m } from "../messages.ts"
import { assetUrl, nodeUrl } from "../urls.ts"

export interface HandlerContext {
  /** Asset paths that were copied into the site (missing or refused ones are not). */
  readonly copiedAssets: ReadonlySet<string>
}

const missing = (path: string, alt: string | null | undefined): Element => ({
  type: "element",
  tagName: "kn-missing-image",
  properties: { dataPath: path },
  children: [{ type: "text", value: alt ?? "" }],
})

/**
 * An image that is not one of the notes' own files. The site never loads anything from
 * another host (privacy; a page makes no request off the local server), so a remote image
 * becomes a link labelled with its alt text and host; anything else shows as missing.
 */
function remoteOrMissing(node: Image): Element {
  const host = remoteHost(node.url)
  if (!host) return missing(node.url, node.alt)
  const label = `${node.alt?.trim() || m.content.image} (${host})`
  return {
    type: "element",
    tagName: "kn-remote-image",
    properties: {},
    children: [
      {
        type: "element",
        tagName: "a",
        // The sanitiser still checks the protocol (and drops `rel`: content-elements adds it).
        properties: { href: node.url },
        children: [{ type: "text", value: label }],
      },
    ],
  }
}

/** The host of an http(s) or protocol-relative URL, or undefined. */
function remoteHost(url: string): string | undefined {
  if (!/^(https?:)?\/\//i.test(url)) return undefined
  try {
    return new URL(url, "https://invalid.invalid").host || undefined
  } catch {
    return undefined
  }
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
      if (!assetId) return remoteOrMissing(node)
      const path = assetId.slice(assetId.indexOf(":") + 1)
      if (!context.copiedAssets.has(path)) return missing(path, node.alt)
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
