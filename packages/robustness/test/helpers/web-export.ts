/**
 * Builds the site (apps/web) from a folder of notes into packages/robustness/dist/web, the way
 * a user does (`KUBE_NOTES_CONTENT=dir`), and serves it with the site's own static server.
 */
import { execFile } from "node:child_process"
import { readdir, rm } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { createStaticServer } from "@kube-notes/web/scripts/lib/static-server.mjs"
import { packageRoot } from "./build-in-child.ts"

const run = promisify(execFile)
const WEB_DIR = fileURLToPath(new URL("../../../../apps/web/", import.meta.url))
export const EXPORT_DIR = join(packageRoot, "dist/web")
const DATA_DIR = join(packageRoot, "dist/web-data")

async function step(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: WEB_DIR, env, maxBuffer: 64 << 20 })
    return stdout + stderr
  } catch (error) {
    const output =
      String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr)
    throw new Error(`${file} ${args.join(" ")} failed:\n${output.slice(-4000)}`)
  }
}

/** Builds the export of `contentDir`; returns what the build printed (its diagnostics). */
export async function buildWebExport(contentDir: string): Promise<string> {
  await rm(EXPORT_DIR, { recursive: true, force: true })
  await rm(DATA_DIR, { recursive: true, force: true })
  const env = {
    ...process.env,
    KUBE_NOTES_CONTENT: contentDir,
    // Both are read relative to apps/web (Next's distDir must stay inside the workspace).
    KUBE_NOTES_WEB_DATA: relative(WEB_DIR, DATA_DIR),
    KUBE_NOTES_WEB_OUT: relative(WEB_DIR, EXPORT_DIR),
    BASE_PATH: "",
    NEXT_TELEMETRY_DISABLED: "1",
  }
  const prepared = await step(process.execPath, ["scripts/prepare-content.mjs"], env)
  // The site's own build script: it waits for any other build of the site, builds in the staging
  // folder every build shares (and so reuses Next's build cache) and moves the export here.
  const built = await step(process.execPath, ["scripts/next-build.mjs"], env)
  return prepared + built
}

/** URL paths of every page in the export (folders holding index.html), percent-encoded. */
export async function listPages(root = EXPORT_DIR): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name === "index.html")
    .map((e) => relative(root, e.parentPath))
    .filter((dir) => !dir.startsWith("_next"))
    .map((dir) => (dir === "" ? "/" : `/${dir.split("/").map(encodeURIComponent).join("/")}/`))
    .sort()
}

export async function serveExport(root = EXPORT_DIR): Promise<{ url: string; close: () => void }> {
  const server = createStaticServer({ root })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}

/**
 * The pages where the vectors are: every page but the families of one page per term, command,
 * terminal note, broken note and hostile title (same template, one page each kept). Their text
 * is on the pages kept: the glossary holds every term, the command list every command, home and
 * the graph every note title; the terminal layer covers the escapes.
 */
export function pagesHoldingVectors(pages: readonly string[]): string[] {
  const families = [
    /^\/terms\/./,
    /^\/commands\/./,
    /^\/notes\/terminal\//,
    /^\/notes\/broken\//,
    /^\/notes\/xss\/titles\//,
  ]
  const firstOfFamily = families.map((family) => pages.find((path) => family.test(path)))
  return pages.filter((path) => !families.some((family) => family.test(path)) || firstOfFamily.includes(path))
}
