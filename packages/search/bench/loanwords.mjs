// Precision and recall of the phonetic loanword key on hand-made Korean/English pairs
// (relevance/loanword-pairs.json). Run alone: `pnpm -F @kube-notes/search bench:loanwords`.
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { phoneticKey, phoneticMatch } from "../dist/phonetic.js"

export function measureLoanwords(file = new URL("../relevance/loanword-pairs.json", import.meta.url)) {
  const { pairs } = JSON.parse(readFileSync(file, "utf8"))
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 }
  const wrong = []
  for (const { ko, en, match } of pairs) {
    const a = phoneticKey(ko)
    const b = phoneticKey(en.toLowerCase())
    const found = a !== undefined && b !== undefined && phoneticMatch(a, b)
    if (found && match) counts.tp++
    else if (found) counts.fp++
    else if (match) counts.fn++
    else counts.tn++
    if (found !== match) wrong.push(`${ko}/${en} (${match ? "missed" : "false match"})`)
  }
  return {
    pairs: pairs.length,
    ...counts,
    precision: counts.tp / (counts.tp + counts.fp),
    recall: counts.tp / (counts.tp + counts.fn),
    wrong,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measureLoanwords()
  console.log(
    `${r.pairs} pairs: precision ${(r.precision * 100).toFixed(1)}%, recall ${(r.recall * 100).toFixed(1)}% (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})`,
  )
  console.log(`wrong: ${r.wrong.join(", ")}`)
}
