/**
 * Postings are stored as text (`(docDelta << 2) | field` in base 36, comma-separated) and
 * decoded into typed arrays the first time a token is looked up.
 */
export interface Postings {
  readonly docs: Int32Array
  readonly fields: Uint8Array
}

export function decodePostings(encoded: string): Postings {
  if (encoded === "") return { docs: new Int32Array(0), fields: new Uint8Array(0) }
  const parts = encoded.split(",")
  const docs = new Int32Array(parts.length)
  const fields = new Uint8Array(parts.length)
  let doc = 0
  for (let i = 0; i < parts.length; i++) {
    const value = Number.parseInt(parts[i] ?? "0", 36)
    doc += value >>> 2
    docs[i] = doc
    fields[i] = value & 3
  }
  return { docs, fields }
}
