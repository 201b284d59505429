/** `kube-notes check`: every diagnostic, one per line; exit 1 when any is an error. */
import { resolve } from "node:path"
import type { Messages } from "@kube-notes/messages"
import { sanitizeTerminalText } from "../../render/sanitize-terminal-text.ts"
import { getContentPackageDir } from "../../source/content-folder.ts"
import { checkDir } from "../../source/load-graph.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs, stringOption } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { countSeverities, expectNone } from "./shared.ts"

export async function runCheck(args: string[], io: CliIo, m: Messages): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", args)
  expectNone(positionals, "check")
  const dir = await checkDir(resolve(io.cwd, stringOption(values.content) ?? getContentPackageDir()))
  const core = await import("@kube-notes/core")
  const { graph } = await core.buildGraphFromDir(dir)
  const counts = countSeverities(graph.diagnostics)
  const ok = counts.error === 0
  if (values.json) printJson(io, { ok, counts, diagnostics: graph.diagnostics })
  else {
    for (const d of graph.diagnostics) printLine(io, sanitizeTerminalText(core.formatDiagnostic(d)))
    const summary = ok ? m.output.checkPassed : m.output.checkFailed
    io.stderr.write(`${summary(counts.error, counts.warning, counts.info)}\n`)
  }
  return ok ? EXIT.ok : EXIT.contentErrors
}
