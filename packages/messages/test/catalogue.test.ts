import { describe, expect, it } from "vitest"
import { en, ko, type Messages } from "../src/index.ts"

type Leaf = string | ((...args: never[]) => string)

/** Every message as [dotted key, message], in the catalogue's order. */
function leaves(tree: object, prefix = ""): [string, Leaf][] {
  return Object.entries(tree).flatMap(([key, value]): [string, Leaf][] =>
    typeof value === "object" && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value as Leaf]],
  )
}

/** A function message called with stand-in arguments: numbers where it counts, else text. */
function sample(message: Leaf): string {
  if (typeof message === "string") return message
  const call = message as (...args: unknown[]) => string
  // Counts are numbers, kinds name a node kind; every other parameter is text.
  const args = Array.from({ length: message.length }, (_, i) => (i === 0 ? "note" : 2))
  const text = call(...args)
  return typeof text === "string" ? text : ""
}

const catalogues: [string, Messages][] = [
  ["ko", ko],
  ["en", en],
]

describe("the message catalogue", () => {
  it("should have exactly the same keys in English as in Korean", () => {
    expect(leaves(en).map(([key]) => key)).toEqual(leaves(ko).map(([key]) => key))
  })

  it("should give each message the same kind and number of parameters in both languages", () => {
    const english = new Map(leaves(en))
    for (const [key, message] of leaves(ko)) {
      const other = english.get(key)
      expect(typeof other, key).toBe(typeof message)
      if (typeof message === "function")
        expect((other as Leaf & { length: number }).length, key).toBe(message.length)
    }
  })

  it.each(catalogues)("should have no empty message in %s", (_name, messages) => {
    const empty = leaves(messages).filter(([, message]) => sample(message).trim() === "")
    expect(empty.map(([key]) => key)).toEqual([])
  })

  it("should speak Korean in the Korean catalogue and English in the English one", () => {
    const hangul = /[\uac00-\ud7a3]/
    expect(ko.status.hints).toMatch(hangul)
    expect(ko.reader.mentionedIn).toBe("언급된 곳")
    expect(en.reader.mentionedIn).toBe("Mentioned in")
    // English messages hold no Hangul, but for these, which show Korean input as an example.
    // cliHelp.study names the 초성 hint, a Korean word a learner of these notes meets as such.
    const examples = ["cliHelp.study", "cliHelp.show", "glossaryPage.lead", "searchBox.placeholder"]
    const korean = leaves(en).filter(([, m]) => hangul.test(sample(m)))
    expect(korean.map(([key]) => key)).toEqual(examples)
  })

  it("should fill parameters into the text, counts and kinds included", () => {
    expect(ko.notices.copied("kubectl get nodes")).toBe("복사했습니다: kubectl get nodes")
    expect(en.output.nodeCount("topic", 1)).toBe("1 topic")
    expect(en.output.nodeCount("topic", 5)).toBe("5 topics")
    expect(ko.output.nodeCount("topic", 5)).toBe("주제 5개")
    expect(ko.overlays.count(3)).toContain("3개")
  })
})

describe("the site's entry", () => {
  it("should hold the Korean catalogue's site areas, the very same objects", async () => {
    const { siteMessages } = await import("../src/site.ts")
    const areas = Object.keys(siteMessages).sort()
    expect(areas).toEqual([
      "commandsPage",
      "content",
      "glossaryPage",
      "graphPage",
      "home",
      "kinds",
      "notePage",
      "optionRoles",
      "searchBox",
      "site",
      "termPage",
    ])
    for (const area of areas)
      expect(siteMessages[area as keyof typeof siteMessages], area).toBe(ko[area as keyof typeof ko])
  })
})
