import type { TopicNode } from "@kube-notes/graph"
import type { Element, ElementContent } from "hast"
import { toHtml } from "hast-util-to-html"
import type { Site } from "../lib/data/site.ts"
import { topicUrl } from "../lib/urls.ts"

const text = (value: string): ElementContent => ({ type: "text", value })

/** One place: the topic as a link, then its note's title. */
function placeItem(topic: TopicNode, site: Site): Element {
  return {
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
  }
}

/**
 * Each topic's item printed once per site: a topic that mentions several terms and commands is
 * listed on each of their pages (67,000 items at 1,000 generated notes, 7,400 distinct), and
 * its item is the same on all of them. Keyed by the site, so a site loaded again (next dev
 * after an edit) prints its own.
 */
const printedItems = new WeakMap<Site, Map<string, string>>()

function placeItemHtml(topic: TopicNode, site: Site): string {
  let items = printedItems.get(site)
  if (!items) {
    items = new Map()
    printedItems.set(site, items)
  }
  let html = items.get(topic.id)
  if (html === undefined) {
    // An element prints the same alone as among siblings (no optional tags are left out).
    html = toHtml(placeItem(topic, site))
    items.set(topic.id, html)
  }
  return html
}

/**
 * Topics as links, each with the title of its note. A term used all over 1,000 notes has
 * thousands of places: the list is printed once as HTML (hast-util-to-html escapes every
 * title) rather than pushed through React's renderer and the RSC payload item by item.
 */
export function PlaceList({ topics, site }: { readonly topics: readonly TopicNode[]; readonly site: Site }) {
  const html = topics.map((topic) => placeItemHtml(topic, site)).join("")
  // biome-ignore lint/security/noDangerouslySetInnerHtml: hast built here from titles, printed (escaped) by hast-util-to-html
  return <ul className="places" dangerouslySetInnerHTML={{ __html: html }} />
}
