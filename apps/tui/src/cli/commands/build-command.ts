/**
 * `kube-notes build`: folder → graph.json, reusing the disk cache of note analyses. The
 * graph is written even when the notes have errors (exit 1): the good notes still build.
 */
import { join, relative, resolve } from "node:path"
import type { KindName, Messages } from "@kube-notes/messages"
import { sanitizeTerminalText } from "../../render/sanitize-terminal-text.ts"
import { getContentPackageDir } from "../../source/content-folder.ts"
import { checkDir } from "../../source/load-graph.ts"
import { type CliIo, printLine } from "../io.ts"
import { parseCommandArgs, stringOption } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { countSeverities, expectNone } from "./shared.ts"

const KIND_ORDER: readonly KindName[] = ["note", "topic", "term", "command", "resource", "asset"]

export async function runBuild(args: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", args)
  expectNone(positionals, "build")
  const packageDir = getContentPackageDir()
  const dir = await checkDir(resolve(io.cwd, stringOption(values.content) ?? packageDir))
  const out = resolve(io.cwd, stringOption(values.out) ?? defaultOutDir(dir, packageDir))

  // The light entry: a warm build of an unchanged folder never loads the Markdown parser.
  const core = await import("@kube-notes/core/dir")
  const cacheDir = stringOption(values.cache)
  const cache = values["no-cache"]
    ? false
    : cacheDir
      ? resolve(io.cwd, cacheDir)
      : core.defaultCacheDir(io.env)
  // Core's disk cache of note analyses and its worker threads: a warm build parses nothing.
  const built = await core.buildGraphFromDir(dir, { cache })
  // An unchanged folder's saved graph comes with its summary: nothing below parses the graph then.
  const summary = built.summary ?? core.summarizeGraph(built.graph)

  // graph.json, and each note's bodies in bodies/ (only the files that changed are written).
  const written = await core.writeGraphOutput(out, built)
  const file = written.graphFile
  const changed = written.graphChanged || written.bodiesWritten > 0 || written.bodiesRemoved > 0

  const summaryLine = KIND_ORDER.filter((k) => summary.nodes[k]).map((k) =>
    m.output.nodeCount(k, summary.nodes[k] ?? 0),
  )
  printLine(io, m.output.built(summaryLine.join(", "), summary.edges))
  const shown = relative(io.cwd, file) || file
  printLine(io, changed ? m.output.wrote(shown) : m.output.unchanged(shown))
  const severities = countSeverities(summary.diagnostics)
  printLine(io, m.output.severities(severities.error, severities.warning, severities.info))
  for (const d of summary.diagnostics) printLine(io, `  ${sanitizeTerminalText(core.formatDiagnostic(d))}`)
  return severities.error > 0 ? EXIT.contentErrors : EXIT.ok
}

/** The repo's content folder builds where the content package reads; any other folder into a hidden folder of its own. */
export function defaultOutDir(dir: string, packageDir: string): string {
  return resolve(dir) === resolve(packageDir) ? join(packageDir, "dist") : join(dir, ".kube-notes")
}
