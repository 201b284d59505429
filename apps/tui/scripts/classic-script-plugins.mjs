// esbuild plugins that let the CLI's bundle be one classic (CommonJS) script, which V8's code
// cache can serve (scripts/bundle-reader.mjs, bin/kube-notes.cjs): a classic script cannot
// wait at top level, and two modules it bundles do.
import { readFile } from "node:fs/promises"

const layoutEngineReady = /[/\\]dist[/\\]tui[/\\]layout-engine-ready\.js$/

/**
 * yoga-layout's entry waits at top level for its wasm (`wrapAssembly(await loadYoga())`). In
 * the bundle it starts that load when evaluated and exports the promise; Ink reads `Yoga` only
 * inside functions (layout, styles), after src/tui/layout-engine-ready.ts's promise — replaced
 * here by this one — has settled, so a live binding set on load serves it.
 */
export const yogaWithoutTopLevelAwait = {
  name: "yoga-without-top-level-await",
  setup(build) {
    build.onLoad({ filter: /[/\\]yoga-layout[/\\]dist[/\\]src[/\\]index\.js$/ }, () => ({
      loader: "js",
      contents: [
        'import loadYoga from "../binaries/yoga-wasm-base64-esm.js"',
        'import wrapAssembly from "./wrapAssembly.js"',
        'export * from "./generated/YGEnums.js"',
        "let Yoga",
        "export { Yoga as default }",
        "export const yogaReady = loadYoga().then((assembly) => { Yoga = wrapAssembly(assembly) })",
        // A failed load is seen where it is awaited (the first render), not as an unhandled rejection.
        "yogaReady.catch(() => {})",
      ].join("\n"),
    }))
    build.onResolve({ filter: /layout-engine-ready\.js$/ }, (args) => {
      const path = `${args.resolveDir}/${args.path}`.replace(/[/\\]\.[/\\]/g, "/")
      return layoutEngineReady.test(path) ? { path, namespace: "layout-engine-ready" } : undefined
    })
    build.onLoad({ filter: /.*/, namespace: "layout-engine-ready" }, async () => ({
      // Resolved from Ink's folder: yoga-layout is Ink's dependency, not ours.
      resolveDir: new URL(".", import.meta.resolve("ink")).pathname,
      contents: 'export { yogaReady as layoutEngineReady } from "yoga-layout"',
    }))
  },
}

/**
 * Ink's reconciler waits at top level, only when DEV=true, for its devtools and its own
 * package.json (for React's devtools). The bundle has no devtools (noInkDevtools), so both go.
 */
export const inkWithoutTopLevelAwait = {
  name: "ink-without-top-level-await",
  setup(build) {
    build.onLoad({ filter: /[/\\]ink[/\\]build[/\\]reconciler\.js$/ }, async (args) =>
      checkedEdit(args.path, [
        ["await import('./devtools.js');", "void 0;"],
        ["? await loadPackageJson()", "? { name: undefined, version: undefined }"],
      ]),
    )
  },
}

/**
 * A dependency's source with each `[from, to]` replaced once. Checked: a release that moves
 * one of these lines must fail the build, not the reader.
 */
export async function checkedEdit(path, edits) {
  let contents = await readFile(path, "utf8")
  for (const [from, to] of edits) {
    if (!contents.includes(from)) return { errors: [{ text: `${path} no longer has: ${from}` }] }
    contents = contents.replace(from, to)
  }
  return { contents, loader: "js" }
}
