/** Small text helpers shared by the card makers. */

/** The form used to compare names: NFC, lower case, single spaces. */
export function foldText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim()
}

/** True when `text` contains `part`, case- and spacing-insensitively. */
export function containsText(text: string, part: string): boolean {
  const needle = foldText(part)
  return needle.length > 0 && foldText(text).includes(needle)
}

/** The mark that stands for a hidden word on a front. */
export const BLANK = "＿＿＿"

/**
 * Replaces every occurrence of each name (longest first, case-insensitive) by the blank,
 * so a front never gives away its answer.
 */
export function maskNames(text: string, names: readonly string[]): string {
  let masked = text.normalize("NFC")
  const sorted = [...new Set(names.map((name) => name.normalize("NFC").trim()))]
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length)
  for (const name of sorted) {
    masked = masked.replace(new RegExp(escapeRegExp(name).replace(/\\? /g, "\\s+"), "giu"), BLANK)
  }
  return masked
}

/** Letters and digits left once blanks, spaces and punctuation are taken out. */
export function countLetters(text: string): number {
  return text
    .split(BLANK)
    .join("")
    .replace(/[^\p{L}\p{N}]/gu, "").length
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
