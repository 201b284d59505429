import type { Element, ElementContent } from "hast"
import { describe, expect, it } from "vitest"
import { getHighlighter, highlightToHast, MAX_HIGHLIGHTED_LINE } from "../../src/lib/render/highlight.ts"

/** The `<span class="line">` elements of a highlighted block, each as its token spans. */
function linesOf(pre: Element | undefined): Element[][] {
  const code = pre?.children.find((child): child is Element => child.type === "element")
  return (code?.children ?? [])
    .filter((child): child is Element => child.type === "element")
    .map((line) =>
      line.children.filter((child: ElementContent): child is Element => child.type === "element"),
    )
}

describe("highlighting a code block", () => {
  it("should leave a line longer than the limit plain and still colour the short lines around it", async () => {
    const shiki = await getHighlighter()
    const long = `echo ${"a".repeat(MAX_HIGHLIGHTED_LINE)}`
    const lines = linesOf(highlightToHast(shiki, `kubectl get pods\n${long}\nkubectl get nodes`, "bash"))
    expect(lines).toHaveLength(3)
    expect(lines[0]?.length).toBeGreaterThan(1)
    expect(lines[1]).toHaveLength(1)
    expect(lines[1]?.[0]?.properties.style ?? "").not.toMatch(/--shiki-light:#/)
    expect(lines[2]?.length).toBeGreaterThan(1)
  })
})
