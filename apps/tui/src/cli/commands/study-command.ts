/**
 * `kube-notes study [--topic ID]`: the study screen on its own, in the alternate screen.
 * Progress is saved after every rating, so a closed terminal loses at most the card up.
 */
import { detectCapabilities } from "../../render/terminal-capabilities.ts"
import { saveProgress } from "../../state/progress-file.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import type { CliIo } from "../io.ts"
import { parseCommandArgs } from "../parse-command-args.ts"
import { EXIT, UsageError } from "../usage-error.ts"
import { expectNone } from "./shared.ts"
import { loadDeck, readProgress, resolveScope } from "./study-shared.ts"
import { inAlternateScreen, loadReader } from "./terminal-screen.ts"

export async function runStudy(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("study", args)
  expectNone(positionals, "study")
  if (!process.stdout.isTTY || !process.stdin.isTTY) throw new UsageError(STUDY_TEXT.noTerminal)
  process.stdin.setRawMode(true) // keep keys typed while the notes load
  const screen = loadReader()
  screen.catch(() => {}) // seen where it is awaited
  let prepared: [Awaited<ReturnType<typeof loadDeck>>, string | undefined, ReturnType<typeof readProgress>]
  try {
    const loadedDeck = await loadDeck(values, io)
    prepared = [loadedDeck, resolveScope(loadedDeck.query, values.topic), readProgress(io)]
  } catch (error) {
    process.stdin.setRawMode(false) // a usage error is printed to a normal terminal
    throw error
  }
  const [{ query, deck }, scopeId, loaded] = prepared
  const { startStudy } = await screen
  await inAlternateScreen(() =>
    startStudy({
      query,
      deck,
      ...(scopeId ? { scopeId } : {}),
      progress: loaded.progress,
      ...(loaded.warning ? { warning: loaded.warning } : {}),
      caps: detectCapabilities(io.env, true),
      save: (progress) => saveProgress(loaded.file, progress),
    }),
  )
  return EXIT.ok
}
