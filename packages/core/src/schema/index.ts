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
  toGraphJsonSchema,
  toNoteBodiesJsonSchema,
  topicNodeSchema,
} from "./graph-schema.ts"
export type { GraphProblem } from "./validate.ts"
export { checkInvariants, validateGraph, validateNoteBodies } from "./validate.ts"
