// Writes graph.schema.json from the zod schema. Run after changing the schema:
//   pnpm -F @kube-notes/core build && pnpm -F @kube-notes/core schema
import { writeFileSync } from "node:fs"
import { toGraphJsonSchema } from "../dist/schema/index.js"

const schema = { $id: "urn:kube-notes:graph-schema:2", ...toGraphJsonSchema() }
writeFileSync(new URL("../graph.schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`)
console.log("wrote packages/core/graph.schema.json")
