import type { Graph, GraphEdge, GraphNode } from "@kube-notes/graph"
import { expectTypeOf, test } from "vitest"
import type { graphEdgeSchema, GraphSchemaOutput, graphNodeSchema } from "../src/schema/graph-schema.ts"
import type { z } from "zod"

type WithoutMdast<T> = T extends { mdast: unknown } ? Omit<T, "mdast"> : T

test("every Graph the types allow is one the schema accepts", () => {
  expectTypeOf<Graph>().toExtend<GraphSchemaOutput>()
})

test("the schema's nodes and edges are the TypeScript types (mdast aside, checked loosely)", () => {
  expectTypeOf<WithoutMdast<z.output<typeof graphNodeSchema>>>().toEqualTypeOf<WithoutMdast<GraphNode>>()
  expectTypeOf<z.output<typeof graphEdgeSchema>>().toEqualTypeOf<GraphEdge>()
})
