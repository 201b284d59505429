/**
 * Before the browser tests: Chromium must exist; the site export (out/, from `pnpm build`)
 * is built if missing; a second export is built from the hostile fixture folder, a third from
 * core's style corpus (notes written the way real study notes are); all are served on free
 * ports by the site's own static server.
 */
import { execFileSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import type { TestProject } from "vitest/node"
import { CHROMIUM_HINT, findChromium } from "../../scripts/lib/browser.mjs"
import { APP_DIR } from "../../scripts/lib/data-dir.mjs"
import { createStaticServer } from "../../scripts/lib/static-server.mjs"

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string
    hostileUrl: string
    corpusUrl: string
  }
}

function build(env: Record<string, string>) {
  execFileSync("node", ["scripts/prepare-content.mjs"], {
    cwd: APP_DIR,
    env: { ...process.env, ...env },
    stdio: "inherit",
  })
  execFileSync("node", ["scripts/next-build.mjs"], {
    cwd: APP_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "inherit",
  })
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
  // The main export uses the default content and no base path, whatever the shell says.
  const plain = { KUBE_NOTES_CONTENT: "", BASE_PATH: "", KUBE_NOTES_WEB_DATA: "", KUBE_NOTES_WEB_OUT: "" }
  if (!isDefaultExport()) build(plain)
  build({
    ...plain,
    KUBE_NOTES_CONTENT: join(APP_DIR, "test/fixtures/hostile"),
    KUBE_NOTES_WEB_DATA: "dist/hostile-data",
    KUBE_NOTES_WEB_OUT: "dist/hostile",
  })
  build({
    ...plain,
    KUBE_NOTES_CONTENT: join(APP_DIR, "../../packages/core/eval/corpus"),
    KUBE_NOTES_WEB_DATA: "dist/corpus-data",
    KUBE_NOTES_WEB_OUT: "dist/corpus",
  })
  const site = await serve(join(APP_DIR, "out"))
  const hostile = await serve(join(APP_DIR, "dist/hostile"))
  const corpus = await serve(join(APP_DIR, "dist/corpus"))
  project.provide("siteUrl", site.url)
  project.provide("hostileUrl", hostile.url)
  project.provide("corpusUrl", corpus.url)
  return () => {
    site.server.close()
    hostile.server.close()
    corpus.server.close()
  }
}
