import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { runSiteBuildHalves } from "../../scripts/lib/site-build-halves.mjs"

// Stand-ins for the two halves (scripts/prepare-content.mjs, scripts/next-build.mjs): small scripts
// that use the real hand-over (scripts/lib/prepare-handoff.mjs) and leave marker files, so each
// test sees what ran and in which order without timing anything.
const HANDOFF = pathToFileURL(join(import.meta.dirname, "../../scripts/lib/prepare-handoff.mjs")).href

const helpers = `
import { existsSync, writeFileSync } from "node:fs"
import { setTimeout as sleep } from "node:timers/promises"
import { announceBuildInputReady, preparedData } from ${JSON.stringify(HANDOFF)}
const dir = process.env.MARKERS
export const mark = (name, text = "") => writeFileSync(dir + "/" + name, text)
export const until = async (name) => { while (!existsSync(dir + "/" + name)) await sleep(10) }
export { announceBuildInputReady, preparedData }
`

/** A folder with the helpers and the two halves' scripts; returns a runner over them. */
function halves(prepare: string, build: string) {
  const dir = mkdtempSync(join(tmpdir(), "kn-site-halves-"))
  writeFileSync(join(dir, "helpers.mjs"), helpers)
  writeFileSync(
    join(dir, "prepare.mjs"),
    `import { mark, until, announceBuildInputReady } from "./helpers.mjs"\n${prepare}`,
  )
  writeFileSync(join(dir, "build.mjs"), `import { mark, until, preparedData } from "./helpers.mjs"\n${build}`)
  const run = () =>
    runSiteBuildHalves({
      prepare: [join(dir, "prepare.mjs")],
      build: [join(dir, "build.mjs")],
      cwd: dir,
      env: { ...process.env, MARKERS: dir },
    })
  const has = (name: string) => existsSync(join(dir, name))
  return { run, has, read: (name: string) => readFileSync(join(dir, name), "utf8") }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("the site build's two halves, overlapped (scripts/build-site.mjs)", () => {
  it("should start the build step once prepare announces, and let it read prepare's last files only after prepare ends", async () => {
    const { run, read } = halves(
      // Prepare goes on only once the build step has started: the two overlap.
      `announceBuildInputReady(); await until("build-started"); mark("search-index.json", "index")`,
      `mark("build-started"); await preparedData(); mark("copied", (await import("node:fs")).readFileSync(process.env.MARKERS + "/search-index.json", "utf8"))`,
    )
    const result = await run()
    expect(result.code).toBe(0)
    expect(read("copied")).toBe("index")
    expect(result.buildStarted).toBeLessThan(result.prepareEnded)
    expect(result.buildWaited).toBeGreaterThanOrEqual(0)
  })

  it("should run the build step after prepare when prepare never announces", async () => {
    const { run, read } = halves(
      `mark("prepared")`,
      `mark("saw-prepared", String((await import("node:fs")).existsSync(process.env.MARKERS + "/prepared"))); await preparedData(); mark("done")`,
    )
    const result = await run()
    expect(result.code).toBe(0)
    expect(read("saw-prepared")).toBe("true")
    expect(read("done")).toBe("")
  })

  it("should not start the build step when prepare fails before announcing, and fail with prepare's code", async () => {
    const { run, has } = halves(`process.exit(3)`, `mark("build-started")`)
    const result = await run()
    expect(result.code).toBe(3)
    expect(has("build-started")).toBe(false)
  })

  it("should stop the build step and what it started when prepare fails after announcing", async () => {
    const { run, has, read } = halves(
      `announceBuildInputReady(); await until("build-started"); process.exit(4)`,
      // Like next-build.mjs, which runs \`next build\` as a child: the grandchild must stop too.
      `const { spawn } = await import("node:child_process")
       const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" })
       mark("grandchild", String(child.pid)); mark("build-started")
       await preparedData(); mark("copied")`,
    )
    const result = await run()
    expect(result.code).toBe(4)
    expect(has("copied")).toBe(false)
    const grandchild = Number(read("grandchild"))
    // SIGTERM went to the build step's whole process group; the grandchild ends as it is delivered.
    while (isRunning(grandchild)) await sleep(10)
    expect(isRunning(grandchild)).toBe(false)
  })

  it("should let prepare finish when the build step fails, and fail with the build step's code", async () => {
    const { run, has } = halves(
      `announceBuildInputReady(); await until("build-failed"); mark("prepare-finished")`,
      `mark("build-failed"); process.exit(5)`,
    )
    const result = await run()
    expect(result.code).toBe(5)
    expect(has("prepare-finished")).toBe(true)
  })
})
