import { buildGraph, createMemorySource } from "@kube-notes/core"
import { validateGraph } from "@kube-notes/core/schema"
const name = process.argv[2]
const n = Number(process.argv[3] ?? 0)
const cases = {
  deepList: () => "# d\n\n" + "- ".repeat(n) + "x\n",
  deepQuote: () => "# d\n\n" + ">".repeat(n) + " x\n",
  deepIndented: () => "# d\n\n" + Array.from({length: n}, (_, i) => "  ".repeat(i) + "- x").join("\n") + "\n",
  longLine: () => "# l\n\n" + "가나다 kubelet ".repeat(90000) + "\n",
  headings: () => "# h\n\n" + Array.from({length: 50000}, (_, i) => `## ${i % 7 === 0 ? `${i}. ` : ""}h${i}\n\ntext\n`).join("\n"),
  links: () => "# l\n\n" + Array.from({length: 100000}, (_, i) => `[l${i}](https://example.com/${i})`).join(" ") + "\n",
}
const text = cases[name]()
const t = performance.now()
let g
try { g = await buildGraph(createMemorySource({ "a.md": text })); console.log(name, n, "build ok", Math.round(performance.now() - t), "ms", g.nodes.length, "nodes", Math.round(process.memoryUsage().rss/1e6), "MB rss") } catch (e) { console.log(name, n, "BUILD THREW", e.stack.split("\n").slice(0,3).join(" | ")) }
if (g) { try { console.log("  validate", validateGraph(g).length) } catch (e) { console.log("  VALIDATE THREW", e.message) }
 try { console.log("  json MB", (JSON.stringify(g).length/1e6).toFixed(1)) } catch (e) { console.log("  JSON THREW", e.message) } }
