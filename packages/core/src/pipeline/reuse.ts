/**
 * What lets an update hand out the same objects as the last one where nothing changed: a
 * rebuilt fragment keeps its predecessor's edge arrays when they are equal, and lists made of
 * the same parts (compared by identity) need not be joined again.
 */
import type { Diagnostic, GraphEdge } from "@kube-notes/graph"
import type { Fragment } from "../assemble/fragment.ts"
import { inheritReadingEdges } from "./reading-edges.ts"

/**
 * A rebuilt fragment takes its predecessor's edge and diagnostic arrays where they are equal:
 * then the graph's edge list is not joined again, nor every diagnostic sorted again.
 */
export function keepUnchangedParts(old: Fragment, fragment: Fragment): void {
  const same =
    old.edges.length === fragment.edges.length &&
    old.edges.every((edge, i) => {
      const other = fragment.edges[i] as GraphEdge
      return edge.from === other.from && edge.to === other.to && edge.kind === other.kind
    })
  if (same) fragment.edges = old.edges
  if (sameDiagnostics(old.diagnostics, fragment.diagnostics)) fragment.diagnostics = old.diagnostics
  inheritReadingEdges(old, fragment)
}

/** Whether two lists hold equal diagnostics in the same order. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Diagnostic
    const y = b[i] as Diagnostic
    if (
      x.file !== y.file ||
      x.line !== y.line ||
      x.column !== y.column ||
      x.rule !== y.rule ||
      x.severity !== y.severity ||
      x.message !== y.message
    )
      return false
  }
  return true
}

/** One array of many, in order. */
export function concatAll<T>(lists: readonly (readonly T[])[]): T[] {
  const all: T[] = []
  return all.concat(...lists)
}

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
