/**
 * graph.json as written (`encodeGraph` in @kube-notes/graph): the nodes with each topic as a
 * row, the edges as runs of node indexes. `graphSchema` is the graph it decodes to.
 */
import { z } from "zod"
import { diagnosticSchema, edgeKindSchema, graphNodeSchema, graphSchema } from "./graph-schema.ts"

const line = z.int().min(1)

/** A topic without what its id repeats: see `TopicRow` in @kube-notes/graph. */
export const topicRowSchema = z
  .tuple([
    z.int().min(0).meta({ description: "index in nodes of the topic's note" }),
    z.string().min(1).meta({ description: "slug; the id is topic:<note key>#<slug>" }),
    z.string().meta({ description: "title" }),
    z
      .string()
      .regex(/^\d+(-\d+)*$/)
      .nullable()
      .meta({ description: "heading number, null when none" }),
    z.int().min(1).max(6).meta({ description: "depth" }),
    z.int().min(1).meta({ description: "level" }),
    line.meta({ description: "heading's start line" }),
    line.meta({ description: "start column" }),
    line.meta({ description: "end line" }),
    line.meta({ description: "end column" }),
    z.string().meta({ description: "text" }),
  ])
  .meta({ title: "topic row" })

export const graphFileSchema = z
  .object({
    schemaVersion: z.literal(2),
    nodes: z.array(z.union([topicRowSchema, graphNodeSchema])),
    edgeKinds: z.array(edgeKindSchema),
    edges: z.array(z.int().min(0)).meta({
      description:
        "Runs of edges with the same start and kind: from, kind, n, then n ends. from and ends index nodes (past the nodes: danglingIds), kind indexes edgeKinds.",
    }),
    danglingIds: z.array(z.string().min(1)).optional(),
    diagnostics: z.array(diagnosticSchema),
  })
  .meta({
    title: "kube-notes graph file",
    description: `graph.json: ${graphSchema.meta()?.description ?? ""} Decode it with decodeGraph (@kube-notes/graph, re-exported by @kube-notes/content).`,
  })

/** The JSON Schema (draft 2020-12) of graph.json. */
export function toGraphJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(graphFileSchema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>
}
