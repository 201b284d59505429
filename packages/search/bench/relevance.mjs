// Relevance metrics on the hand-judged query set: hit@1, hit@3 and MRR (first relevant result).
import { readFileSync } from "node:fs"

/** The hand-judged queries of `file` (default: relevance/queries.json, judged on content/). */
export function loadQueries(file = new URL("../relevance/queries.json", import.meta.url)) {
  return JSON.parse(readFileSync(file, "utf8")).queries
}

/** `searchIds(query) → ids best first`; returns overall figures, per-rule figures and misses. */
export function evaluate(queries, searchIds) {
  const rows = queries.map(({ query, rule, expected }) => {
    const found = searchIds(query).slice(0, 10)
    const rank = found.findIndex((id) => expected.includes(id)) + 1
    return { query, rule, rank, top: found[0] }
  })
  const summarise = (list) => ({
    n: list.length,
    hit1: list.filter((r) => r.rank === 1).length / list.length,
    hit3: list.filter((r) => r.rank >= 1 && r.rank <= 3).length / list.length,
    mrr: list.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / list.length,
  })
  const rules = [...new Set(rows.map((r) => r.rule))]
  return {
    all: summarise(rows),
    byRule: Object.fromEntries(rules.map((rule) => [rule, summarise(rows.filter((r) => r.rule === rule))])),
    misses: rows.filter((r) => r.rank === 0 || r.rank > 3),
  }
}
