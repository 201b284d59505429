/**
 * What one note's fragment looked up in the rest of the build: the link targets and anchors
 * it resolved, the term names it resolved, the assets it checked. With the fragment's text
 * (for term mentions), this is everything outside the note that the fragment depends on, so
 * an update can tell which fragments a change touches (see pipeline/fragment-deps.ts).
 */
import { foldName } from "@kube-notes/graph"
import type { LinkFound } from "../analyze/types.ts"

export interface LinkLookup {
  readonly link: Omit<LinkFound, "position">
  /** The note or topic id it resolved to; undefined for a broken link. */
  readonly result: string | undefined
  /** What the note index is asked: the path (md), the folded name (wiki), "" (anchor). */
  readonly asked: string
}

export interface FragmentLookups {
  links: LinkLookup[]
  /** Folded term name → the term id it resolved to (undefined: no term). */
  termNames: Map<string, string | undefined>
  /** Asset path → whether it existed. */
  assets: Map<string, boolean>
}

export function createLookups(): FragmentLookups {
  return { links: [], termNames: new Map(), assets: new Map() }
}

export function recordLink(
  lookups: FragmentLookups,
  link: Omit<LinkFound, "position">,
  result: string | undefined,
): void {
  lookups.links.push({
    link: {
      via: link.via,
      target: link.target,
      ...(link.anchor !== undefined ? { anchor: link.anchor } : {}),
    },
    result,
    asked: askedOf(link),
  })
}

/** The key a link looks its note up by (note-index.ts resolve): a path, or a folded name. */
export function askedOf(link: Omit<LinkFound, "position">): string {
  if (link.via === "md") return link.target
  if (link.via === "wiki") return foldName(link.target.replace(/\.(md|markdown)$/i, ""))
  return ""
}
