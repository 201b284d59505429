// One run of bench/note-render.mjs: in the data folder (KUBE_NOTES_WEB_DATA, cwd the side's
// apps/web) as prepare leaves it, the render code's bundle (argv[2]) writes every note's page data
// and the study deck, renders every note's HTML on this one thread, then every term and command
// page and the page slots — the work of the pages rendered outside Next, without worker threads
// or Next — and prints the CPU time of each phase and a digest of everything it rendered as JSON.
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const data = join(process.cwd(), process.env.KUBE_NOTES_WEB_DATA)
for (const name of ["note-html", "note-pages", "study-deck.cache.json"])
  rmSync(join(data, name), { recursive: true, force: true })
process.env.NODE_ENV = "production"
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}
const start = cpu()
const render = await import(pathToFileURL(process.argv[2]).href)
const loaded = cpu()
const entries = render.writeNotePages("")
render.loadDeck()
const pageData = cpu()
await render.renderNoteHtmlFiles(entries)
const notes = cpu()
const listPages = await render.renderListPages()
const slots = await render.renderPageSlots()
const lists = cpu()
const digest = createHash("sha256")
const htmlDir = join(data, "note-html")
for (const name of readdirSync(htmlDir).sort()) digest.update(name).update(readFileSync(join(htmlDir, name)))
digest.update(JSON.stringify(listPages)).update(JSON.stringify(slots))
console.log(
  JSON.stringify({
    load: loaded - start,
    pageData: pageData - loaded,
    notes: notes - pageData,
    lists: lists - notes,
    digest: digest.digest("hex"),
  }),
)
