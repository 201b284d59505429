import { describe, expect, it } from "vitest"
import { scriptElements } from "../../scripts/lib/script-elements.mjs"

const texts = (html: string) => scriptElements(html).map((script) => script.text)

describe("the script elements of an exported page", () => {
  it("should find each script with its attributes, text and where it starts and ends", () => {
    const html = '<p>가</p><script src="/a.js" async=""></script><script>self.x=1</script>'
    const [first, second] = scriptElements(html)
    expect(first?.attributes).toBe(' src="/a.js" async=""')
    expect(html.slice(first?.start, first?.end)).toBe('<script src="/a.js" async=""></script>')
    expect(second?.text).toBe("self.x=1")
  })

  it("should not take `<script>` or `>` inside a quoted attribute value, or a comment, for a script", () => {
    expect(texts(`<a title="x > <script>no</script>">링크</a><script>yes</script>`)).toEqual(["yes"])
    expect(texts(`<a title='<script>no</script>'>b</a>`)).toEqual([])
    expect(texts("<!-- <script>no</script> --><script>yes</script>")).toEqual(["yes"])
  })

  it("should match the tag name whole and in any case, up to the first closing tag in any case", () => {
    expect(
      texts("<scripts>no</scripts><script-x>no</script-x><SCRIPT type=x>a</Script ><script\n>b</script>"),
    ).toEqual(["a", "b"])
  })

  it("should refuse a script that never closes", () => {
    expect(() => scriptElements("<script>open")).toThrow(/without its <\/script>/)
  })
})
