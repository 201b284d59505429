import { beforeAll, describe, expect, it } from "vitest"
import { boundedEditDistance } from "../src/edit-distance.ts"
import type { SearchEngine } from "../src/types.ts"
import { ids, originalEngine, rankOf } from "./helpers.ts"

let engine: SearchEngine
beforeAll(async () => {
  engine = await originalEngine()
})

describe("English and commands", () => {
  it("should ignore case", () => {
    expect(ids(engine, "KUBELET")).toEqual(ids(engine, "kubelet"))
    expect(ids(engine, "KUBELET")[0]).toBe("term:kubelet")
  })

  it("should match prefixes (kubesp → Kubespray, mini → minikube)", () => {
    expect(ids(engine, "kubesp")[0]).toBe("term:kubespray")
    expect(ids(engine, "mini")[0]).toBe("term:minikube")
  })

  it("should find kubectl get nodes from get nodes", () => {
    expect(ids(engine, "get nodes")[0]).toBe("command:kubectl get nodes")
  })

  it("should find a command by a word inside a hyphenated argument", () => {
    expect(ids(engine, "cluster-info")[0]).toBe("command:kubectl cluster-info")
    expect(rankOf(engine, "use-context", "command:kubectl config use-context docker-desktop")).toBe(1)
  })

  it("should restrict results to the kinds asked for", () => {
    const results = engine.search("kubectl", { kinds: ["command"] })
    expect(results.length).toBeGreaterThan(0)
    expect(results.every((result) => result.kind === "command")).toBe(true)
  })
})

describe("typo tolerance", () => {
  it("should count one edit or one swap as distance 1", () => {
    expect(boundedEditDistance("kubctl", "kubectl", 1)).toBe(1)
    expect(boundedEditDistance("kubeclt", "kubectl", 1)).toBe(1)
    expect(boundedEditDistance("kubelet", "kubectl", 1)).toBe(2)
  })

  it.each([
    ["kubctl", "term:kubectl"],
    ["kubeclt", "term:kubectl"],
    ["minikub", "term:minikube"],
    ["kubernets", "term:kubernetes"],
    ["flanel", "term:flannel"],
  ])("should find %s's intended term first", (query, id) => {
    expect(ids(engine, query)[0]).toBe(id)
  })

  it("should not apply typo tolerance to tokens shorter than four letters", () => {
    expect(ids(engine, "kbe")).toEqual([])
  })
})
