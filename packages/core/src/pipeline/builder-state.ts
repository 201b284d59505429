/**
 * The graph builder's state as text (graph-cache.ts keeps it beside the saved graph), so a
 * build in a new process goes on from the last build the way an update in the same process
 * would: each note's analysis without its mdast, and its fragment with what it looked up
 * (fragment-deps.ts checks those against the new build instead of building it again). A
 * fragment's bodies are not in this text: they are the saved graph's body files, named by
 * their sha1, read only when someone asks for them.
 * Layout: a line `{ format, code, analysis, schema, byAlias, lines }` (`lines`: each next line's
 * length in bytes, so no search for line ends), then one line per note. A note
 * the next build kept as restored is written back as the bytes it was read from: a rebuild
 * after one note changed encodes one line.
 * Stale after a change of core's code (its modules' digest is in the text), the analysis
 * version, the schema or this format: then the text is refused and the build starts from the
 * analysis cache as before.
 */
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { type GraphEdge, SCHEMA_VERSION } from "@kube-notes/graph"
import { ANALYSIS_VERSION } from "../analyze/analysis-version.ts"
import type { Fragment } from "../assemble/fragment.ts"
import type { LinkLookup } from "../assemble/lookups.ts"
import type { EncodedBodies } from "./graph-bodies.ts"
import type { BuilderSnapshot, SavedEntry } from "./graph-builder.ts"

/** Bumped when the text's shape changes. */
const STATE_FORMAT = 4

/**
 * An edge as `[from, to, kind]`: `from` as the index of one of the fragment's own nodes when it
 * is one (every edge but a few starts at the note or a topic, whose ids are long). A quarter
 * of the state's bytes were edges written as objects.
 */
type EdgeJson = [from: number | string, to: string, kind: GraphEdge["kind"]]

interface FragmentJson extends Omit<Fragment, "bodies" | "lookups" | "edges"> {
  edges: EdgeJson[]
  key: string
  /** sha1 of the bodies' file. */
  bodies: string
  lookups: {
    links: LinkLookup[]
    /** Folded name → term id, or null when it named no term. */
    termNames: [string, string | null][]
    assets: [string, boolean][]
  }
}

interface HeadJson {
  format: number
  code: string
  analysis: string
  schema: number
  byAlias: [string, string][]
  lines: number[]
}

interface EntryJson {
  path: string
  hash: string
  analysis: SavedEntry["analysis"]
  fragment?: FragmentJson
}

/** The line each restored entry was read from, written back while the builder hands it out unchanged. */
const lines = new WeakMap<SavedEntry, Buffer>()
const NEWLINE = Buffer.from("\n")

/** The state's bytes in parts, written one after the other (most are lines read back unchanged). */
export function encodeState(snapshot: BuilderSnapshot): Buffer[] {
  const parts: Buffer[] = []
  for (const entry of snapshot.entries) {
    const { path, hash, analysis, fragment } = entry
    const known = lines.get(entry)
    const json: EntryJson | undefined = known
      ? undefined
      : { path, hash, analysis, ...(fragment ? { fragment: fragmentJson(fragment) } : {}) }
    parts.push(known ?? Buffer.from(JSON.stringify(json)))
  }
  const head: HeadJson = {
    format: STATE_FORMAT,
    code: codeDigest(),
    analysis: ANALYSIS_VERSION,
    schema: SCHEMA_VERSION,
    byAlias: snapshot.byAlias.map(([alias, id]) => [alias, id]),
    lines: parts.map((line) => line.length),
  }
  return [Buffer.from(JSON.stringify(head)), ...parts.flatMap((line) => [NEWLINE, line])]
}

function fragmentJson({ key, value, bodies }: NonNullable<SavedEntry["fragment"]>): FragmentJson {
  const { lookups } = value
  return {
    key,
    nodes: value.nodes,
    bodies: bodies.sha1,
    lookups: {
      links: lookups.links,
      termNames: [...lookups.termNames].map(([name, id]) => [name, id ?? null]),
      assets: [...lookups.assets],
    },
    edges: compactEdges(value),
    commands: value.commands,
    resources: value.resources,
    assets: value.assets,
    diagnostics: value.diagnostics,
  }
}

/**
 * The snapshot in `text`, or undefined when it is of another version or damaged. `bodies`
 * gives the encoding of a body file by sha1, or undefined when the file is gone (that note's
 * fragment is then built again).
 */
export function decodeState(
  bytes: Buffer,
  bodies: (sha1: string) => (EncodedBodies & { read(): Fragment["bodies"] }) | undefined,
): BuilderSnapshot | undefined {
  try {
    // The head ends at the first newline; a build with no notes writes the head alone.
    let end = bytes.indexOf(10)
    if (end < 0) end = bytes.length
    const head = JSON.parse(bytes.toString("utf8", 0, end)) as HeadJson
    if (
      head?.format !== STATE_FORMAT ||
      head.code !== codeDigest() ||
      head.analysis !== ANALYSIS_VERSION ||
      head.schema !== SCHEMA_VERSION ||
      !Array.isArray(head.byAlias) ||
      !Array.isArray(head.lines) ||
      head.lines.reduce((sum, length) => sum + length + 1, end) !== bytes.length
    )
      return undefined
    const entries: SavedEntry[] = []
    for (const length of head.lines) {
      const start = end + 1
      end = start + length
      const line = bytes.subarray(start, end)
      const { path, hash, analysis, fragment } = JSON.parse(line.toString("utf8")) as EntryJson
      const file = fragment && bodies(fragment.bodies)
      const entry: SavedEntry =
        fragment && file
          ? {
              path,
              hash,
              analysis,
              fragment: { key: fragment.key, value: toFragment(fragment, file), bodies: file },
            }
          : { path, hash, analysis }
      // Without its bodies a fragment is dropped, and the line no longer says what the entry is.
      if (!fragment || file) lines.set(entry, line)
      entries.push(entry)
    }
    return { entries, byAlias: head.byAlias }
  } catch {
    return undefined
  }
}

function compactEdges(fragment: Fragment): EdgeJson[] {
  const own = new Map(fragment.nodes.map((node, i) => [node.id, i]))
  return fragment.edges.map(({ from, to, kind }) => [own.get(from) ?? from, to, kind])
}

function toFragment(json: FragmentJson, file: { read(): Fragment["bodies"] }): Fragment {
  const { key: _key, bodies: _bodies, lookups, edges, ...parts } = json
  let bodies: Fragment["bodies"] | undefined
  const fragment = {
    ...parts,
    edges: edges.map(([from, to, kind]) => ({
      from: typeof from === "number" ? (parts.nodes[from] as { id: string }).id : from,
      to,
      kind,
    })),
    lookups: {
      // A JSON lookup without `result` was a broken link (undefined is not written).
      links: lookups.links,
      termNames: new Map(lookups.termNames.map(([name, id]) => [name, id ?? undefined])),
      assets: new Map(lookups.assets),
    },
  } as Omit<Fragment, "bodies"> as Fragment
  // Read on first use: most kept notes' bodies are never looked at in a rebuild.
  Object.defineProperty(fragment, "bodies", {
    enumerable: true,
    get: () => {
      bodies ??= file.read()
      return bodies
    },
  })
  return fragment
}

let digest: string | undefined

/**
 * Set in the CLI's bundle (apps/tui/scripts/core-bundle.mjs) to the digest of the modules it was
 * made from: a build by the CLI and one by core's own modules (the site's prepare) then go on
 * from each other's saved state. Undeclared anywhere else.
 */
declare const KUBE_NOTES_CODE_DIGEST: string | undefined

/**
 * sha1 of every module of this package as it runs (dist/ when built, src/ under vitest) and of
 * @kube-notes/graph's (ids, names, plain text): a fragment is only as current as the code
 * that assembled it. A bundle of them carries the digest of the modules it was made from, or
 * else (bundled by another tool) is hashed itself.
 */
export function codeDigest(): string {
  if (digest) return digest
  if (typeof KUBE_NOTES_CODE_DIGEST === "string") {
    digest = KUBE_NOTES_CODE_DIGEST
    return digest
  }
  const hash = createHash("sha1")
  if (import.meta.url.endsWith(".cjs")) {
    digest = hash.update(readFileSync(fileURLToPath(import.meta.url))).digest("hex")
    return digest
  }
  const walk = (root: string, dir = root) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(root, path)
      else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
        hash
          .update(`${path.slice(root.length)}\0`)
          .update(readFileSync(path))
          .update("\0")
    }
  }
  walk(fileURLToPath(new URL("..", import.meta.url)))
  walk(dirname(createRequire(import.meta.url).resolve("@kube-notes/graph")))
  digest = hash.digest("hex")
  return digest
}
