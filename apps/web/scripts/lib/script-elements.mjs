// The <script> elements of a page the site exported, found by walking its tags rather than by a
// pattern over the whole text: note content may hold `<script>` or `self.__next_f` as words —
// text is escaped, but hast-util-to-html leaves `<` raw inside (always double-quoted) attribute
// values, e.g. a link's title — and a pattern would take those for scripts.

/** What ends a tag's scan: its `>`, or a quote that opens an attribute value. */
const TAG_END = /["'>]/g
const NAME_CHAR = /^[\w-]$/
const SCRIPT_CLOSE = /<\/script/gi

/**
 * Every script element: where it starts and ends in `html`, its start tag's attributes and its
 * text. Skips comments and quoted attribute values; a script's text runs to its `</script`.
 */
export function scriptElements(html) {
  const scripts = []
  let at = html.indexOf("<")
  while (at !== -1 && at < html.length) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4)
      at = close === -1 ? -1 : html.indexOf("<", close + 3)
      continue
    }
    // The end of this tag: the first `>` outside a quoted attribute value.
    let end = at + 1
    for (;;) {
      TAG_END.lastIndex = end
      const stop = TAG_END.exec(html)
      if (!stop) {
        end = html.length
        break
      }
      end = stop.index
      if (stop[0] === ">") break
      const quoteEnd = html.indexOf(stop[0], end + 1)
      end = quoteEnd === -1 ? html.length : quoteEnd + 1
    }
    if (end >= html.length) break
    // The tag's name is `script` (a name runs on over letters, digits, `_` and `-`).
    if (
      html.slice(at, at + "<script".length).toLowerCase() !== "<script" ||
      NAME_CHAR.test(html[at + "<script".length])
    ) {
      at = html.indexOf("<", end + 1)
      continue
    }
    SCRIPT_CLOSE.lastIndex = end + 1
    const close = SCRIPT_CLOSE.exec(html)?.index ?? -1
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
