/** The title and intro of docs/benchmarks.md (the text before its first `## ` section). */
export const HEADER = `# Benchmarks

\`pnpm bench\` (\`turbo run bench --concurrency=1\`) measures every stage of kube-notes on the machine it runs on, against the floor — parsing the same bytes with bare \`unified().use(remarkParse).use(remarkGfm)\` — so a regression shows as a ratio. Each package writes its own \`## \` section of this file (with \`bench/write-section.mjs\`, which replaces only that section) and its own key of \`benchmarks.json\`, so a later run can be compared with this one.

Corpora: \`bench/gen-corpus.mjs\` (1,000 and 5,000 synthetic Korean Kubernetes notes, seed 42), cached in \`node_modules/.cache/kube-notes-bench/\` by size, seed and the generator's hash.`
