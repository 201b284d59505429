/**
 * `kube-notes progress`: due, new and learned cards per note and topic, with each topic's
 * mastery; `--orphans` lists reviewed cards whose node is gone (kept in the file, never
 * dropped); `export FILE` and `import FILE` move progress to and from the site (import merges).
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { mergeProgress, orphanCardIds, parseProgress, serializeProgress } from "@kube-notes/study"
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { saveProgress } from "../../state/progress-file.ts"
import { writeFileAtomically } from "../../state/state-dir.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import { buildProgressReport, type CountsRow } from "../../study/progress-report.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs } from "../parse-command-args.ts"
import { EXIT, UsageError } from "../usage-error.ts"
import { expectPositionals } from "./shared.ts"
import { loadDeck, readProgress } from "./study-shared.ts"

export async function runProgress(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("progress", args)
  const [action] = positionals
  if (action === "export")
    return exportProgress(
      expectPositionals(positionals, 2, "progress export", (m) => m.errors.oneFile)[1] ?? "",
      io,
    )
  if (action === "import")
    return importProgress(
      expectPositionals(positionals, 2, "progress import", (m) => m.errors.oneFile)[1] ?? "",
      io,
    )
  if (action !== undefined)
    throw new UsageError(
      `Unknown progress action "${action}": use export FILE or import FILE. See \`kube-notes progress --help\`.`,
    )
  const { query, deck } = await loadDeck(values, io)
  const { progress, file } = readProgress(io)
  if (values.orphans) {
    const orphans = orphanCardIds(deck, progress).map((id) => {
      const reviews = progress.log.filter((entry) => entry.cardId === id)
      const lastReview = reviews.at(-1)?.reviewedAt
      return { id, reviews: reviews.length, ...(lastReview ? { lastReview } : {}) }
    })
    if (values.json) printJson(io, orphans)
    else {
      printLine(io, orphans.length === 0 ? STUDY_TEXT.orphansNone : STUDY_TEXT.orphansHeader(orphans.length))
      for (const o of orphans)
        printLine(
          io,
          `  ${clean(o.id)} · ${STUDY_TEXT.reviews(o.reviews)}${o.lastReview ? ` · ${o.lastReview}` : ""}`,
        )
    }
    return EXIT.ok
  }
  const report = buildProgressReport(query, deck, progress, new Date())
  if (values.json) {
    printJson(io, { file, ...report })
    return EXIT.ok
  }
  printLine(io, `${file} · ${STUDY_TEXT.reviews(report.reviews)}`)
  printLine(io, `${STUDY_TEXT.allTopics}: ${countsText(report.total)}`)
  for (const note of report.notes) {
    printLine(io, `${clean(note.title)}: ${countsText(note)}`)
    for (const topic of note.topics)
      printLine(io, `  ${clean(topic.title)}: ${countsText(topic)} · ${STUDY_TEXT.mastery(topic.mastery)}`)
  }
  if (report.orphans > 0) printLine(io, STUDY_TEXT.orphansHint(report.orphans))
  return EXIT.ok
}

function countsText(row: CountsRow): string {
  return `${STUDY_TEXT.cards(row.cards)} · ${STUDY_TEXT.status(row)}`
}

function exportProgress(target: string, io: CliIo): number {
  const { progress } = readProgress(io)
  const path = resolve(io.cwd, target)
  try {
    writeFileAtomically(path, serializeProgress(progress))
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  printLine(io, STUDY_TEXT.exported(progress.log.length, Object.keys(progress.cards).length, path))
  return EXIT.ok
}

function importProgress(source: string, io: CliIo): number {
  const path = resolve(io.cwd, source)
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = parseProgress(text)
  if (!parsed.ok)
    throw new UsageError(`${path} is not a kube-notes progress file (${parsed.error}); nothing was imported.`)
  const { progress, file } = readProgress(io)
  const merged = mergeProgress(progress, parsed.progress)
  try {
    saveProgress(file, merged)
  } catch (error) {
    throw new UsageError(`Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  printLine(io, STUDY_TEXT.imported(merged.log.length - progress.log.length, merged.log.length, path))
  return EXIT.ok
}
