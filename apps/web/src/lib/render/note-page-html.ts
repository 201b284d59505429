/**
 * A note page's content — breadcrumbs, the note with every topic, previous/next, the table of
 * contents — as one HTML string, built as hast (like the bodies, content-elements.ts) from the
 * note's page data and its rendered bodies. Next renders the note route once, as a template
 * with a slot (src/app/notes/[...note]/page.tsx), and scripts/lib/fill-note-pages.mjs puts
 * each note's HTML in it: 1,000 note pages no longer cost 1,000 RSC + HTML renders.
 * Everything here is trusted structure; hast-util-to-html escapes every text and attribute.
 */
import { getIdKey } from "@kube-notes/graph"
import type { Element, ElementContent } from "hast"
import { toHtml } from "hast-util-to-html"
import type { NotePageData, NotePageTopic, PageLink } from "../data/note-page-data.ts"
import { messages as m } from "../messages.ts"
import { nodeUrl, noteUrl, termUrl, topicUrl, withBase } from "../urls.ts"
import { el, raw, text } from "./content-elements.ts"

/**
 * Where a rendered body goes in the printed page: printed as it is (a `raw` node), and no text or
 * attribute value can print as it — hast-util-to-html escapes `<` in text and `"` in attribute values.
 */
const BODY = '<"body">'

/** "카드 N개 · 복습 예정 M개": M is filled in the browser (StudyBadges.tsx), "–" without JavaScript. */
function studyBadge(scope: string, total: number): Element {
  return el(
    "a",
    {
      className: ["study-badge"],
      href: withBase(`/study/?topic=${encodeURIComponent(scope)}`),
      dataStudyScope: scope,
    },
    [text(`카드 ${total}개 · 복습 예정 `), el("span", { dataStudyDue: "" }, [text("–")]), text("개")],
  )
}

function breadcrumbs(folder: string | undefined, title: string): Element {
  const crumbs = [...(folder ? [folder] : []), title]
  return el("nav", { className: ["breadcrumbs"], ariaLabel: m.notePage.breadcrumbsLabel }, [
    el("ol", {}, [
      el("li", {}, [el("a", { href: withBase("/") }, [text(m.notePage.home)])]),
      ...crumbs.map((label, index) =>
        el("li", index === crumbs.length - 1 ? { ariaCurrent: "page" } : {}, [text(label)]),
      ),
    ]),
  ])
}

/** A topic's number (if any) and title, the label of its heading and of its contents entry. */
const topicLabel = (topic: { number?: string | undefined; title: string }): ElementContent[] => [
  ...(topic.number ? [el("span", { className: ["topic-number"] }, [text(topic.number)])] : []),
  text(` ${topic.title}`),
]

/**
 * Each chip printed once per process: the same terms and notes are chips under topic after topic
 * (56,000 chips at 1,000 generated notes). Printed as the page is (noteContentHtml's options).
 */
const printedChips = new Map<string, string>()
const PRINTED_CHIPS_LIMIT = 20_000

function chip(href: string | undefined, title: string): ElementContent {
  const key = `${href ?? "\0"}\0${title}`
  let html = printedChips.get(key)
  if (html === undefined) {
    html = toHtml(el("li", {}, [el("a", { href }, [text(title)])]))
    if (printedChips.size >= PRINTED_CHIPS_LIMIT) printedChips.clear()
    printedChips.set(key, html)
  }
  return raw(html)
}

const chips = (
  title: string,
  links: readonly PageLink[],
  href: (id: string) => string | undefined,
): Element =>
  el("div", {}, [
    el("p", { className: ["meta-title"] }, [text(title)]),
    el(
      "ul",
      { className: ["chips"] },
      links.map((link) => chip(href(link.id), link.title)),
    ),
  ])

/** One topic at its own anchor (`#<slug>`): heading, study badge, parent, body, terms, backlinks. */
function topicSection(topic: NotePageTopic): Element {
  const level = Math.min(topic.level, 5)
  const { parent, terms, backlinks, cards } = topic
  const meta = [
    ...(terms.length > 0 ? [chips(m.notePage.relatedTerms, terms, termUrl)] : []),
    ...(backlinks.length > 0 ? [chips(m.notePage.mentionedHere, backlinks, nodeUrl)] : []),
  ]
  return el(
    "section",
    { className: ["topic", `topic-level-${Math.min(topic.level, 4)}`], ariaLabelledBy: [topic.slug] },
    [
      el(`h${level + 1}`, { id: topic.slug, className: ["topic-heading"] }, [
        el("a", { href: topicUrl(topic.id) }, topicLabel(topic)),
      ]),
      ...(cards > 0 ? [el("p", { className: ["topic-study"] }, [studyBadge(topic.id, cards)])] : []),
      ...(parent
        ? [
            el("p", { className: ["topic-parent", "muted"] }, [
              text(`${m.notePage.parentTopic} `),
              el("a", { href: topicUrl(parent.id) }, [text(parent.title)]),
            ]),
          ]
        : []),
      prose(),
      ...(meta.length > 0 ? [el("footer", { className: ["topic-meta"] }, meta)] : []),
    ],
  )
}

/** A body's place: the body itself goes in after the page is printed (noteContentHtml). */
const prose = (): Element => el("div", { className: ["prose"] }, [raw(BODY)])

function prevNext(previous: PageLink | undefined, next: PageLink | undefined): Element[] {
  if (!previous && !next) return []
  const link = (rel: "prev" | "next", note: PageLink, label: string) =>
    el(
      "a",
      { rel: [rel], ...(rel === "next" ? { className: ["next"] } : {}), href: noteUrl(getIdKey(note.id)) },
      [el("span", { className: ["muted"] }, [text(label)]), el("span", {}, [text(note.title)])],
    )
  return [
    el("nav", { className: ["prev-next"], ariaLabel: m.notePage.readingOrderLabel }, [
      previous ? link("prev", previous, m.notePage.previousNote) : el("span", {}, []),
      ...(next ? [link("next", next, m.notePage.nextNote)] : []),
    ]),
  ]
}

function tableOfContents(topics: readonly NotePageTopic[]): Element {
  return el("nav", { className: ["toc"], ariaLabel: m.notePage.tocLabel }, [
    el("details", { open: true }, [
      el("summary", {}, [text(m.notePage.tocLabel)]),
      el(
        "ol",
        {},
        topics.map((topic) =>
          el("li", { className: [`toc-level-${Math.min(topic.level, 4)}`] }, [
            el("a", { href: topicUrl(topic.id) }, topicLabel(topic)),
          ]),
        ),
      ),
    ]),
  ])
}

export interface RenderedNote {
  /** The note's preamble (before its first heading) as HTML, if it has one. */
  readonly preamble?: string | undefined
  /** Each topic's body as HTML, in the order of `data.topics`. */
  readonly bodies: readonly string[]
}

/** The inside of `<div class="page note-page">` for one note. */
export function noteContentHtml(data: NotePageData, rendered: RenderedNote): string {
  const { note, topics } = data
  const folder = note.path.includes("/") ? note.path.slice(0, note.path.lastIndexOf("/")) : undefined
  const notePath: ElementContent[] = [el("code", {}, [text(note.path)])]
  if (data.cards > 0) notePath.push(text(" "), studyBadge(note.id, data.cards))
  const article = el("article", { className: ["note"], ariaLabelledBy: ["note-title"] }, [
    el("h1", { id: "note-title" }, [text(note.title)]),
    el("p", { className: ["muted", "note-path"] }, notePath),
    ...(rendered.preamble !== undefined ? [prose()] : []),
    ...topics.map(topicSection),
    ...prevNext(data.previous, data.next),
  ])
  const layout = el("div", { className: ["note-layout"] }, [
    article,
    ...(topics.length > 0 ? [tableOfContents(topics)] : []),
  ])
  // The page's own markup is printed around places for the bodies, which are joined in once:
  // printed inside the tree, every body (42 MB of HTML at 1,000 notes) was copied again at each
  // level of the page's nesting.
  const parts = toHtml(
    { type: "root", children: [breadcrumbs(folder, note.title), layout] },
    { allowDangerousHtml: true },
  ).split(BODY)
  const bodies = [
    ...(rendered.preamble !== undefined ? [rendered.preamble] : []),
    ...topics.map((_, i) => rendered.bodies[i] ?? ""),
  ]
  const page: string[] = [parts[0] ?? ""]
  for (const [i, body] of bodies.entries()) page.push(body, parts[i + 1] ?? "")
  return page.join("")
}
