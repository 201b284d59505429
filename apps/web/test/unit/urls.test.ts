import { describe, expect, it } from "vitest"
import { commandAnchor, nodeUrl, noteUrl, splitTopicId, termUrl, topicUrl } from "../../src/lib/urls.ts"

describe("site URLs", () => {
  it("should give every topic a stable URL: its note's page at the heading's anchor", () => {
    expect(topicUrl("topic:kubernetes-intro-install#1-1-쿠버네티스-용어")).toBe(
      `/notes/kubernetes-intro-install/#${encodeURIComponent("1-1-쿠버네티스-용어")}`,
    )
  })

  it("should percent-encode Korean and spaces per path segment and keep folders", () => {
    expect(noteUrl("01-basics/00027 스케줄링과 Taint")).toBe(
      `/notes/01-basics/${encodeURIComponent("00027 스케줄링과 Taint")}/`,
    )
    expect(termUrl("term:쿠버네티스-클러스터")).toBe(`/terms/${encodeURIComponent("쿠버네티스-클러스터")}/`)
  })

  it("should split a topic id at its last #", () => {
    expect(splitTopicId("topic:a/b#2-1-x")).toEqual({ noteKey: "a/b", slug: "2-1-x" })
  })

  it("should give commands space-free anchors on the cheat sheet and no page to resources", () => {
    expect(commandAnchor("command:kubectl get nodes")).toMatch(/^cmd-[0-9a-z]+$/)
    expect(nodeUrl("command:kubectl get nodes")).toBe(
      `/commands/#${commandAnchor("command:kubectl get nodes")}`,
    )
    expect(nodeUrl("resource:https://example.com")).toBeUndefined()
  })
})
