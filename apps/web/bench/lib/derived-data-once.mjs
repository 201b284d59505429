// One first prepare's derived data in a process of its own, as prepare's thread makes it
// (scripts/lib/derived-data.mjs `writeDerivedData` from graph.json's bytes): the images, the
// search index and the graph view, into an empty data folder. Used by bench/derived-data.mjs.
//   node bench/lib/derived-data-once.mjs APP_DIR GRAPH_JSON CONTENT_DIR DATA_DIR
import { mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const [app, graphFile, contentDir, dataDir] = process.argv.slice(2)
const { writeDerivedData } = await import(pathToFileURL(join(app, "scripts/lib/derived-data.mjs")).href)
rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })
const bytes = readFileSync(graphFile)
await writeDerivedData({
  dataDir,
  contentDir,
  graphBytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
})
