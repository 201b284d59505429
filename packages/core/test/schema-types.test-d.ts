import type { Diagnostic, GraphEdge, GraphNode } from "@kube-notes/graph"
import { expectTypeOf, test } from "vitest"
import type { z } from "zod"
import type { diagnosticSchema, graphEdgeSchema, graphNodeSchema } from "../src/schema/graph-schema.ts"

/** mdast is checked loosely by the schema (it is unist's shape, not ours), so it is left out here. */
type WithoutMdast<T> = T extends { mdast: unknown } ? Omit<T, "mdast"> : T

test("the schema's nodes are exactly the TypeScript node types", () => {
  expectTypeOf<WithoutMdast<z.output<typeof graphNodeSchema>>>().toEqualTypeOf<WithoutMdast<GraphNode>>()
})

test("the schema's edges and diagnostics are exactly the TypeScript types", () => {
  expectTypeOf<z.output<typeof graphEdgeSchema>>().toEqualTypeOf<GraphEdge>()
  expectTypeOf<z.output<typeof diagnosticSchema>>().toEqualTypeOf<Diagnostic>()
})
