/**
 * The two exports the browser tests build besides the site's own (out/): one from the hostile
 * fixture folder, one from core's style corpus. The global setup starts building them and returns
 * at once, so the files that need only the site start their browsers while these build (a build
 * is mostly one core, a browser file mostly waits for page loads). A file that needs one calls
 * `serveTestExport(name)` in its `beforeAll`: it waits until the setup says the build ended, then
 * serves the export itself (sirv lists an export's files when its server is made, so the server
 * cannot be made before the export exists).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { APP_DIR } from "../../scripts/lib/data-dir.mjs"
import { createStaticServer } from "../../scripts/lib/static-server.mjs"

export const TEST_EXPORTS = {
  hostile: {
    content: join(APP_DIR, "test/fixtures/hostile"),
    data: "dist/hostile-data",
    out: "dist/hostile",
  },
  corpus: {
    content: join(APP_DIR, "../../packages/core/eval/corpus"),
    data: "dist/corpus-data",
    out: "dist/corpus",
  },
} as const

export type TestExport = keyof typeof TEST_EXPORTS

interface BuildEnd {
  ok: boolean
  /** Why the build failed (its output is in the test log above, printed as it built). */
  reason?: string
}

/** The file the global setup writes when an export's build has ended, well or not. */
function endMarker(name: TestExport): string {
  return join(APP_DIR, "dist", `${name}.build-end.json`)
}

/** Called by the global setup before it starts the builds: no marker of an earlier run counts. */
export function forgetBuildEnds(): void {
  for (const name of Object.keys(TEST_EXPORTS) as TestExport[]) rmSync(endMarker(name), { force: true })
}

export function markBuildEnd(name: TestExport, end: BuildEnd): void {
  // Written whole, then renamed: a file waiting for it never reads half of it.
  const marker = endMarker(name)
  writeFileSync(`${marker}.tmp`, JSON.stringify(end))
  renameSync(`${marker}.tmp`, marker)
}

/**
 * Waits for the export's build to end (no deadline of its own: the hook's timeout guards against
 * a hang), then serves it on a free port of 127.0.0.1.
 */
export async function serveTestExport(name: TestExport): Promise<{ url: string; close: () => void }> {
  const marker = endMarker(name)
  while (!existsSync(marker)) await sleep(100)
  const end = JSON.parse(readFileSync(marker, "utf8")) as BuildEnd
  if (!end.ok) throw new Error(`the ${name} export was not built: ${end.reason}`)
  const server = createStaticServer({ root: join(APP_DIR, TEST_EXPORTS[name].out) })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  }
}
