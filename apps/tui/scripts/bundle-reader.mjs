// Bundles the kube-notes CLI (dist/cli/main.js and everything it imports: Ink, React, our
// components) into dist/bundle/main.cjs: one classic (CommonJS) script, whose lazily loaded
// parts (the reader, each command) are evaluated on first use. Loading one file instead of a
// few hundred modules cut the reader's start-up CPU about fourfold, and a classic script is
// what V8's code cache serves (src/cli/run-with-code-cache.ts, the cache written beside the
// bundle by scripts/write-code-cache.mjs), which ES modules cannot use on Node 20 (see
// docs/benchmarks.md). shiki, the search and content packages stay separate: they load on
// demand (and content reads its graph.json beside its own module). Core is bundled apart, into
// core.cjs and analyze-worker.cjs beside main.cjs (scripts/core-bundle.mjs).
//   KUBE_NOTES_BUNDLE_CHARSET=utf8 keeps non-ASCII characters as they are (for measuring).
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { build } from "esbuild"
import { inkWithoutTopLevelAwait, yogaWithoutTopLevelAwait } from "./classic-script-plugins.mjs"
import { bundleCore, coreFromBundle } from "./core-bundle.mjs"
import {
  fastStringWidth,
  fastStyledChars,
  lazyAssert,
  lazyChildProcess,
  noInkDevtools,
  yogaWasmFromBuffer,
} from "./reader-bundle-plugins.mjs"

const outdir = new URL("../dist/bundle/", import.meta.url).pathname
// The previous build's code cache belongs to the previous bundle.
rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: { main: new URL("../dist/cli/main.js", import.meta.url).pathname },
  outdir,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // import() of the packages left out becomes require() (Node >= 20.19 requires ES modules):
  // a classic script run by node:vm has no import() of its own without an experimental flag.
  supported: { "dynamic-import": false },
  // ASCII only (non-ASCII escaped): V8 then reads each file as one-byte text instead of decoding
  // and scanning the whole of it as two-byte text because a few comments or regexes are not ASCII.
  charset: process.env.KUBE_NOTES_BUNDLE_CHARSET === "utf8" ? "utf8" : "ascii",
  external: ["@shikijs/cli", "@kube-notes/search", "@kube-notes/content", "@kube-notes/core/*"],
  // yoga-layout's wasm loader fetch()es its own data: URL when fetch exists, which loads
  // Node's undici (~20 ms of start-up); without fetch it decodes the same base64 directly.
  // Every `Intl.Segmenter` (ours, Ink's, slice-ansi's, ansi-tokenize's) becomes
  // src/render/lazy-segmenter.ts: common text is segmented without loading ICU's break
  // iterators (≈ 15 ms at the first one a process makes), other text by a real one made on need.
  define: {
    "process.env.NODE_ENV": '"production"',
    fetch: "undefined",
    "Intl.Segmenter": "LazySegmenter",
    "import.meta.url": "__importMetaUrl",
    "import.meta.resolve": "__importMetaResolve",
  },
  inject: [new URL("../dist/render/lazy-segmenter.js", import.meta.url).pathname],
  banner: {
    js: [
      'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;',
      'const __importMetaResolve = (specifier) => require("node:url").pathToFileURL(require.resolve(specifier)).href;',
    ].join(" "),
  },
  plugins: [
    coreFromBundle,
    fastStringWidth,
    noInkDevtools,
    fastStyledChars,
    yogaWithoutTopLevelAwait,
    inkWithoutTopLevelAwait,
    yogaWasmFromBuffer,
    lazyChildProcess,
    lazyAssert,
  ],
  logLevel: "warning",
})

const coreBundles = await bundleCore(outdir)

// The code-cache loader, as CommonJS beside the bundle: bin/kube-notes.cjs requires it without
// starting Node's ES module loader.
await build({
  entryPoints: [new URL("../dist/cli/run-with-code-cache.js", import.meta.url).pathname],
  outfile: `${outdir}run-with-code-cache.cjs`,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
})

// esbuild's ASCII output leaves a few characters as written: in comments and in regular
// expressions with the `u` flag. One of them makes V8 hold and scan the whole bundle as two-byte
// text, so each is escaped here (a UTF-16 unit as \uXXXX means the same in a comment, a string,
// an identifier and a regular expression, with or without `u`, where a pair is one code point).
if (process.env.KUBE_NOTES_BUNDLE_CHARSET !== "utf8")
  for (const file of [`${outdir}main.cjs`, ...coreBundles]) {
    const text = readFileSync(file, "utf8")
    // After a backslash the escape would change meaning (`\—` is "—", `\\u2014` is not): stop.
    if (/\\[^\0-\x7f]/.test(text)) throw new Error(`${file}: a non-ASCII character after a backslash`)
    writeFileSync(
      file,
      text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`),
    )
  }
