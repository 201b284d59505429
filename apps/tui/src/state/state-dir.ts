/**
 * What every file under $XDG_STATE_HOME/kube-notes shares: where the folder is, writing a file
 * so that a crash never leaves half of it, and moving a file we cannot read out of the way
 * (never deleting it: it may hold bookmarks or months of reviews a person wants back).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { dirname, join } from "node:path"

export function getStateDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_STATE_HOME || join(homedir(), ".local", "state"), "kube-notes")
}

/** The file's text, or undefined when there is no file yet (a first run). Other errors throw. */
export function readStateText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8")
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw error
  }
}

/** Renames `file` to `file.damaged-<ms>` beside it; returns the new path, or undefined if it could not. */
export function moveAside(file: string, now = Date.now()): string | undefined {
  const aside = `${file}.damaged-${now}`
  try {
    renameSync(file, aside)
    return aside
  } catch {
    return undefined
  }
}

/** Writes a temporary file in the same folder, then renames it over `file` (atomic on one file system). */
export function writeFileAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`
  try {
    writeFileSync(temp, text)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true }) // a full disk must not leave temporary files behind
    throw error
  }
}
