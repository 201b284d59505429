import type { TopicNode } from "@kube-notes/graph"
import type { Element, ElementContent } from "hast"
import { toHtml } from "hast-util-to-html"
import type { Site } from "../lib/data/site.ts"
import { topicUrl } from "../lib/urls.ts"

const text = (value: string): ElementContent => ({ type: "text", value })

/**
 * Topics as links, each with the title of its note. A term used all over 1,000 notes has
 * thousands of places: the list is printed once as HTML (hast-util-to-html escapes every
 * title) rather than pushed through React's renderer and the RSC payload item by item.
 */
export function PlaceList({ topics, site }: { readonly topics: readonly TopicNode[]; readonly site: Site }) {
  const items = topics.map(
    (topic): Element => ({
      type: "element",
      tagName: "li",
      properties: {},
      children: [
        {
          type: "element",
          tagName: "a",
          properties: { href: topicUrl(topic.id) },
          children: [
            ...(topic.number
              ? [
                  {
                    type: "element",
                    tagName: "span",
                    properties: { className: ["topic-number"] },
                    children: [text(topic.number)],
                  } as Element,
                ]
              : []),
            text(` ${topic.title}`),
          ],
        },
        text(" "),
        {
          type: "element",
          tagName: "span",
          properties: { className: ["muted"] },
          children: [text(`— ${site.query.getNode(topic.note)?.title ?? ""}`)],
        },
      ],
    }),
  )
  const html = toHtml({ type: "root", children: items })
  // biome-ignore lint/security/noDangerouslySetInnerHtml: hast built here from titles, printed (escaped) by hast-util-to-html
  return <ul className="places" dangerouslySetInnerHTML={{ __html: html }} />
}
