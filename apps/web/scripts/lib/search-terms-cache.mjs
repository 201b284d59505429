// The search index's terms of each text, kept in the data folder between prepares
// (search-terms.cache.json), so a rebuild after one note changed tokenises only that note's
// texts (tokenising every topic was most of the index's time). Entries are keyed by the sha1 of
// the text, each text's terms one string joined by spaces (terms are runs of letters and digits:
// a string parses and prints faster than an array); the file also records a digest of the
// search package's built code, so a changed tokenizer starts from an empty memo. Only the texts
// of this build are saved again.
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { readFile, rename, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

const require = createRequire(import.meta.url)
const FORMAT = 2

/** Digest of every module of the search package as built (dist/), which is what tokenises. */
function searchCodeDigest() {
  const dir = dirname(require.resolve("@kube-notes/search"))
  const hash = createHash("sha1").update(`terms ${FORMAT}\0`)
  for (const name of readdirSync(dir).sort())
    if (name.endsWith(".js"))
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(dir, name)))
        .update("\0")
  return hash.digest("hex")
}

const keyOf = (text) => createHash("sha1").update(text).digest("base64")

/**
 * A `TermsMemo` for `buildSearchIndex` read from `file` (missing, damaged or from other code:
 * empty), and `save()`, which writes the terms of the texts asked about in this build when they
 * differ from the file's.
 */
export async function loadSearchTermsCache(file) {
  const code = searchCodeDigest()
  const saved = await readFile(file, "utf8")
    .then(JSON.parse)
    .catch(() => undefined)
  const known = saved?.code === code && saved.terms && typeof saved.terms === "object" ? saved.terms : {}
  const used = {}
  let fresh = 0
  // The index asks for a text's terms and, when they were not known, tells them for the same
  // text next: its key is kept from the question (a second sha1 of every new text otherwise).
  /** @type {string | undefined} */
  let lastText
  let lastKey = ""
  return {
    get(text) {
      const key = keyOf(text)
      lastText = text
      lastKey = key
      const terms = known[key]
      if (typeof terms === "string") used[key] = terms
      const joined = used[key]
      return joined === undefined ? undefined : joined === "" ? [] : joined.split(" ")
    },
    set(text, terms) {
      // An empty term or one with a space could not be split back: not kept (tokens are neither).
      if (terms.some((term) => term === "" || term.includes(" "))) return
      used[text === lastText ? lastKey : keyOf(text)] = terms.join(" ")
      fresh++
    },
    async save() {
      // Nothing new and nothing dropped: the file already says this.
      if (fresh === 0 && Object.keys(used).length === Object.keys(known).length) return
      const temporary = `${file}.${process.pid}.tmp`
      await writeFile(temporary, JSON.stringify({ code, terms: used }))
      await rename(temporary, file)
    },
  }
}
