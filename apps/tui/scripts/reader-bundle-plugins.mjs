// esbuild plugins for the reader bundle (scripts/bundle-reader.mjs): each swaps one module the
// bundle would otherwise carry or evaluate at start for a cheaper one with the same behaviour.
import { checkedEdit } from "./classic-script-plugins.mjs"

const devtoolsStub = new URL("./devtools-stub.mjs", import.meta.url).pathname
const measureWidth = new URL("../dist/render/measure-width.js", import.meta.url).pathname

/**
 * Every `string-width` in the bundle (ours, Ink's, wrap-ansi's, cli-truncate's…) answers the
 * common text with our direct count first (src/render/measure-width.ts: the same numbers) and
 * falls back to that importer's own string-width, which is evaluated on that first fallback
 * only. Ink measures each character and line of a frame: string-width's grapheme segmenting
 * and regexes were most of its first render, and building its Unicode property regexes at load
 * cost ≈20 ms for each of the two versions bundled.
 */
export const fastStringWidth = {
  name: "fast-string-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === "real") return undefined
      const real = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: "real",
      })
      if (real.errors.length > 0) return { errors: real.errors }
      return { path: real.path, namespace: "fast-string-width" }
    })
    build.onLoad({ filter: /.*/, namespace: "fast-string-width" }, (args) => ({
      resolveDir: new URL(".", import.meta.url).pathname,
      // require(), not import: esbuild then evaluates the real module on first use only.
      contents: [
        `import { fastWidth } from ${JSON.stringify(measureWidth)}`,
        "let real",
        "export default function stringWidth(text, options) {",
        '  const fast = options === undefined && typeof text === "string" ? fastWidth(text) : undefined',
        `  return fast ?? (real ??= require(${JSON.stringify(args.path)}).default)(text, options)`,
        "}",
      ].join("\n"),
    }))
  },
}

/**
 * Ink imports its devtools module (react-devtools-core, and `ws` for its socket: 130 kB the
 * bundle would compile at every start) only when DEV=true; the bundle replaces it with nothing.
 */
export const noInkDevtools = {
  name: "no-ink-devtools",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[/\\]ink[/\\]build[/\\]/.test(args.importer) ? { path: devtoolsStub } : undefined,
    )
  },
}

/**
 * Ink's frame output imports @alcalzone/ansi-tokenize; there the bundle gives it the same
 * module with a faster `styledCharsToString` (src/tui/styled-chars-to-string.ts: same result).
 */
const styledChars = new URL("../dist/tui/styled-chars-to-string.js", import.meta.url).pathname
export const fastStyledChars = {
  name: "fast-styled-chars",
  setup(build) {
    build.onResolve({ filter: /^@alcalzone\/ansi-tokenize$/ }, async (args) => {
      if (args.pluginData === "real" || !/[/\\]ink[/\\]build[/\\]output\.js$/.test(args.importer))
        return undefined
      const real = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: "real",
      })
      if (real.errors.length > 0) return { errors: real.errors }
      return { path: real.path, namespace: "fast-styled-chars" }
    })
    build.onLoad({ filter: /.*/, namespace: "fast-styled-chars" }, (args) => ({
      resolveDir: new URL(".", import.meta.url).pathname,
      contents: [
        `export * from ${JSON.stringify(args.path)}`,
        `import { ansiCodesToString, diffAnsiCodes } from ${JSON.stringify(args.path)}`,
        `import { createStyledCharsToString } from ${JSON.stringify(styledChars)}`,
        "export const styledCharsToString = createStyledCharsToString({ ansiCodesToString, diffAnsiCodes })",
      ].join("\n"),
    }))
  },
}

/**
 * yoga-layout decodes its wasm's base64 with `atob`, which Node 20 implements as a JavaScript
 * loop (≈ 10 ms of the first frame for its 96 kB); Buffer decodes the same bytes natively.
 */
export const yogaWasmFromBuffer = {
  name: "yoga-wasm-from-buffer",
  setup(build) {
    build.onLoad({ filter: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/ }, (args) =>
      checkedEdit(args.path, [
        [
          "var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c",
          'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
        ],
        // Compiled from the moment yoga is evaluated (with the reader, before the graph is read),
        // not a microtask later, after the first screen's read and parse: V8 compiles it on
        // another thread meanwhile. A failed decode still rejects the same promise.
        [
          "function c(e){return ya().then(function(f){return WebAssembly.instantiate(f,d)})",
          "function c(e){return new Promise(function(r){r(WebAssembly.instantiate(wa(),d))})",
        ],
      ]),
    )
  },
}

/**
 * terminal-size (Ink's fallback when stdout has no size) imports node:child_process at load,
 * for `tput` and `resize`, which it runs only when neither the terminal nor the environment
 * gives a size. The bundle requires it on that first call instead: loading node:child_process
 * (and node:net, node:dgram under it) is start-up time no first frame on a terminal needs.
 */
export const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onLoad({ filter: /[/\\]terminal-size[/\\]index\.js$/ }, (args) =>
      checkedEdit(args.path, [
        ["import {execFileSync} from 'node:child_process';", ""],
        ["\texecFileSync(command", '\trequire("node:child_process").execFileSync(command'],
      ]),
    )
  },
}

/**
 * signal-exit 3 (restore-cursor's, which Ink uses to show the cursor again at exit) loads
 * node:assert for one `assert.equal` on its callback's type. The bundle hands it an `equal`
 * that loads node:assert only when the two differ, to throw the same AssertionError.
 */
export const lazyAssert = {
  name: "lazy-assert",
  setup(build) {
    build.onLoad(
      { filter: /[/\\]signal-exit@3\.[^/\\]*[/\\]node_modules[/\\]signal-exit[/\\]index\.js$/ },
      (args) =>
        checkedEdit(args.path, [
          [
            "var assert = require('assert')",
            "var assert = { equal: function (a, b, m) { if (a != b) require('assert').equal(a, b, m) } }",
          ],
        ]),
    )
  },
}
