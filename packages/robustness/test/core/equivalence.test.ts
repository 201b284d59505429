/**
 * The same notes saved by a Windows editor (CRLF, BOM), an old Mac (CR) or macOS (NFD text and
 * file names) give exactly the graph of LF, no BOM, NFC — in memory and from disk.
 */
import { join } from "node:path"
import { buildGraph, buildGraphFromDir, createMemorySource } from "@kube-notes/core"
import { describe, expect, it } from "vitest"
import { hostileFiles } from "../../src/hostile-folder.ts"
import { pick, withBodies } from "../helpers/graph-helpers.ts"
import { makeTempDir, writeFiles } from "../helpers/temp-dir.ts"

const note = [
  "---",
  "title: 쿠버네티스 설치",
  "---",
  "",
  "#### 1. 설치",
  "",
  "- 큐블렛 : 노드 에이전트",
  "- 플라넬[flannel]",
  "",
  "#### 1-1) 확인",
  "",
  "설치 확인 명령어 : minikube version",
  "",
  "```powershell",
  "PS C:\\> minikube start --driver=hyperv",
  "```",
  "",
  '[다음](<두번째 노트.md>) ![그림](images/클러스터.png) "https://kubernetes.io/docs"에서',
  "",
].join("\n")
const second = "# 두번째 노트\n\n## 2. 가나다\n\n[처음](<설치 노트.md#1-1-확인>)\n"
const clean = { "설치 노트.md": note, "두번째 노트.md": second, "images/클러스터.png": "png" }

type Variant = (text: string) => string | Uint8Array
const variants: Record<string, Variant> = {
  CRLF: (t) => t.replace(/\n/g, "\r\n"),
  CR: (t) => t.replace(/\n/g, "\r"),
  BOM: (t) => `\uFEFF${t}`,
  NFD: (t) => t.normalize("NFD"),
  "CRLF + BOM + NFD": (t) => `\uFEFF${t.normalize("NFD").replace(/\n/g, "\r\n")}`,
}

function apply(files: Record<string, string | Uint8Array>, variant: Variant, renameNfd: boolean) {
  return Object.fromEntries(
    Object.entries(files).map(([path, content]) => [
      renameNfd ? path.normalize("NFD") : path,
      path.endsWith(".md") && typeof content === "string" ? variant(content) : content,
    ]),
  )
}

describe("equivalence in memory", async () => {
  const expected = withBodies(await buildGraph(createMemorySource(clean)))
  it("should build the clean notes with their links and asset", () => {
    expect(expected.graph.edges.filter((e) => e.kind === "links")).toHaveLength(2)
    expect(expected.graph.nodes.find((n) => n.kind === "asset")).toMatchObject({ exists: true })
  })
  for (const [name, variant] of Object.entries(variants)) {
    it(`should give ${name} notes the same graph`, async () => {
      const variantBuilt = await buildGraph(createMemorySource(apply(clean, variant, name.includes("NFD"))))
      expect(withBodies(variantBuilt)).toEqual(expected)
    })
  }
  it("should give the hostile XSS notes saved with CRLF and a BOM the same graph", async () => {
    const xss = pick(hostileFiles(), "xss/")
    const lf = await buildGraph(createMemorySource(xss))
    const crlf = await buildGraph(
      createMemorySource(apply(xss, variants["CRLF + BOM + NFD"] as Variant, false)),
    )
    expect(withBodies(crlf)).toEqual(withBodies(lf))
  })
})

describe("equivalence on disk", async () => {
  const base = await makeTempDir("equivalence")
  await writeFiles(join(base, "clean"), clean)
  await writeFiles(join(base, "mac"), apply(clean, variants["CRLF + BOM + NFD"] as Variant, true))
  it("should build an NFD-named, CRLF, BOM folder into the graph of the clean one", async () => {
    const a = await buildGraphFromDir(join(base, "clean"), { cache: false, threads: 1 })
    const b = await buildGraphFromDir(join(base, "mac"), { cache: false, threads: 1 })
    expect(withBodies(b)).toEqual(withBodies(a))
  })
})
