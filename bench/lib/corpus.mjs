/**
 * The generated corpora, cached by (N, seed, hash of gen-corpus.mjs): a changed generator
 * makes a new folder, an unchanged one is reused across runs. Written to a temporary folder
 * and renamed, so an interrupted run never leaves half a corpus behind.
 */
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export function ensureCorpus({ cacheRoot, generator, notes, seed }) {
  const hash = createHash("sha256").update(readFileSync(generator)).digest("hex").slice(0, 12)
  const dir = join(cacheRoot, "corpora", `${notes}-${seed}-${hash}`)
  if (existsSync(join(dir, ".complete"))) return { dir, generated: false }
  const temporary = `${dir}.${process.pid}.tmp`
  rmSync(temporary, { recursive: true, force: true })
  mkdirSync(join(cacheRoot, "corpora"), { recursive: true })
  execFileSync(process.execPath, [generator, temporary, String(notes), String(seed)], { stdio: "ignore" })
  // The marker is a dot-file: readContentDir skips names starting with ".".
  writeFileSync(join(temporary, ".complete"), "")
  rmSync(dir, { recursive: true, force: true })
  renameSync(temporary, dir)
  return { dir, generated: true }
}
