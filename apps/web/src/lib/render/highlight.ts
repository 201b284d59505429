/**
 * Build-time syntax highlighting with shiki: one highlighter per process, JavaScript regex
 * engine (no WebAssembly to load), light and dark colours as CSS variables so the theme
 * toggle needs no second render.
 */
import { getCodeLanguage } from "@kube-notes/graph"
import type { Element, Root } from "hast"
import { createHighlighterCore, type HighlighterCore } from "shiki/core"
import { createJavaScriptRegexEngine } from "shiki/engine/javascript"

/** The languages this highlighter loads (below). */
const LOADED = new Set(["bash", "powershell", "yaml", "json", "dockerfile"])

let highlighter: Promise<HighlighterCore> | undefined

export function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light-default.mjs"), import("shiki/themes/github-dark-default.mjs")],
    langs: [
      import("shiki/langs/bash.mjs"),
      import("shiki/langs/powershell.mjs"),
      import("shiki/langs/yaml.mjs"),
      import("shiki/langs/json.mjs"),
      import("shiki/langs/dockerfile.mjs"),
    ],
    engine: createJavaScriptRegexEngine(),
  })
  return highlighter
}

/** The language shiki knows a fence's info string by, or undefined to leave it plain. */
export function resolveLanguage(lang: string | undefined): string | undefined {
  const canonical = getCodeLanguage(lang)
  return canonical && LOADED.has(canonical) ? canonical : undefined
}

/**
 * Highlighted blocks by language and text: notes repeat the same commands and manifests,
 * and tokenising is the costly part. The hast is shared between pages, so nothing may
 * mutate it after this point (the renderer only reads it to print HTML).
 */
const cache = new Map<string, Element | undefined>()
const CACHE_LIMIT = 5_000

/** A `<pre class="shiki">` for the code, or undefined when the language is not highlighted. */
export function highlightToHast(
  shiki: HighlighterCore,
  code: string,
  lang: string | undefined,
): Element | undefined {
  const language = resolveLanguage(lang)
  if (!language) return undefined
  const key = `${language}\0${code}`
  if (cache.has(key)) return cache.get(key)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  const element = highlightUncached(shiki, code, language)
  cache.set(key, element)
  return element
}

/**
 * Lines longer than this are left plain. It bounds the work a pathological line can cause, in
 * place of shiki's default per-line time limit (500 ms), which made the output depend on how
 * busy the machine was: a line that hit it lost its colours, so two builds of the same note differed.
 */
export const MAX_HIGHLIGHTED_LINE = 1_000

function highlightUncached(shiki: HighlighterCore, code: string, language: string): Element | undefined {
  const root = shiki.codeToHast(code, {
    lang: language,
    themes: { light: "github-light-default", dark: "github-dark-default" },
    defaultColor: false,
    tokenizeTimeLimit: 0,
    tokenizeMaxLineLength: MAX_HIGHLIGHTED_LINE,
  }) as Root
  // shiki keeps tabindex="0" on <pre>: a scrollable region must be reachable by keyboard.
  return root.children.find((child): child is Element => child.type === "element")
}
