/**
 * Where a note's bodies live beside graph.json: `bodies/<name>.json`, one file per note, so
 * a changed note rewrites only its own file. The name depends on the note id alone, runs in
 * Node and the browser (no crypto module), and is safe on every file system: a readable
 * ASCII part of the id (lower case, so case-insensitive disks cannot merge two notes) and a
 * hash of the exact id (which tells apart ids that differ only in case, Unicode form or
 * characters dropped from the readable part).
 */

/** The folder beside graph.json that holds the bodies files. */
export const BODIES_DIR = "bodies"

const READABLE_LENGTH = 40

/** `bodies/<name>.json` for a note id, relative to the folder of graph.json. */
export function getBodyFileName(noteId: string): string {
  const readable = noteId
    .replace(/^note:/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, READABLE_LENGTH)
  const hash = hashId(noteId)
  return `${BODIES_DIR}/${readable ? `${readable}-` : ""}${hash}.json`
}

/**
 * 64 bits from two FNV-1a passes over the id's UTF-16 code units with different offset
 * bases: collisions among a few thousand notes are out of reach (≈ 10⁻¹²).
 */
function hashId(id: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x9e3779b9
  for (let i = 0; i < id.length; i++) {
    const unit = id.charCodeAt(i)
    a = Math.imul(a ^ unit, 0x01000193)
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15)
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")
}
