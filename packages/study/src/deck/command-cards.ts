/** "Which command does this?" → the command, typed and compared ignoring spacing. */
import type { CommandNode, TopicNode } from "@kube-notes/graph"
import { choseongHint } from "../answer/choseong-hint.ts"
import type { Card } from "../types.ts"
import { describeCommand, type GetBody } from "./command-context.ts"
import { countLetters, maskNames } from "./text.ts"

export function makeCommandCard(command: CommandNode, topic: TopicNode, getBody?: GetBody): Card | undefined {
  const text = command.text.trim()
  if (!text) return undefined
  const description = describeCommand(command, topic, getBody)
  // The tool and the topic narrow the answer down; the mask keeps the command itself off the front.
  const where = description === topic.title ? command.tool : `${command.tool}, 「${topic.title}」`
  const front = maskNames(`어떤 명령어일까요? ${description} (${where})`, [text])
  if (countLetters(maskNames(description, [text])) === 0) return undefined
  return {
    id: `${command.id}:command`,
    type: "command",
    nodeId: command.id,
    noteId: topic.note,
    topicId: topic.id,
    front,
    back: text,
    answer: text,
    hint: choseongHint(text),
  }
}
