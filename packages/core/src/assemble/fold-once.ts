/**
 * foldName, remembered. A build folds every term candidate's names twice (the term index, then
 * each fragment's lookups) and every heading's once: 117,000 folds at 1,000 generated notes, of
 * 49 distinct names; each fold is an NFC normalisation, a trim, a regex replace and a lower
 * case. Bounded, so a long watch over changing notes cannot grow it without end.
 */
import { foldName } from "@kube-notes/graph"

const folds = new Map<string, string>()
const MAX_FOLDS = 20_000

export function foldOnce(name: string): string {
  let folded = folds.get(name)
  if (folded === undefined) {
    folded = foldName(name)
    if (folds.size >= MAX_FOLDS) folds.clear()
    folds.set(name, folded)
  }
  return folded
}
