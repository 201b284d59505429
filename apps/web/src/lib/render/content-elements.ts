/**
 * The site's own markup inside a rendered topic, built as hast (not React): the note's body
 * becomes one HTML string, so a 1,000-note build does not push every paragraph through
 * React's server renderer and the RSC payload. Everything here is trusted structure around
 * text that already passed the sanitiser.
 */
import type { TermNode } from "@kube-notes/graph"
import type { Element, ElementContent } from "hast"
import { toHtml } from "hast-util-to-html"
import { messages as m } from "../messages.ts"
import { termUrl } from "../urls.ts"

export type TermLookup = (termId: string) => TermNode | undefined

export const text = (value: string): ElementContent => ({ type: "text", value })
export const el = (
  tagName: string,
  properties: Element["properties"],
  children: ElementContent[],
): Element => ({
  type: "element",
  tagName,
  properties,
  children,
})

/**
 * A copy button with no JavaScript of its own: one delegated listener (Enhancements.tsx)
 * handles every `[data-copy]` button, and CSS hides them while JavaScript is off.
 */
export function copyButton(copyText: string, label: string): Element {
  return el(
    "button",
    { type: "button", className: ["copy"], dataCopy: copyText, ariaLabel: m.content.copyLabel(label) },
    [el("span", { ariaHidden: "true" }, [text(m.content.copy)])],
  )
}

/** Descriptions from sentences a tooltip shows; the term page shows them all. */
const TIP_DESCRIPTIONS = 2

/** How the content of a page is printed (render-content.ts): named character references. */
export const PRINT_OPTIONS = { characterReferences: { useNamedReferences: true } } as const

/** Already printed HTML inside a tree: hast's `raw` node, printed as it is (allowDangerousHtml). */
export const raw = (value: string): ElementContent => ({ type: "raw", value }) as unknown as ElementContent

/** What a term's tooltip shows: its title, its definition, then up to two sentences of the notes. */
function tipContent(term: TermNode): ElementContent[] {
  return [
    el("strong", {}, [text(term.title)]),
    text(
      term.definition
        ? ` — ${term.definition}`
        : term.descriptions.length > 0
          ? ""
          : m.content.noDefinitionTip,
    ),
    // Sentences of the notes about the term, after the main definition (a tooltip shows two).
    ...term.descriptions
      .slice(0, TIP_DESCRIPTIONS)
      .map((description) => el("span", { className: ["term-tip-description"] }, [text(description.text)])),
  ]
}

/** A term's link and tooltip, printed around the mention's own text and its tooltip id. */
interface PrintedTerm {
  /** `<span class="term"><a class="term-link" href="…"`, before the link's aria-describedby. */
  readonly linkStart: string
  /** The inside of the tooltip. */
  readonly tip: string
}

/**
 * Each term's markup printed once per process: a page mentions terms hundreds of times (107,000
 * mentions at 1,000 generated notes), each a link and a tooltip of six elements that differ only
 * in the tooltip's id. Keyed by everything the markup is made of, so an edited term (next dev)
 * prints anew.
 */
const printedTerms = new Map<string, PrintedTerm>()
const PRINTED_TERMS_LIMIT = 5_000

function printedTerm(term: TermNode): PrintedTerm {
  const [first, second] = term.descriptions
  const key = [
    term.id,
    term.title,
    term.definition,
    term.descriptions.length,
    first?.text,
    second?.text,
  ].join("\0")
  let printed = printedTerms.get(key)
  if (printed === undefined) {
    // An `a` with no children prints as its start tag and `></a>`: its start without the `>`.
    const link = toHtml(el("a", { className: ["term-link"], href: termUrl(term.id) }, []), PRINT_OPTIONS)
    printed = {
      linkStart: `<span class="term">${link.slice(0, -"></a>".length)}`,
      tip: toHtml({ type: "root", children: tipContent(term) }, PRINT_OPTIONS),
    }
    if (printedTerms.size >= PRINTED_TERMS_LIMIT) printedTerms.clear()
    printedTerms.set(key, printed)
  }
  return printed
}

/**
 * A mention of a glossary term: a link to the term's page, and its definition (then up to two
 * sentences of the notes about it) in a tooltip
 * shown on hover and on keyboard focus by CSS alone (works with JavaScript off). The markup
 * around the mention's text is printed HTML (`raw`, printedTerm): what hast-util-to-html prints for
 * `<span class="term"><a class="term-link" href aria-describedby>…</a><span class="term-tip"
 * role="tooltip" id>…</span></span>` (test/unit/render.test.ts compares the two). `tipId` is
 * the page's id maker's (`tip-N`): no character in it needs escaping.
 */
export function termLink(
  term: TermNode | undefined,
  tipId: string,
  children: ElementContent[],
): ElementContent[] {
  if (!term) return children
  const { linkStart, tip } = printedTerm(term)
  return [
    raw(`${linkStart} aria-describedby="${tipId}">`),
    ...children,
    raw(`</a><span class="term-tip" role="tooltip" id="${tipId}">${tip}</span></span>`),
  ]
}

/** A command written in prose: inline code and a copy button, printed. */
export function commandCode(commandText: string): ElementContent {
  let html = printedCommands.get(commandText)
  if (html === undefined) {
    html = toHtml(
      el("span", { className: ["command"] }, [
        el("code", {}, [text(commandText)]),
        copyButton(commandText, m.content.commandLabel(commandText)),
      ]),
      PRINT_OPTIONS,
    )
    if (printedCommands.size >= PRINTED_COMMANDS_LIMIT) printedCommands.clear()
    printedCommands.set(commandText, html)
  }
  return raw(html)
}

/**
 * Each command's markup printed once per process (`raw`, as termLink's): notes write the same
 * commands again and again (6,700 mentions of 19 commands at 1,000 generated notes).
 */
const printedCommands = new Map<string, string>()
const PRINTED_COMMANDS_LIMIT = 5_000

/** A code block: its language, a copy button, then the highlighted (or plain) `<pre>`. */
export function codeBlock(code: string, lang: string | undefined, pre: ElementContent): Element {
  return el("div", { className: ["code-block"] }, [
    el("div", { className: ["code-bar"] }, [
      el("span", { className: ["code-lang"] }, [text(lang ?? "text")]),
      copyButton(code, m.content.code),
    ]),
    pre,
  ])
}

/** An image the note shows but the content folder does not have (a `missing-asset` diagnostic). */
export function missingImage(path: string, children: ElementContent[]): Element {
  const caption: ElementContent[] = children.length > 0 ? [text(" ("), ...children, text(")")] : []
  return el("span", { className: ["missing-image"] }, [
    text(m.content.missingImage),
    el("code", {}, [text(path)]),
    ...caption,
  ])
}

/**
 * A remote image, never loaded: the sanitised link to it, marked as an image; opening it
 * sends no referrer to the other host.
 */
export function remoteImage(children: ElementContent[]): Element {
  const links = children.map((child) =>
    child.type === "element" && child.tagName === "a"
      ? { ...child, properties: { ...child.properties, rel: ["nofollow", "noopener", "noreferrer"] } }
      : child,
  )
  return el("span", { className: ["remote-image"] }, [text(m.content.remoteImage), ...links])
}
