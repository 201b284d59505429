export type { GraphSchemaOutput } from "./graph-schema.ts"
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
export type { GraphProblem } from "./validate.ts"
export { checkInvariants, validateGraph } from "./validate.ts"
