/** One pathological case: generate it into a temp folder, build it in a child, check and record. */
import { join } from "node:path"
import { expect } from "vitest"
import type { PathologicalCase } from "../../src/pathological.ts"
import { buildInChild, recordMeasurement } from "./build-in-child.ts"
import { writeFiles } from "./temp-dir.ts"

export async function checkPathologicalCase(root: string, item: PathologicalCase, timeoutMs: number) {
  const dir = join(root, item.name)
  const text = item.make()
  await writeFiles(dir, { [`${item.name}.md`]: text })
  const result = await buildInChild(dir, timeoutMs)
  await recordMeasurement(item.name, { ...result, inputBytes: Buffer.byteLength(text) })
  expect(result.buildError, "buildGraphFromDir threw").toBeUndefined()
  expect(result.noteIds).toEqual([`note:${item.name}`])
  expect(result.rules).toEqual(item.rules)
  expect(result.validateError, "validateGraph threw").toBeUndefined()
  expect(result.jsonError, "JSON.stringify(graph) threw").toBeUndefined()
  expect(result.problems).toEqual([])
}
