import type { Diagnostic, GraphEdge, GraphFile, GraphNode, NoteBodies } from "@kube-notes/graph"
import { expectTypeOf, test } from "vitest"
import type { z } from "zod"
import type { graphFileSchema } from "../src/schema/graph-file-schema.ts"
import type {
  diagnosticSchema,
  graphEdgeSchema,
  graphNodeSchema,
  noteBodiesSchema,
} from "../src/schema/graph-schema.ts"

test("the schema's nodes are exactly the TypeScript node types", () => {
  expectTypeOf<z.output<typeof graphNodeSchema>>().toEqualTypeOf<GraphNode>()
})

/** mdast is checked loosely by the schema (it is unist's shape, not ours), so it is left out here. */
test("the bodies file's schema is the NoteBodies type apart from the mdast", () => {
  expectTypeOf<Omit<z.output<typeof noteBodiesSchema>, "bodies">>().toEqualTypeOf<
    Omit<NoteBodies, "bodies">
  >()
  expectTypeOf<keyof z.output<typeof noteBodiesSchema>["bodies"]>().toEqualTypeOf<string>()
})

test("the schema's edges and diagnostics are exactly the TypeScript types", () => {
  expectTypeOf<z.output<typeof graphEdgeSchema>>().toEqualTypeOf<GraphEdge>()
  expectTypeOf<z.output<typeof diagnosticSchema>>().toEqualTypeOf<Diagnostic>()
})

test("graph.json's schema is exactly the GraphFile type", () => {
  expectTypeOf<z.output<typeof graphFileSchema>>().toEqualTypeOf<GraphFile>()
})
