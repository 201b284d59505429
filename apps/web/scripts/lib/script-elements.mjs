// The <script> elements of a page the site exported, found by walking its tags rather than by a
// pattern over the whole text: note content may hold `<script>` or `self.__next_f` as words —
// text is escaped, but hast-util-to-html leaves `<` raw inside (always double-quoted) attribute
// values, e.g. a link's title — and a pattern would take those for scripts.

/**
 * Every script element: where it starts and ends in `html`, its start tag's attributes and its
 * text. Skips comments and quoted attribute values; a script's text runs to its `</script`.
 */
export function scriptElements(html) {
  const scripts = []
  const lower = html.toLowerCase()
  let at = html.indexOf("<")
  while (at !== -1 && at < html.length) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4)
      at = close === -1 ? -1 : html.indexOf("<", close + 3)
      continue
    }
    // The end of this tag: the first `>` outside a quoted attribute value.
    let end = at + 1
    let quote = ""
    for (; end < html.length; end++) {
      const char = html[end]
      if (quote) {
        if (char === quote) quote = ""
      } else if (char === '"' || char === "'") quote = char
      else if (char === ">") break
    }
    if (end >= html.length) break
    const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(at, end))?.[1]?.toLowerCase()
    if (name !== "script") {
      at = html.indexOf("<", end + 1)
      continue
    }
    const close = lower.indexOf("</script", end + 1)
    const closeEnd = close === -1 ? -1 : html.indexOf(">", close)
    if (closeEnd === -1) throw new Error("a <script> without its </script>")
    scripts.push({
      start: at,
      end: closeEnd + 1,
      attributes: html.slice(at + "<script".length, end),
      text: html.slice(end + 1, close),
    })
    at = html.indexOf("<", closeEnd + 1)
  }
  return scripts
}
