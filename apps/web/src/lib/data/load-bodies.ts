/**
 * A note's bodies (the mdast of its intro and topics), read when its page is rendered: the
 * prebuild keeps them apart from graph.json, one file per note (`bodies/<file>.json`), so a
 * build worker reads only the notes it renders and graph.json stays small.
 */
import { readFileSync } from "node:fs"
import { getBodyFileName, type NoteBodies } from "@kube-notes/graph"
import { getDataFile } from "./data-dir.ts"

/** The note's bodies. A missing file is a broken prebuild: it throws rather than render an empty page. */
export function loadNoteBodies(noteId: string): NoteBodies {
  const text = readFileSync(getDataFile(getBodyFileName(noteId)), "utf8")
  return JSON.parse(text) as NoteBodies
}
