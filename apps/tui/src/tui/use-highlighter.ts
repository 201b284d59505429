/**
 * Syntax highlighting with shiki, loaded on the first code block shown (it costs time and
 * memory the first frame should not pay). Until a block is highlighted it renders plain;
 * `version` changes when a highlight lands so the reader lays out again.
 */
import { getCodeLanguage } from "@kube-notes/graph"
import { useCallback, useRef, useState } from "react"

type Highlight = (code: string, lang: string | undefined) => string | undefined

export function useHighlighter(enabled: boolean): { highlight: Highlight | undefined; version: number } {
  const cache = useRef(new Map<string, string | null>())
  const [version, setVersion] = useState(0)
  const highlight = useCallback<Highlight>((code, lang) => {
    const shikiLang = getCodeLanguage(lang)
    if (!shikiLang) return undefined
    const key = `${shikiLang}\u0000${code}`
    const known = cache.current.get(key)
    if (known !== undefined) return known ?? undefined
    cache.current.set(key, null)
    import("@shikijs/cli")
      .then(({ codeToANSI }) => codeToANSI(code, shikiLang as never, "github-dark"))
      .then((ansi) => {
        cache.current.set(key, ansi)
        setVersion((v) => v + 1)
      })
      .catch(() => undefined) // plain code is a fine fallback
    return undefined
  }, [])
  return { highlight: enabled ? highlight : undefined, version }
}
