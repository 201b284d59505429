/**
 * The readable copy of the hostile corpus committed in fixtures/hostile/: every file of
 * `hostileFiles()` small enough to read (≤ 64 KiB), under a file name a reviewer's shell and
 * git can show. Control and bidi characters in names are written `%XX`/`%uXXXX`; their contents
 * stay byte-for-byte the vectors. The tests build the real corpus from src/ (raw names,
 * symlinks, the 1 MB front matter); fixtures/ is for reading, and a test keeps it current.
 */
import { hostileFiles } from "./hostile-folder.ts"

export const FIXTURE_DIR = "fixtures/hostile"
export const MAX_FIXTURE_BYTES = 64 * 1024

const UNREADABLE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** `name-\u001b[2J.md` → `name-%1B[2J.md`, `\u202e` → `%u202E`. */
export function readableName(path: string): string {
  return path.replace(UNREADABLE_IN_NAMES, (ch) => {
    const code = ch.codePointAt(0) ?? 0
    const hex = code.toString(16).toUpperCase()
    return code < 0x100 ? `%${hex.padStart(2, "0")}` : `%u${hex.padStart(4, "0")}`
  })
}

const sizeOf = (content: string | Uint8Array) =>
  typeof content === "string" ? Buffer.byteLength(content) : content.byteLength

/** path → bytes of the committed copy, and the files left out for their size. */
export function fixtureCopy(): { files: Record<string, Uint8Array>; tooBig: string[] } {
  const files: Record<string, Uint8Array> = {}
  const tooBig: string[] = []
  for (const [path, content] of Object.entries(hostileFiles())) {
    if (sizeOf(content) > MAX_FIXTURE_BYTES) {
      tooBig.push(path)
      continue
    }
    files[readableName(path)] = typeof content === "string" ? Buffer.from(content) : content
  }
  return { files, tooBig }
}
