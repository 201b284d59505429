/** `kube-notes cards`: the deck made from the notes, for reading or (--json) for scripts. */
import { sanitizeTerminalText as clean } from "../../render/sanitize-terminal-text.ts"
import { STUDY_TEXT } from "../../study/messages.ts"
import { scopeDeck } from "../../study/scope-deck.ts"
import { type CliIo, printJson, printLine } from "../io.ts"
import { parseCommandArgs } from "../parse-command-args.ts"
import { EXIT } from "../usage-error.ts"
import { expectNone } from "./shared.ts"
import { loadDeck, resolveScope } from "./study-shared.ts"

export async function runCards(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("cards", args)
  expectNone(positionals, "cards")
  const { query, deck } = await loadDeck(values, io)
  const cards = scopeDeck(deck, query, resolveScope(query, values.topic))
  if (values.json) {
    printJson(io, cards)
    return EXIT.ok
  }
  for (const card of cards) {
    printLine(io, `${clean(card.id)}  [${STUDY_TEXT.cardType[card.type]}]`)
    printLine(io, `  ${clean(card.front)}`)
    if (card.choices) for (const choice of card.choices) printLine(io, `    - ${clean(choice)}`)
    printLine(io, `  → ${clean(card.back)}`)
  }
  io.stderr.write(`${STUDY_TEXT.cards(cards.length)}\n`)
  return EXIT.ok
}
