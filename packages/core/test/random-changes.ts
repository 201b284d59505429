/** Random notes and changes to them, shared by the update and restore series. */
import fc from "fast-check"
import type { FileChanges } from "../src/pipeline/graph-builder.ts"

const encoder = new TextEncoder()
// A.md has a.md's key but for case: while both exist, the later one in reading order gets `A~2`.
export const PATHS = ["a.md", "b.md", "c.md", "sub/d.md", "A.md"]

/** Lines that make terms (definitions, alias pairs, bold), mentions, links, images and sentences. */
const LINES = [
  "- kubelet : 노드의 에이전트",
  "- Kubelet : 다른 정의",
  "- 파드(Pod) : 컨테이너 묶음",
  "- 파드 : 가장 작은 단위",
  "**etcd** 는 저장소",
  "- etcd(엣시디) : 키-값 저장소",
  "- CNI(Container Network Interface) : 네트워크 규약",
  "- 노드 : 일하는 기계",
  "큐블렛 이야기와 파드",
  "Kubelet은 노드에서 파드를 돌보는 에이전트다.",
  "[B의 둘](b.md#2-둘) 과 [[A]]",
  "[[D#하나]] 그리고 [없음](none.md)",
  "[[B#2-둘]] 과 [셋](c.md#kubelet) 과 [위](#파드)",
  "![그림](img/x.png)",
  "- 시작 : 처음",
  "엣시디와 Pod 와 CNI",
]
const HEADINGS = ["1. 하나", "2. 둘", "Kubelet", "파드", "etcd(저장소)", "노드"]
export const GLOSSARIES = [
  null,
  "Kubelet:\n  aliases: [큐블렛]\n",
  "Kubelet:\n  aliases: [큐블렛]\n  definition: 노드 에이전트\nexclude: [시작]\n",
  "Pod:\n  aliases: [파드]\netcd:\n  aliases: []\n",
]

const markdown = fc
  .record({
    // Reading order puts notes with an `order` first: changing it moves a note.
    order: fc.constantFrom("", "---\norder: 1\n---\n", "---\norder: 2\n---\n"),
    title: fc.constantFrom("A", "B", "C", "D"),
    intro: fc.subarray(LINES, { maxLength: 2 }),
    sections: fc.array(
      fc.record({
        heading: fc.constantFrom(...HEADINGS),
        lines: fc.array(fc.constantFrom(...LINES), { maxLength: 4 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(
    ({ order, title, intro, sections }) =>
      `${order}# ${title}\n\n${intro.join("\n\n")}\n\n${sections
        .map(({ heading, lines }) => `## ${heading}\n\n${lines.join("\n\n")}\n`)
        .join("\n")}`,
  )
/** Now and then a binary file under a note's name: it leaves reading order (not readable). */
export const note = fc.oneof(
  { weight: 9, arbitrary: markdown },
  { weight: 1, arbitrary: fc.constant("\u0000\u0001\u0002 not text") },
)

export type Step =
  | { kind: "set"; path: string; text: string }
  | { kind: "remove"; path: string }
  | { kind: "glossary"; text: string | null }
  | { kind: "assets"; present: boolean }

export const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant("set" as const), path: fc.constantFrom(...PATHS), text: note }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("glossary" as const), text: fc.constantFrom(...GLOSSARIES) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("assets" as const), present: fc.boolean() }) },
)

/** The change an editor's watcher would report for a step, and the files after it. */
export function apply(
  files: Record<string, string>,
  s: Step,
): { change: FileChanges; files: Record<string, string> } {
  const next = { ...files }
  if (s.kind === "set") {
    next[s.path] = s.text
    return { change: { changed: [{ path: s.path, bytes: encoder.encode(s.text) }] }, files: next }
  }
  if (s.kind === "remove") {
    delete next[s.path]
    return { change: { removed: [s.path] }, files: next }
  }
  if (s.kind === "glossary") {
    if (s.text === null) delete next["glossary.yaml"]
    else next["glossary.yaml"] = s.text
    const glossary = s.text === null ? null : { path: "glossary.yaml", bytes: encoder.encode(s.text) }
    return { change: { glossary }, files: next }
  }
  if (s.present) next["img/x.png"] = "png"
  else delete next["img/x.png"]
  return { change: { assets: s.present ? ["img/x.png"] : [] }, files: next }
}
