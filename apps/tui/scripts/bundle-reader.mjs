// Bundles the interactive reader (Ink, React, our components) into one file. Loading one
// module instead of a few hundred cuts the reader's start-up CPU about fourfold (see
// docs/benchmarks.md). shiki, the search package and the content package stay separate: they
// load on demand.
import { build } from "esbuild"
import { fastStringWidth, fastStyledChars, noInkDevtools } from "./reader-bundle-plugins.mjs"

await build({
  entryPoints: [new URL("../dist/tui/start-reader.js", import.meta.url).pathname],
  outfile: new URL("../dist/reader.bundle.mjs", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // @kube-notes/content reads its graph.json beside its own module: bundled, it would look in dist/.
  external: ["@shikijs/cli", "@kube-notes/search", "@kube-notes/content"],
  // yoga-layout's wasm loader fetch()es its own data: URL when fetch exists, which loads
  // Node's undici (~20 ms of start-up); without fetch it decodes the same base64 directly.
  define: { "process.env.NODE_ENV": '"production"', fetch: "undefined" },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [fastStringWidth, noInkDevtools, fastStyledChars],
  logLevel: "warning",
})
