// Bundles the interactive reader (Ink, React, our components) into one file. Loading one
// module instead of a few hundred cuts the reader's start-up CPU about fourfold (see
// docs/benchmarks.md). shiki and the search package stay separate: they load on demand.
import { build } from "esbuild"

await build({
  entryPoints: [new URL("../dist/tui/start-reader.js", import.meta.url).pathname],
  outfile: new URL("../dist/reader.bundle.mjs", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["@shikijs/cli", "@kube-notes/search"],
  alias: { "react-devtools-core": new URL("./devtools-stub.mjs", import.meta.url).pathname },
  // yoga-layout's wasm loader fetch()es its own data: URL when fetch exists, which loads
  // Node's undici (~20 ms of start-up); without fetch it decodes the same base64 directly.
  define: { "process.env.NODE_ENV": '"production"', fetch: "undefined" },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
})
