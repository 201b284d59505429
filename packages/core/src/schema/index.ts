export { graphFileSchema, toGraphJsonSchema, topicRowSchema } from "./graph-file-schema.ts"
export type { GraphSchemaOutput } from "./graph-schema.ts"
export {
  assetNodeSchema,
  commandNodeSchema,
  diagnosticSchema,
  edgeKindSchema,
  graphEdgeSchema,
  graphNodeSchema,
  graphSchema,
  noteBodiesSchema,
  noteNodeSchema,
  resourceNodeSchema,
  termNodeSchema,
  toNoteBodiesJsonSchema,
  topicNodeSchema,
} from "./graph-schema.ts"
export type { GraphProblem } from "./validate.ts"
export { checkInvariants, validateGraph, validateGraphFile, validateNoteBodies } from "./validate.ts"
