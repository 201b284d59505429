// One worker thread's share of the note rendering (scripts/lib/render-note-html.mjs).
import { pathToFileURL } from "node:url"
import { workerData } from "node:worker_threads"

const { bundle, entries } = workerData
const { renderNoteHtmlFiles } = await import(pathToFileURL(bundle).href)
await renderNoteHtmlFiles(entries)
