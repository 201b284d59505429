/**
 * What a command does, in the note's own words, for the "which command does this?" card.
 * Order of preference: the command's `description` when the graph has one (schema 2), the text
 * around its mention in prose (`설치 확인 명령어 : minikube version`), the shell comment on or
 * just above its line in a fence, and last the title of the topic that uses it. Since schema 2
 * the topic's mdast lives apart from the graph: with a body getter the mention is found in the
 * mdast; without one (a graph alone), the same is read from the topic's plain text, line by line.
 */
import type { CommandNode, TopicNode } from "@kube-notes/graph"
import { BLANK } from "./text.ts"

interface AnyNode {
  type: string
  value?: string
  children?: AnyNode[]
  commandId?: string
  data?: { commandIds?: string[] }
}

/** A topic's body (mdast root) by id, when the caller has the bodies. */
export type GetBody = (id: string) => unknown

export function describeCommand(command: CommandNode, topic: TopicNode, getBody?: GetBody): string {
  const description = (command as { description?: unknown }).description
  if (typeof description === "string" && description.trim()) return tidy(description)
  const body = getBody?.(topic.id) as AnyNode | undefined
  const found = body ? findContext(body, command) : findInText(topic.text, command.text)
  return found ?? topic.title
}

/** The plain-text reading: a prose line holding the command, blanked, else its shell comment. */
function findInText(text: string, command: string): string | undefined {
  for (const line of text.split("\n")) {
    const at = line.indexOf(command)
    if (at < 0) continue
    const rest = line.slice(at + command.length).trim()
    if (rest.startsWith("#")) break // a shell line: its comment is read below
    const blanked = tidy(`${line.slice(0, at)}${BLANK}${line.slice(at + command.length)}`)
    if (hasWords(blanked.replaceAll(BLANK, ""))) return blanked
  }
  return commentFor(text, command)
}

function findContext(node: AnyNode, command: CommandNode): string | undefined {
  if (node.type === "paragraph" && node.children?.some((child) => child.commandId === command.id)) {
    // The command's place in the sentence becomes a blank: "설치 확인 명령어 : ＿＿＿".
    const text = tidy(
      node.children.map((child) => (child.commandId === command.id ? BLANK : plainText(child))).join(""),
    )
    if (hasWords(text.replaceAll(BLANK, ""))) return text
  }
  if (node.type === "code" && node.data?.commandIds?.includes(command.id) && node.value) {
    const comment = commentFor(node.value, command.text)
    if (comment) return comment
  }
  for (const child of node.children ?? []) {
    const found = findContext(child, command)
    if (found) return found
  }
  return undefined
}

/** The `#` comment after the command on its line, else the comment line just above it. */
function commentFor(code: string, text: string): string | undefined {
  const lines = code.split(/\r?\n/)
  const index = lines.findIndex((line) => line.includes(text))
  if (index < 0) return undefined
  const trailing = lines[index]?.slice(lines[index]?.indexOf(text) + text.length).match(/#+(.*)$/)?.[1]
  // "kubectl config get-contexts #를 통해 … 확인한다": the comment goes on from the command.
  if (trailing && hasWords(tidy(trailing)))
    return /^[은는이가을를로와과의에]/u.test(trailing.trim()) ? `${BLANK}${tidy(trailing)}` : tidy(trailing)
  const above = lines[index - 1]?.match(/^\s*#+(.*)$/)?.[1]
  if (above && hasWords(tidy(above))) return tidy(above)
  return undefined
}

function plainText(node: AnyNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join("")
}

/** Drops separators at the ends and extra spaces. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^[\s:：\-–—,·]+|[\s:：\-–—,·]+$/g, "")
    .trim()
}

function hasWords(text: string): boolean {
  return /[\p{L}]{2,}/u.test(text)
}
