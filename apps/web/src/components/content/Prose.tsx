/**
 * A rendered note body. The HTML comes from render-mdast: the note's mdast passed
 * hast-util-sanitize and was printed by hast-util-to-html (every value escaped), so it is
 * inserted as one string instead of thousands of React elements (build time, page weight).
 */
export function Prose({ html }: { readonly html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised hast printed by hast-util-to-html (see render-mdast.ts)
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
}
