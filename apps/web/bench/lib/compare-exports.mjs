// The files two exports disagree on (missing from one, or different bytes) — pages, the JSON files,
// Next's chunks, everything: a rebuild that kept the previous export must equal a full build of
// the same notes.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"

const allFiles = (root) => {
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(relative(root, path))
    }
  }
  walk(root)
  return files
}

export function compareExports(a, b) {
  const differences = []
  const inA = new Set(allFiles(a))
  for (const file of allFiles(b)) {
    if (!inA.delete(file)) differences.push(`${file} only in ${b}`)
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      differences.push(`${file} differs`)
  }
  for (const file of inA) if (existsSync(join(a, file))) differences.push(`${file} only in ${a}`)
  return differences
}
