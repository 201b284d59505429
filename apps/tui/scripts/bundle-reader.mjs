// Bundles the kube-notes CLI (dist/cli/main.js and everything it imports: Ink, React, our
// components) into dist/bundle/, one chunk per lazily loaded part (the reader, each command).
// Loading a few files instead of a few hundred modules cut the reader's start-up CPU about
// fourfold, and bundling the CLI's own ≈45 modules with it spares their ESM resolution (see
// docs/benchmarks.md). shiki, the search, content and core packages stay separate: they load
// on demand (and content reads its graph.json beside its own module).
//   KUBE_NOTES_BUNDLE_CHARSET=utf8 keeps non-ASCII characters as they are (for measuring).
import { rmSync } from "node:fs"
import { build } from "esbuild"
import { fastStringWidth, fastStyledChars, noInkDevtools } from "./reader-bundle-plugins.mjs"

const outdir = new URL("../dist/bundle/", import.meta.url).pathname
// Chunk names carry a hash of their content: the previous build's would stay beside them.
rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: { main: new URL("../dist/cli/main.js", import.meta.url).pathname },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // ASCII only (non-ASCII escaped): V8 then reads each file as one-byte text instead of decoding
  // and scanning the whole of it as two-byte text because a few comments or regexes are not ASCII.
  charset: process.env.KUBE_NOTES_BUNDLE_CHARSET === "utf8" ? "utf8" : "ascii",
  external: [
    "@shikijs/cli",
    "@kube-notes/search",
    "@kube-notes/content",
    "@kube-notes/core",
    "@kube-notes/core/*",
  ],
  // yoga-layout's wasm loader fetch()es its own data: URL when fetch exists, which loads
  // Node's undici (~20 ms of start-up); without fetch it decodes the same base64 directly.
  // Every `Intl.Segmenter` (ours, Ink's, slice-ansi's, ansi-tokenize's) becomes
  // src/render/lazy-segmenter.ts: common text is segmented without loading ICU's break
  // iterators (≈ 15 ms at the first one a process makes), other text by a real one made on need.
  define: {
    "process.env.NODE_ENV": '"production"',
    fetch: "undefined",
    "Intl.Segmenter": "LazySegmenter",
  },
  inject: [new URL("../dist/render/lazy-segmenter.js", import.meta.url).pathname],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [fastStringWidth, noInkDevtools, fastStyledChars],
  logLevel: "warning",
})
