import type { NextConfig } from "next"
import { PHASE_DEVELOPMENT_SERVER } from "next/constants"
import { EXPORT_STAGING } from "./scripts/lib/data-dir.mjs"

// BASE_PATH lets the export live under a sub-path (e.g. /kube-notes on GitHub Pages).
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "")

/**
 * A worker thread refuses the per-process options of a debugged or profiled `next build`
 * (`--inspect`, `--cpu-prof`, …: ERR_WORKER_INVALID_EXEC_ARGV), which Next hands its workers; then
 * the static worker stays a process, as Next's default.
 */
const threadsAllowed = () =>
  !/--(inspect|debug|cpu-prof|heap-prof|prof)/.test(
    [process.env.NODE_OPTIONS ?? "", ...process.execArgv].join(" "),
  )

const config = (phase: string): NextConfig => {
  const build = phase !== PHASE_DEVELOPMENT_SERVER
  return {
    output: "export",
    // `route.dev.ts` files exist for `next dev` only: the search index, the graph view's data and
    // the study deck change with every text edit, and the notes' images with the notes, so
    // scripts/next-build.mjs writes them into the export itself and `next build` never reads them
    // (its input is scripts/lib/next-input.mjs).
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ["dev.ts", "tsx", "ts"] : ["tsx", "ts"],
    basePath,
    // `/notes/a/` → `out/notes/a/index.html`: any static server finds pages without rewrites.
    trailingSlash: true,
    // scripts/next-build.mjs builds every export (the site, the tests' and the benchmark's) into
    // one staging folder and moves it to its place: one configuration for all of them, so
    // Turbopack's build cache (keyed by it) serves every build. A bare `next build` exports to out/.
    ...(process.env.KUBE_NOTES_EXPORT_STAGING ? { distDir: EXPORT_STAGING } : {}),
    images: { unoptimized: true },
    // scripts/next-build.mjs names the build by its code fingerprint, so a rebuild of the same code
    // has the same id and the note pages it keeps from the previous export match the new ones.
    generateBuildId: () => process.env.KUBE_NOTES_BUILD_ID || null,
    env: { NEXT_PUBLIC_BASE_PATH: basePath },
    poweredByHeader: false,
    // Types are checked once by the package's `typecheck` task (turbo), not again in every build.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
    // Source maps of the server bundle serve only stack traces of an error while a page is
    // prerendered; the browser's chunks have none in a build (productionBrowserSourceMaps is off),
    // so the export is the same without them. Off in a build: Turbopack writes no `.map` files and
    // the static worker does not load them (`--enable-source-maps`). `next dev` keeps both.
    ...(build ? { enablePrerenderSourceMaps: false } : {}),
    experimental: {
      // One static worker, a thread of `next build`'s own process (threadsAllowed above). Next
      // renders 55 small pages that read no notes (note, term and command pages and every list are
      // written outside Next, scripts/next-build.mjs): each extra worker process only boots Next's
      // runtime and loads every route's bundle again, while the note HTML renders on the other
      // core. Measured in docs/benchmarks.md ("Next's own cost, ninth round").
      ...(build ? { cpus: 1, workerThreads: threadsAllowed(), turbopackSourceMaps: false } : {}),
      // On by default: gzips every page's RSC segments to decide what a <Link> prefetch should
      // inline. The site has no client-side navigation (plain <a>), so it is pure build time.
      prefetchInlining: false,
    },
  }
}

export default config
