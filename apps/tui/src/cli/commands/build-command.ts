/**
 * `kube-notes build`: folder → graph.json, reusing the disk cache of note analyses. The
 * graph is written even when the notes have errors (exit 1): the good notes still build.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join, relative, resolve } from "node:path"
import { sanitizeTerminalText } from "../../render/sanitize-terminal-text.ts"
import { getContentPackageDir } from "../../source/content-folder.ts"
import { checkDir, primeGraphCache } from "../../source/load-graph.ts"
import { type CliIo, printLine } from "../io.ts"
import { parseCommandArgs, stringOption } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { countBy, countSeverities, expectNone, plural } from "./shared.ts"

const KIND_ORDER = ["note", "topic", "term", "command", "resource", "asset"]

export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", args)
  expectNone(positionals, "build")
  const packageDir = getContentPackageDir()
  const dir = await checkDir(resolve(io.cwd, stringOption(values.content) ?? packageDir))
  const out = resolve(io.cwd, stringOption(values.out) ?? defaultOutDir(dir, packageDir))

  const core = await import("@kube-notes/core")
  const cacheDir = stringOption(values.cache)
  const cache = values["no-cache"]
    ? false
    : cacheDir
      ? resolve(io.cwd, cacheDir)
      : core.defaultCacheDir(io.env)
  // Core's disk cache of note analyses and its worker threads: a warm build parses nothing.
  const graph = await core.buildGraphFromDir(dir, { cache })

  await mkdir(out, { recursive: true })
  const file = join(out, "graph.json")
  const text = JSON.stringify(graph)
  const changed = (await readFile(file, "utf8").catch(() => undefined)) !== text
  if (changed) await writeFile(file, text)
  // The reader's cache of this graph.json (see graph-cache.ts): `kube-notes --graph FILE`
  // then starts without parsing FILE. Best effort: a cache that cannot be written is no error.
  if (values["no-cache"] !== true) await primeGraphCache(file, io.env).catch(() => {})

  const kinds = countBy(graph.nodes, (n) => n.kind)
  const summary = KIND_ORDER.filter((k) => kinds[k]).map((k) => plural(kinds[k] ?? 0, k))
  printLine(io, `Built ${summary.join(", ")} · ${plural(graph.edges.length, "edge")}`)
  printLine(io, `${changed ? "Wrote" : "Unchanged:"} ${relative(io.cwd, file) || file}`)
  const severities = countSeverities(graph.diagnostics)
  printLine(
    io,
    `${plural(severities.error, "error")}, ${plural(severities.warning, "warning")}, ${plural(severities.info, "note")}`,
  )
  for (const d of graph.diagnostics) printLine(io, `  ${sanitizeTerminalText(core.formatDiagnostic(d))}`)
  return severities.error > 0 ? EXIT.contentErrors : EXIT.ok
}

/** The repo's content folder builds where the content package reads; any other folder into a hidden folder of its own. */
export function defaultOutDir(dir: string, packageDir: string): string {
  return resolve(dir) === resolve(packageDir) ? join(packageDir, "dist") : join(dir, ".kube-notes")
}
