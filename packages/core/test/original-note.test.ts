import { describe, expect, it } from "vitest"
import { buildOriginalWithBodies, query, topicsByNumber } from "./helpers.ts"

describe("the original note's graph", async () => {
  const built = await buildOriginalWithBodies()
  const { graph } = built
  const bodyOf = (number: string) => built.bodies.getBody(topics.get(number)?.id ?? "")
  const q = query(graph)
  const topics = topicsByNumber(graph)

  it("should have topics 1, 1-1, 1-2, 2, 2-1", () => {
    expect([...topics.keys()]).toEqual(["1", "1-1", "1-2", "2", "2-1"])
  })

  it("should nest 1-1 and 1-2 under 1 and 2-1 under 2, though 1-1 sits at the same depth as 1", () => {
    const parentOf = (n: string) => q.getParent(topics.get(n)?.id ?? "")?.id
    expect(parentOf("1-1")).toBe(topics.get("1")?.id)
    expect(parentOf("1-2")).toBe(topics.get("1")?.id)
    expect(parentOf("2-1")).toBe(topics.get("2")?.id)
    expect(parentOf("1")).toBe("note:kubernetes-intro-install")
    expect(parentOf("2")).toBe("note:kubernetes-intro-install")
    expect(topics.get("1-1")?.depth).toBe(topics.get("1")?.depth)
  })

  it("should take the note's title from its first H1 and keep Korean in readable ids", () => {
    const note = q.getNode("note:kubernetes-intro-install")
    expect(note?.title).toBe("쿠버네티스 소개 및 설치")
    expect(topics.get("1-1")?.id).toBe("topic:kubernetes-intro-install#1-1-쿠버네티스-용어")
    expect(topics.get("1-1")?.title).toBe("쿠버네티스 용어")
  })

  it.each([
    ["Kubelet", ["큐블렛"]],
    ["kubectl", []],
    ["Kubeadm", []],
    ["Kubespray", []],
    ["Master Node", ["Control plane", "마스터 노드"]],
    ["worker node", ["워커 노드"]],
    ["Kubernetes API", []],
    ["CNI", ["Container Network Interface"]],
    ["flannel", ["플라넬"]],
    ["calico", ["칼리코"]],
    ["weavenet", ["위브넷"]],
    ["minikube", ["미니큐브"]],
    ["Kubernetes", ["k8s"]],
  ])("should have the term %s with aliases %j", (title, aliases) => {
    const term = q.getTermByAlias(title)
    expect(term?.title).toBe(title)
    for (const alias of aliases) {
      expect(term?.aliases).toContain(alias)
      expect(q.getTermByAlias(alias)?.id).toBe(term?.id)
    }
  })

  it("should define Kubeadm, Kubespray and CNI in topic 1-2 and Master Node in 1-1", () => {
    const definedIn = (alias: string) =>
      q
        .getNeighbours(q.getTermByAlias(alias)?.id ?? "", { kinds: ["defines"], direction: "in" })
        .map((n) => n.id)
    expect(definedIn("Kubeadm")).toEqual([topics.get("1-2")?.id])
    expect(definedIn("CNI")).toEqual([topics.get("1-2")?.id])
    expect(definedIn("Master Node")).toEqual([topics.get("1-1")?.id])
    expect(q.getTermByAlias("kubectl")?.definition).toContain("커맨드 라인 도구")
  })

  it("should see the mention of 큐블렛 with a particle attached (이 큐블렛은)", () => {
    const kubelet = q.getTermByAlias("Kubelet")?.id ?? ""
    const mentioning = q.getNeighbours(kubelet, { kinds: ["mentions"], direction: "in" }).map((n) => n.id)
    expect(mentioning).toContain(topics.get("1-1")?.id)
    const marked = JSON.stringify(bodyOf("1-1"))
    expect(marked).toContain(
      `"type":"termMention","termId":"${kubelet}","children":[{"type":"text","value":"큐블렛"`,
    )
  })

  it("should find every command, with PowerShell where the fence says so", () => {
    const commands = q.listNodes("command")
    expect(commands.map((c) => c.text).sort()).toEqual(
      [
        "kubectl cluster-info",
        "kubectl completion powershell | Out-String | Invoke-Expression",
        "kubectl config get-contexts",
        "kubectl config use-context docker-desktop",
        "kubectl get nodes",
        "minikube start",
        "minikube version",
      ].sort(),
    )
    const completion = commands.find((c) => c.text.startsWith("kubectl completion"))
    expect(completion?.shell).toBe("powershell")
    expect(completion?.tool).toBe("kubectl")
    expect(commands.find((c) => c.text === "minikube version")?.tool).toBe("minikube")
  })

  it("should mark prose commands in the mdast so front ends can offer a copy button", () => {
    const marked = JSON.stringify(bodyOf("2"))
    expect(marked).toContain('"type":"commandMention","commandId":"command:minikube version"')
  })

  it("should find the three URLs, without the quotes and Korean text around them", () => {
    expect(q.listNodes("resource").map((r) => r.url)).toEqual([
      "https://kubernetes.io/ko/docs/tasks/tools/install-kubectl-windows/",
      "https://labs.play-with-k8s.com/",
      "https://minikube.sigs.k8s.io/docs/start/",
    ])
  })

  it("should show the cluster diagram from topic 1-1, and find it present", () => {
    const [asset] = q.listNodes("asset")
    expect(asset).toMatchObject({ path: "images/clusterDiagram.PNG", exists: true })
    expect(q.getNeighbours(topics.get("1-1")?.id ?? "", { kinds: ["shows"] }).map((n) => n.id)).toEqual([
      asset?.id,
    ])
  })

  it("should report no error diagnostics", () => {
    expect(graph.diagnostics.filter((d) => d.severity === "error")).toEqual([])
  })

  it("should keep positions in each topic's mdast", () => {
    const first = bodyOf("1")?.children[0]
    expect(first?.position?.start.line).toBe(5)
  })

  it("should chain the note and its topics in reading order", () => {
    expect(q.getReadingOrder().map((n) => (n.kind === "topic" ? n.number : n.kind))).toEqual([
      "note",
      "1",
      "1-1",
      "1-2",
      "2",
      "2-1",
    ])
  })
})
