/**
 * The graph's shape as a zod schema: the `Graph` that graph.json decodes to (the file's own
 * shape is graph-file-schema.ts). The JSON Schemas committed at packages/core/*.schema.json are
 * generated from them (`pnpm -F @kube-notes/core schema`), and tests keep the two, and the
 * TypeScript types in @kube-notes/graph, in agreement.
 */
import { z } from "zod"

const point = z.object({ line: z.int().min(1), column: z.int().min(1) })
const span = z.object({ start: point, end: point })

/** An mdast tree: checked loosely (every node has a type), it is unist data, not ours to restate. */
const mdastNode: z.ZodType<{ type: string; children?: unknown[] | undefined }> = z.lazy(() =>
  z.looseObject({ type: z.string().min(1), children: z.array(mdastNode).optional() }),
)
const mdastRoot = z.looseObject({ type: z.literal("root"), children: z.array(mdastNode) })

const id = (kind: string) => z.string().regex(new RegExp(`^${kind}:.+`), `an id starting with "${kind}:"`)

export const noteNodeSchema = z.object({
  id: id("note"),
  kind: z.literal("note"),
  title: z.string(),
  path: z.string().min(1),
  frontmatter: z.record(z.string(), z.unknown()),
  text: z.string(),
})

export const topicNodeSchema = z.object({
  id: id("topic"),
  kind: z.literal("topic"),
  title: z.string(),
  note: id("note"),
  number: z
    .string()
    .regex(/^\d+(-\d+)*$/)
    .optional(),
  depth: z.int().min(1).max(6),
  level: z.int().min(1),
  slug: z.string().min(1),
  position: span,
  text: z.string(),
})

export const termNodeSchema = z.object({
  id: id("term"),
  kind: z.literal("term"),
  title: z.string().min(1),
  aliases: z.array(z.string()),
  definition: z.string(),
  source: z.enum(["note", "glossary", "both", "mention"]),
  descriptions: z.array(
    z.object({ text: z.string().min(1), note: id("note"), topic: id("topic").optional(), position: span }),
  ),
})

export const commandNodeSchema = z.object({
  id: id("command"),
  kind: z.literal("command"),
  title: z.string(),
  text: z.string().min(1),
  tool: z.string().min(1),
  shell: z.string().optional(),
  shells: z.array(z.string()),
  description: z.string().min(1).optional(),
  options: z.array(
    z.object({
      name: z.string().min(1),
      description: z.string(),
      role: z.enum(["option", "field", "key", "keyword"]),
      format: z.string().min(1).optional(),
      note: id("note"),
      position: span,
    }),
  ),
})

export const resourceNodeSchema = z.object({
  id: id("resource"),
  kind: z.literal("resource"),
  title: z.string(),
  url: z.string().regex(/^https?:\/\//),
  host: z.string(),
})

export const assetNodeSchema = z.object({
  id: id("asset"),
  kind: z.literal("asset"),
  title: z.string(),
  path: z.string().min(1),
  exists: z.boolean(),
})

export const graphNodeSchema = z.discriminatedUnion("kind", [
  noteNodeSchema,
  topicNodeSchema,
  termNodeSchema,
  commandNodeSchema,
  resourceNodeSchema,
  assetNodeSchema,
])

export const edgeKindSchema = z.enum([
  "contains",
  "defines",
  "mentions",
  "uses",
  "cites",
  "shows",
  "links",
  "next",
])

export const graphEdgeSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  kind: edgeKindSchema,
})

export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.int().min(1),
  column: z.int().min(1),
  rule: z.string().min(1),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string().min(1),
})

export const graphSchema = z
  .object({
    schemaVersion: z.literal(2),
    nodes: z.array(graphNodeSchema),
    edges: z.array(graphEdgeSchema),
    diagnostics: z.array(diagnosticSchema),
  })
  .meta({
    title: "kube-notes graph",
    description:
      "Notes, topics, terms, commands, resources and assets built from Markdown study notes, and the edges between them.",
  })

/** One note's bodies file (`bodies/<file>.json` beside graph.json). */
export const noteBodiesSchema = z
  .object({
    schemaVersion: z.literal(2),
    note: id("note"),
    bodies: z.record(z.string().regex(/^(note|topic):.+/), mdastRoot),
  })
  .meta({
    title: "kube-notes note bodies",
    description: "The mdast of one note's intro and of each of its topics, by node id.",
  })

export type GraphSchemaOutput = z.output<typeof graphSchema>

/** The JSON Schema (draft 2020-12) of one note's bodies file. */
export function toNoteBodiesJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(noteBodiesSchema, { target: "draft-2020-12", io: "output" }) as Record<
    string,
    unknown
  >
}
