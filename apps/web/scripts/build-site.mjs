// `pnpm build` of the site: prepare (scripts/prepare-content.mjs) and the build step
// (scripts/next-build.mjs), overlapped (scripts/lib/site-build-halves.mjs): the build step starts
// once prepare has written what it reads first, and waits for prepare's end only to copy the search
// index and the graph view into the export. Arguments go to `next build`, as before.
import { APP_DIR } from "./lib/data-dir.mjs"
import { runSiteBuildHalves } from "./lib/site-build-halves.mjs"

const { code, prepareEnded, buildStarted, buildEnded, buildWaited } = await runSiteBuildHalves({
  prepare: ["scripts/prepare-content.mjs"],
  build: ["scripts/next-build.mjs", ...process.argv.slice(2)],
  cwd: APP_DIR,
  log: (line) => console.error(`@kube-notes/web: ${line}`),
})
if (buildStarted !== undefined && buildEnded !== undefined)
  console.log(
    `@kube-notes/web: prepare took ${prepareEnded} ms; the build step ran from ${buildStarted} to ${buildEnded} ms, ` +
      `waiting ${buildWaited ?? 0} ms of it for prepare's end`,
  )
process.exitCode = code
