/**
 * Which fragments an update touches. A fragment depends on its own note (a changed note gets
 * a new entry, so a new fragment) and on what it looked up in the rest of the build
 * (assemble/lookups.ts). When the terms, the note index or the assets change, each kept
 * fragment is checked against its lookups instead of being rebuilt:
 * - every link target and anchor it resolved must resolve the same now (only links that
 *   asked for or landed on a changed note are resolved again);
 * - no term name it resolved may be an alias that changed;
 * - no alias whose term changed (added, removed or moved to another term) may occur in its
 *   text — the mention matcher could find it there (the test is the matcher's own: case
 *   folded, spaces matching any whitespace, so it can only say "maybe" too often, never miss);
 * - every asset it checked must still exist, or still be missing.
 */
import type { Fragment } from "../assemble/fragment.ts"
import { resolveLink } from "../assemble/fragment.ts"
import type { NoteIndex, NoteRef } from "../assemble/note-index.ts"

/** What changed in the build's context since the fragments were last built or checked. */
/**
 * The notes whose place for links changed (added, removed, moved in reading order, or with
 * a new title or headings): their note and topic ids, paths and names, before and after.
 * A link that asked none of these and landed on none of these resolves as it did.
 */
export interface ChangedNotes {
  readonly targets: ReadonlySet<string>
  readonly paths: ReadonlySet<string>
  readonly names: ReadonlySet<string>
  /**
   * Every link is resolved again: the fragments were built in another process (a restored
   * builder, builder-state.ts), whose notes removed since are in none of the sets above.
   */
  readonly all?: boolean
}

export interface ContextChange {
  /** The note index is a new one (a heading, title or note changed), and what changed in it. */
  readonly notes?: { readonly index: NoteIndex; readonly changed: ChangedNotes }
  /**
   * Aliases changed (added, removed or moved to another term): the folded aliases, and a
   * test for text that may hold one.
   */
  readonly terms?: { readonly changed: readonly string[]; readonly mayMention: (text: string) => boolean }
  /** The asset list changed. */
  readonly assets?: Set<string>
}

/** Folded aliases whose term differs between two alias maps (added, removed or retargeted). */
export function diffAliases(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = []
  for (const [alias, termId] of after) if (before.get(alias) !== termId) changed.push(alias)
  for (const alias of before.keys()) if (!after.has(alias)) changed.push(alias)
  return changed
}

/** A test for text that may mention one of `aliases`, matching as the mention matcher does. */
export function createAliasTest(aliases: readonly string[]): (text: string) => boolean {
  if (aliases.length === 0) return () => false
  const pattern = new RegExp(
    aliases.map((alias) => escapeRegExp(alias).replace(/ /g, "\\s+")).join("|"),
    "iu",
  )
  return (text) => pattern.test(text)
}

/** Whether a kept fragment is still what a fresh build would make, given what changed. */
export function isFragmentCurrent(fragment: Fragment, ref: NoteRef, change: ContextChange): boolean {
  const { lookups } = fragment
  const { notes, terms, assets } = change
  if (notes) {
    const { targets, paths, names } = notes.changed
    for (const { link, result, asked } of lookups.links) {
      const touched =
        notes.changed.all === true ||
        (result !== undefined && targets.has(result)) ||
        (link.via === "md" ? paths.has(asked) : link.via === "wiki" ? names.has(asked) : targets.has(ref.id))
      if (touched && resolveLink(link, ref, { notes: notes.index }) !== result) return false
    }
  }
  if (terms) {
    // The fragment was current against the last alias map, so a name it resolved resolves
    // differently now exactly when the name is one of the changed aliases.
    for (const alias of terms.changed) if (lookups.termNames.has(alias)) return false
    for (const node of fragment.nodes) if (terms.mayMention(node.text)) return false
  }
  if (assets) {
    for (const [path, existed] of lookups.assets) if (assets.has(path) !== existed) return false
  }
  return true
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
