import { describe, expect, it } from "vitest"
import { getBodyFileName } from "../src/body-file.ts"
import type { TermMention } from "../src/index.ts"
import { getMdastText } from "../src/mdast-text.ts"

describe("a note's bodies file name", () => {
  it("should be the same for the same note id on every call", () => {
    expect(getBodyFileName("note:k8s/파드 기초")).toBe(getBodyFileName("note:k8s/파드 기초"))
  })

  it("should keep a readable ASCII part and stay a safe file name under bodies/", () => {
    const name = getBodyFileName("note:k8s/Pod Basics (1강)")
    expect(name).toMatch(/^bodies\/k8s-pod-basics-1-[0-9a-f]{16}\.json$/)
    expect(getBodyFileName("note:쿠버네티스 소개")).toMatch(/^bodies\/[0-9a-f]{16}\.json$/)
    expect(getBodyFileName("note:../../etc/passwd")).toMatch(/^bodies\/etc-passwd-[0-9a-f]{16}\.json$/)
  })

  it("should tell apart ids that differ only in case, Unicode form or dropped characters", () => {
    const ids = [
      "note:a/Pod",
      "note:a/pod",
      "note:a/pod~2",
      "note:a/파드",
      "note:a/파드".normalize("NFD"),
      "note:a/pod!",
    ]
    const names = ids.map(getBodyFileName)
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(ids.length)
  })

  it("should give a few thousand generated ids distinct names", () => {
    const names = new Set<string>()
    for (let i = 0; i < 5000; i++) names.add(getBodyFileName(`note:notes/${i % 50}/노트 ${i}`))
    expect(names.size).toBe(5000)
  })
})

describe("the plain text of a body", () => {
  it("should put each block on its own line and keep inline code and mentions", () => {
    const text = getMdastText({
      type: "root",
      children: [
        {
          type: "paragraph",
          children: [
            { type: "text", value: "노드마다 " },
            {
              type: "termMention",
              termId: "term:kubelet",
              children: [{ type: "text", value: "큐블렛" }],
            } satisfies TermMention,
            { type: "text", value: "이 있다" },
          ],
        },
        { type: "code", value: "kubectl get pods" },
      ],
    })
    expect(text).toBe("노드마다 큐블렛이 있다\nkubectl get pods")
  })
})
