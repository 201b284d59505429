// The off-the-shelf baseline: MiniSearch with default settings on the same documents
// (title, aliases, definition, body), searched with default options.
import MiniSearch from "minisearch"
import { getDocuments } from "../dist/documents.js"

export function createMiniSearch(graph) {
  const engine = new MiniSearch({ fields: ["title", "aliases", "secondary", "body"] })
  engine.addAll(getDocuments(graph).map((doc) => ({ ...doc, aliases: doc.aliases.join(" ") })))
  return (query) => engine.search(query).map((result) => result.id)
}
