// Writes graph.schema.json and note-bodies.schema.json from the zod schemas. Run after
// changing them:  pnpm -F @kube-notes/core build && pnpm -F @kube-notes/core schema
import { writeFileSync } from "node:fs"
import { toGraphJsonSchema, toNoteBodiesJsonSchema } from "../dist/schema/index.js"

const write = (name, schema) => {
  writeFileSync(new URL(`../${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`)
  console.log(`wrote packages/core/${name}`)
}
write("graph.schema.json", { $id: "urn:kube-notes:graph-schema:2", ...toGraphJsonSchema() })
write("note-bodies.schema.json", { $id: "urn:kube-notes:note-bodies-schema:2", ...toNoteBodiesJsonSchema() })
