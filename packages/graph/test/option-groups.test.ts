import { describe, expect, it } from "vitest"
import { groupCommandOptions } from "../src/option-groups.ts"
import type { CommandOption } from "../src/types.ts"

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } }
const item = (name: string, role: CommandOption["role"], format?: string): CommandOption => ({
  name,
  description: `${name} 설명`,
  role,
  ...(format ? { format } : {}),
  note: "note:n",
  position: at,
})

describe("grouping a command's options for display", () => {
  it("should put options, columns and keys first, then one keyword group per format in list order", () => {
    const groups = groupCommandOptions([
      item("FROM", "keyword", "Dockerfile"),
      item("-t", "option"),
      item("image", "keyword", "compose.yaml"),
      item("RUN", "keyword", "Dockerfile"),
      item("q", "key"),
    ])
    expect(groups.map((g) => [g.role, g.format, g.options.map((o) => o.name)])).toEqual([
      ["option", undefined, ["-t"]],
      ["key", undefined, ["q"]],
      ["keyword", "Dockerfile", ["FROM", "RUN"]],
      ["keyword", "compose.yaml", ["image"]],
    ])
  })

  it("should keep a keyword without a format in a group of its own rather than drop it", () => {
    const groups = groupCommandOptions([item("FROM", "keyword")])
    expect(groups).toEqual([{ role: "keyword", options: [item("FROM", "keyword")] }])
  })

  it("should give no groups for no options", () => {
    expect(groupCommandOptions([])).toEqual([])
  })
})
