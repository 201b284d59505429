/**
 * The shared-node merger kept between updates must give, for every list of fragments, what a
 * fresh merge of that list gives: random series of fragments added, removed, replaced and
 * moved, with commands that share ids, shells, descriptions and options.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { CommandSighting, Fragment } from "../src/assemble/fragment.ts"
import { mergeShared } from "../src/pipeline/merge-shared.ts"
import { createSharedMerger } from "../src/pipeline/shared-merger.ts"

const sighting: fc.Arbitrary<CommandSighting> = fc
  .record({
    text: fc.constantFrom("kubectl get", "kubectl apply", "docker ps"),
    tool: fc.constantFrom("kubectl", "docker", "k"),
    shells: fc.subarray(["bash", "zsh", "powershell"], { maxLength: 2 }),
    description: fc.constantFrom(undefined, "목록", "적용"),
    options: fc.subarray(
      [
        { name: "-o", description: "출력", role: "option" as const, note: "note:x", position: at(1) },
        { name: "-o", description: "다른 설명", role: "option" as const, note: "note:y", position: at(2) },
        { name: "-f", description: "파일", role: "option" as const, note: "note:x", position: at(3) },
        { name: "-o", description: "필드", role: "field" as const, note: "note:z", position: at(4) },
      ],
      { maxLength: 2 },
    ),
  })
  .map(({ text, tool, shells, description, options }) => ({
    id: `command:${text}`,
    text,
    tool,
    shells,
    ...(description ? { description } : {}),
    options,
  }))

const fragment: fc.Arbitrary<Fragment> = fc
  .record({
    commands: fc.array(sighting, { maxLength: 3 }),
    resources: fc.subarray(["https://a.example/", "https://b.example/"]),
    assets: fc.subarray(["img/a.png", "img/b.png"]),
    tag: fc.nat(),
  })
  .map(({ commands, resources, assets, tag }) => ({
    nodes: [],
    bodies: { schemaVersion: 2, note: `note:${tag}`, bodies: {} },
    lookups: { links: [], termNames: new Map(), assets: new Map() },
    edges: [],
    commands,
    resources: resources.map((url) => ({
      id: `resource:${url}`,
      kind: "resource" as const,
      title: `${url} ${tag}`,
      url,
      host: "a.example",
    })),
    assets: assets.map((path) => ({
      id: `asset:${path}`,
      kind: "asset" as const,
      title: `${path} ${tag}`,
      path,
      exists: tag % 2 === 0,
    })),
    diagnostics: [],
  }))

type Step =
  | { kind: "add"; at: number; fragment: Fragment }
  | { kind: "remove"; at: number }
  | { kind: "replace"; at: number; fragment: Fragment }
  | { kind: "move"; from: number; to: number }
  /** The fragment at `at` built again: a new object saying the same (a text edit). */
  | { kind: "rebuild"; at: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), at: fc.nat(), fragment }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), fragment }),
  fc.record({ kind: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("rebuild" as const), at: fc.nat() }),
)

function apply(list: Fragment[], s: Step): Fragment[] {
  const next = [...list]
  const place = (n: number, length: number) => (length === 0 ? 0 : n % length)
  if (s.kind === "add") next.splice(place(s.at, next.length + 1), 0, s.fragment)
  else if (next.length === 0) return next
  else if (s.kind === "remove") next.splice(place(s.at, next.length), 1)
  else if (s.kind === "replace") next[place(s.at, next.length)] = s.fragment
  else if (s.kind === "rebuild") {
    const at = place(s.at, next.length)
    next[at] = structuredClone(next[at] as Fragment)
  } else {
    const [moved] = next.splice(place(s.from, next.length), 1)
    next.splice(place(s.to, next.length + 1), 0, moved as Fragment)
  }
  return next
}

describe("merging shared nodes between updates", () => {
  it("should give after every change of the fragment list what a fresh merge of the list gives", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), fc.array(step, { maxLength: 12 }), (start, steps) => {
        const merge = createSharedMerger()
        let list = start
        expect(merge(list)).toEqual(mergeShared(list))
        for (const s of steps) {
          list = apply(list, s)
          expect(merge(list)).toEqual(mergeShared(list))
        }
      }),
      { numRuns: 300 },
    )
  })
})

function at(line: number) {
  return { start: { line, column: 1 }, end: { line, column: 5 } }
}
