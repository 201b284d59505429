/**
 * A source is a list of virtual files: core never reads the disk itself. The folder
 * adapter, the tests' in-memory files and watch mode all produce sources.
 */

export interface SourceFile {
  /** Path inside the content folder: posix separators, NFC. */
  path: string
  bytes: Uint8Array
}

export interface ContentSource {
  /** Markdown notes (`.md`, `.markdown`). */
  notes: SourceFile[]
  /** Paths (posix, NFC) of every other file in the folder, for asset checks. */
  assets: string[]
  /** The glossary sidecar, when the folder has one. */
  glossary?: SourceFile
  /** Problems met while reading (unreadable files, symlinks that leave the folder, a bad `kube-notes.json`). */
  problems?: SourceProblem[]
}

export interface SourceProblem {
  path: string
  rule: "unsafe-path" | "unreadable-file" | "invalid-config"
  message: string
  /** Where in the file, when the problem has a place (1-based). */
  line?: number
  column?: number
}

/** Builds a source from in-memory strings: `{ "a.md": "# A" }`. Paths ending in .md are notes. */
export function createMemorySource(
  files: Record<string, string | Uint8Array>,
  options: { glossaryPath?: string } = {},
): ContentSource {
  const glossaryPath = options.glossaryPath ?? "glossary.yaml"
  const encoder = new TextEncoder()
  const source: ContentSource = { notes: [], assets: [] }
  for (const [rawPath, content] of Object.entries(files)) {
    const path = rawPath.normalize("NFC")
    const bytes = typeof content === "string" ? encoder.encode(content) : content
    if (path === glossaryPath) source.glossary = { path, bytes }
    else if (isNotePath(path)) source.notes.push({ path, bytes })
    else source.assets.push(path)
  }
  return source
}

export function isNotePath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path)
}
