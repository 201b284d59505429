/** Typed answers and hints. */
import { describe, expect, it } from "vitest"
import { checkTypedAnswer, choseongHint } from "../src/index.ts"

describe("checkTypedAnswer", () => {
  it.each([
    ["Kubelet", "kubelet"],
    ["kubectl  cluster-info", "kubectl cluster-info"],
    ["kubectlcluster-info", "kubectl cluster-info"],
    ["큐블렛", "큐블렛"],
    ["쿠버네티스 클러스터를", "쿠버네티스 클러스터"],
    ["파드입니다.", "파드"],
    ["마스터 노드가", "마스터 노드"],
    ["\u1112\u1161\u11AB", "\uD55C"], // NFD 한 typed on macOS
  ])("should accept %j for %j", (input, expected) => {
    expect(checkTypedAnswer(input, expected)).toBe(true)
  })

  it.each([
    ["kubectl get pods", "kubectl get nodes"],
    ["", "파드"],
    ["파드", ""],
    ["쿠버", "쿠버네티스"],
    ["파드를를", "파드"],
  ])("should refuse %j for %j", (input, expected) => {
    expect(checkTypedAnswer(input, expected)).toBe(false)
  })
})

describe("choseongHint", () => {
  it("should show the 초성 of Hangul and the first letter of Latin words", () => {
    expect(choseongHint("쿠버네티스 클러스터")).toBe("ㅋㅂㄴㅌㅅ ㅋㄹㅅㅌ")
    expect(choseongHint("Master Node")).toBe("M_____ N___")
    expect(choseongHint("kubectl cluster-info")).toBe("k______ c______-i___")
  })
})
