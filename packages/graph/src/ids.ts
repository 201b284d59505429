/**
 * Node ids: `kind:` prefix + a readable key. Pure string functions, safe in Node and browsers.
 */
import type { NodeKind } from "./types.ts"

export type NodeId<K extends NodeKind = NodeKind> = `${K}:${string}`

const KINDS: ReadonlySet<string> = new Set(["note", "topic", "term", "command", "resource", "asset"])

/** The kind an id names, or undefined when the id has no known prefix. */
export function getIdKind(id: string): NodeKind | undefined {
  const colon = id.indexOf(":")
  const prefix = colon === -1 ? "" : id.slice(0, colon)
  return KINDS.has(prefix) ? (prefix as NodeKind) : undefined
}

export function isIdOfKind<K extends NodeKind>(id: string, kind: K): id is NodeId<K> {
  return id.startsWith(`${kind}:`)
}

export function makeId<K extends NodeKind>(kind: K, key: string): NodeId<K> {
  return `${kind}:${key.normalize("NFC")}`
}

/** The key after the `kind:` prefix. */
export function getIdKey(id: string): string {
  const colon = id.indexOf(":")
  return colon === -1 ? id : id.slice(colon + 1)
}

/**
 * Folds a name for comparison: NFC, lower case, inner whitespace collapsed.
 * Used for term aliases ("Worker Node" = "worker node").
 */
export function foldName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase()
}
