// The kube-notes core as two classic (CommonJS) scripts beside the CLI's bundle
// (scripts/bundle-reader.mjs): dist/bundle/core.cjs (@kube-notes/core and @kube-notes/core/dir,
// for `build`, `check`, `--content` and `--watch`) and dist/bundle/analyze-worker.cjs (the build's
// analysis worker, which core.cjs starts beside itself: src/pipeline/worker-pool.ts). As ES
// modules from node_modules, core and its parser are some 130 files: Node resolved, read and
// compiled them for ≈ 200 ms of a build's start, and the worker did the same again on the other
// core before its first analysis. One file each starts both sooner (docs/benchmarks.md,
// "sixteenth round"). core.cjs stays apart from main.cjs: in main.cjs it made the reader's
// first frame ≈ 18 ms slower (a larger bundle to read and a larger code cache to load).
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"

const require = createRequire(import.meta.url)
const coreDist = dirname(require.resolve("@kube-notes/core"))
// The digest core's own modules give their builder's saved state (builder-state.ts): the bundle
// carries it, so the CLI and the site's prepare go on from each other's saved builds.
const { codeDigest } = await import(pathToFileURL(join(coreDist, "pipeline/builder-state.js")).href)

/**
 * In the CLI's bundle: `@kube-notes/core` and `@kube-notes/core/dir` are core.cjs beside it, run
 * with the code cache `pnpm build` writes for it (src/cli/run-with-code-cache.ts,
 * `loadWithCodeCache`; scripts/write-code-cache.mjs).
 */
export const coreFromBundle = {
  name: "core-from-bundle",
  setup(bundle) {
    bundle.onResolve({ filter: /^@kube-notes\/core(\/dir)?$/ }, () => ({
      path: "core",
      namespace: "core-bundle",
    }))
    bundle.onLoad({ filter: /.*/, namespace: "core-bundle" }, () => ({
      loader: "js",
      contents: [
        'const { join } = require("node:path")',
        'module.exports = require("./run-with-code-cache.cjs").loadWithCodeCache(join(__dirname, "core.cjs")).exports',
      ].join("\n"),
    }))
    bundle.onResolve({ filter: /^\.\/run-with-code-cache\.cjs$/, namespace: "core-bundle" }, (args) => ({
      path: args.path,
      external: true,
    }))
  },
}

/**
 * jsonc-parser's `main` is a UMD build whose factory require()s its parts by names esbuild does
 * not follow; its ES module build (`module`) bundles like any other.
 */
const jsoncParserAsModule = {
  name: "jsonc-parser-as-module",
  setup(bundle) {
    bundle.onResolve({ filter: /^jsonc-parser$/ }, (args) =>
      bundle.resolve("jsonc-parser/lib/esm/main.js", { kind: args.kind, resolveDir: args.resolveDir }),
    )
  },
}

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // As in main.cjs: V8 reads an ASCII file as one-byte text.
  charset: "ascii",
  // worker-pool.ts finds the worker beside itself: here, beside core.cjs.
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [jsoncParserAsModule],
  logLevel: "warning",
}

/** Writes core.cjs and analyze-worker.cjs into `outdir`; returns their paths. */
export async function bundleCore(outdir) {
  const core = join(outdir, "core.cjs")
  const worker = join(outdir, "analyze-worker.cjs")
  await build({
    ...common,
    define: { ...common.define, KUBE_NOTES_CODE_DIGEST: JSON.stringify(codeDigest()) },
    stdin: {
      contents: 'export * from "@kube-notes/core"\nexport * from "@kube-notes/core/dir"\n',
      resolveDir: dirname(new URL(import.meta.url).pathname),
      sourcefile: "core-entry.js",
    },
    outfile: core,
  })
  await build({ ...common, entryPoints: [join(coreDist, "pipeline/analyze-worker.js")], outfile: worker })
  return [core, worker]
}
