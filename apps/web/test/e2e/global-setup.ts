/**
 * Before the browser tests: Chromium must exist; the site export (out/, from `pnpm build`)
 * is built if missing and served on a free port by the site's own static server. Two more
 * exports, from the hostile fixture folder and from core's style corpus (notes written the way
 * real study notes are), are built while the tests run: the files that need them wait for them
 * and serve them (test-exports.ts).
 */
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import type { TestProject } from "vitest/node"
import { CHROMIUM_HINT, findChromium } from "../../scripts/lib/browser.mjs"
import { APP_DIR } from "../../scripts/lib/data-dir.mjs"
import { createStaticServer } from "../../scripts/lib/static-server.mjs"
import { forgetBuildEnds, markBuildEnd, TEST_EXPORTS, type TestExport } from "./test-exports.ts"

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string
  }
}

/** The main export uses the default content and no base path, whatever the shell says. */
const PLAIN = { KUBE_NOTES_CONTENT: "", BASE_PATH: "", KUBE_NOTES_WEB_DATA: "", KUBE_NOTES_WEB_OUT: "" }
const STEPS = ["scripts/prepare-content.mjs", "scripts/next-build.mjs"]

function build(env: Record<string, string>) {
  for (const step of STEPS)
    execFileSync("node", [step], {
      cwd: APP_DIR,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: "inherit",
    })
}

/** The same two steps in child processes this process does not wait in; rejects with the failing step. */
async function buildInBackground(env: Record<string, string>): Promise<void> {
  for (const step of STEPS) {
    const child = spawn("node", [step], {
      cwd: APP_DIR,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: "inherit",
    })
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject)
      child.once("exit", resolve)
    })
    if (code !== 0) throw new Error(`node ${step} exited with ${code} (its output is above)`)
  }
}

/**
 * Builds the test exports one after the other (the site's build script lets one build at a time
 * use its staging folder anyway) and marks the end of each for the files waiting for it.
 */
async function buildTestExports(): Promise<void> {
  for (const name of Object.keys(TEST_EXPORTS) as TestExport[]) {
    const { content, data, out } = TEST_EXPORTS[name]
    try {
      await buildInBackground({
        ...PLAIN,
        KUBE_NOTES_CONTENT: content,
        KUBE_NOTES_WEB_DATA: data,
        KUBE_NOTES_WEB_OUT: out,
      })
      markBuildEnd(name, { ok: true })
    } catch (error) {
      markBuildEnd(name, { ok: false, reason: String((error as Error).message ?? error) })
    }
  }
}

async function serve(root: string) {
  const server = createStaticServer({ root })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** Whether out/ holds the default content without a base path (what these tests expect). */
function isDefaultExport(): boolean {
  if (!existsSync(join(APP_DIR, "out/index.html"))) return false
  try {
    const source = JSON.parse(readFileSync(join(APP_DIR, ".generated/source.json"), "utf8"))
    return source.label === "content/" && !source.basePath
  } catch {
    return false
  }
}

export default async function setup(project: TestProject) {
  if (!findChromium()) throw new Error(CHROMIUM_HINT)
  if (!isDefaultExport()) build(PLAIN)
  mkdirSync(join(APP_DIR, "dist"), { recursive: true })
  forgetBuildEnds()
  // Not awaited here: the tests of the site start now. Each build's end is marked, failed or not.
  const testExports = buildTestExports()
  const site = await serve(join(APP_DIR, "out"))
  project.provide("siteUrl", site.url)
  return async () => {
    site.server.close()
    // No build is left running after the tests, even when they ended early.
    await testExports
  }
}
