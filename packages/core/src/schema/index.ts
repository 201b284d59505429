export {
  assetNodeSchema,
  commandNodeSchema,
  diagnosticSchema,
  edgeKindSchema,
  graphEdgeSchema,
  graphNodeSchema,
  graphSchema,
  noteNodeSchema,
  resourceNodeSchema,
  termNodeSchema,
  toGraphJsonSchema,
  topicNodeSchema,
} from "./graph-schema.ts"
export type { GraphSchemaOutput } from "./graph-schema.ts"
export { checkInvariants, validateGraph } from "./validate.ts"
export type { GraphProblem } from "./validate.ts"
