/**
 * Option → meaning. Command options are not in schema 1; a branch adds them to command nodes.
 * This reads them through a small local shape and makes no card when the graph has none, so
 * the deck works on both schemas. Adapt `readOptions` if the merged field differs.
 */
import type { CommandNode, TopicNode } from "@kube-notes/graph"
import type { Card } from "../types.ts"
import { containsText } from "./text.ts"

export interface CommandOption {
  /** As written: `-o`, `--namespace`. */
  name: string
  /** What it does, in the note's words. */
  description: string
}

export function readOptions(command: CommandNode): CommandOption[] {
  const options = (command as { options?: unknown }).options
  if (!Array.isArray(options)) return []
  const read: CommandOption[] = []
  for (const option of options) {
    if (typeof option !== "object" || option === null) continue
    const { name, flag, description } = option as Record<string, unknown>
    const label = typeof name === "string" ? name : typeof flag === "string" ? flag : ""
    if (label.trim() && typeof description === "string" && description.trim()) {
      read.push({ name: label.trim(), description: description.trim() })
    }
  }
  return read
}

export function makeOptionCards(command: CommandNode, topic: TopicNode): Card[] {
  const cards: Card[] = []
  const seen = new Set<string>()
  for (const option of readOptions(command)) {
    // The option's name keys the card: reordering options in the note keeps each one's history.
    if (seen.has(option.name)) continue
    seen.add(option.name)
    const front = `${command.text} — ${option.name} 옵션은 무엇을 하나요?`
    if (containsText(front, option.description)) continue
    cards.push({
      id: `${command.id}:option:${option.name}`,
      type: "option",
      nodeId: command.id,
      noteId: topic.note,
      topicId: topic.id,
      front,
      back: option.description,
    })
  }
  return cards
}
