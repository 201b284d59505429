/** `kube-notes path`: topics in learning order (terms defined before they are used), with mastery. */
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { buildPathRows, masteryBar } from "../../study/learning-path-rows.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { expectNone } from "./shared.ts"
import { loadDeck, readProgress } from "./study-shared.ts"

export async function runPath(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("path", args)
  expectNone(positionals, "path")
  const { query, deck } = await loadDeck(values, io)
  const rows = buildPathRows(query, deck, readProgress(io).progress, new Date())
  if (values.json) printJson(io, rows)
  else
    rows.forEach((row, i) => {
      const due = row.due > 0 ? ` · ${STUDY_TEXT.statusDue(row.due)}` : ""
      printLine(
        io,
        `${String(i + 1).padStart(3)}. ${masteryBar(row.mastery)}  ${clean(row.title)} · ${STUDY_TEXT.cards(row.cards)}${due}  (${clean(row.note)})`,
      )
    })
  return EXIT.ok
}
