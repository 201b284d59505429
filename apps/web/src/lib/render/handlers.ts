/**
 * mdast-util-to-hast handlers for what core adds to the mdast (term and command mentions,
 * resolved links and images; remote-image.ts for pictures on other hosts) and for raw HTML,
 * which is shown as text: notes are untrusted, and dropping it silently would lose what the
 * author wrote.
 * Mentions become placeholder elements (`kn-*`) that survive sanitising; React
 * components render them (see render-content.tsx).
 */

import type { CommandMention, TermMention } from "@kube-notes/graph"
import type { Element, ElementContent } from "hast"
import type { Html, Image, ImageReference, Link } from "mdast"
import { defaultHandlers, type Handlers, type State } from "mdast-util-to-hast"
import { assetUrl, nodeUrl } from "../urls.ts"
import { type RemoteImages, remoteImageElement } from "./remote-image.ts"

export interface HandlerContext {
  /** Asset paths that were copied into the site (missing or refused ones are not). */
  readonly copiedAssets: ReadonlySet<string>
  /** kube-notes.json's `remoteImages`: show https pictures, or keep them as links. @default "show" */
  readonly remoteImages?: RemoteImages
  /** Title of the section being rendered: the alt text of a remote picture that has none. */
  readonly sectionTitle?: string
}

const missing = (path: string, alt: string | null | undefined): Element => ({
  type: "element",
  tagName: "kn-missing-image",
  properties: { dataPath: path },
  children: [{ type: "text", value: alt ?? "" }],
})

const textOf = (node: { children: { value: string }[] }) => node.children.map((child) => child.value).join("")

export function createHandlers(context: HandlerContext): Handlers {
  const image = (state: State, node: Image): Element => {
    const assetId = node.data?.assetId
    if (!assetId)
      return (
        remoteImageElement(node, context.remoteImages ?? "show", context.sectionTitle) ??
        missing(node.url, node.alt)
      )
    const path = assetId.slice(assetId.indexOf(":") + 1)
    if (!context.copiedAssets.has(path)) return missing(path, node.alt)
    const element = defaultHandlers.image(state, { ...node, url: assetUrl(path) })
    element.properties.loading = "lazy"
    return element
  }

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
    image,
    // `![alt][ref]`: the same rules as `![alt](url)`, never mdast-util-to-hast's bare `<img>`.
    imageReference(state: State, node: ImageReference) {
      const definition = state.definitionById.get(String(node.identifier).toUpperCase())
      if (!definition) return defaultHandlers.imageReference(state, node)
      return image(state, {
        type: "image",
        url: definition.url,
        title: definition.title ?? null,
        alt: node.alt ?? null,
      })
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
