import type { TermNode } from "@kube-notes/graph"
import { describe, expect, it } from "vitest"
import { getGroupLabel, groupGlossary } from "../../src/lib/glossary.ts"

const term = (title: string, aliases: string[] = []): TermNode => ({
  id: `term:${title.toLowerCase()}`,
  kind: "term",
  title,
  aliases,
  definition: "",
  source: "glossary",
  descriptions: [],
})

describe("the glossary order", () => {
  it("should file Korean names under their initial consonant, doubles with the plain one", () => {
    expect(getGroupLabel("큐블렛")).toBe("ㅋ")
    expect(getGroupLabel("꼬리")).toBe("ㄱ")
    expect(getGroupLabel("kubelet")).toBe("K")
    expect(getGroupLabel("3D")).toBe("#")
  })

  it("should put 가나다 groups before A–Z and list Korean aliases as entries pointing at the term", () => {
    const groups = groupGlossary([term("Kubelet", ["큐블렛", "kubelet agent"]), term("파드"), term("API")])
    expect(groups.map((group) => group.label)).toEqual(["ㅋ", "ㅍ", "A", "K"])
    const alias = groups[0]?.entries[0]
    expect(alias).toMatchObject({ name: "큐블렛", isAlias: true })
    expect(alias?.term.title).toBe("Kubelet")
    expect(groups.flatMap((group) => group.entries.map((entry) => entry.name))).not.toContain("kubelet agent")
  })
})
