/** Packs this package with `pnpm pack` into a fresh temporary folder, as it would be published. */
import { mkdtemp, readdir, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { contentRoot } from "./paths.ts"
import { cleanPackageManagerEnv, describeRun, run } from "./run.ts"

export interface PackedContent {
  /** The temporary folder holding the tarball; remove it with `dispose()`. */
  readonly dir: string
  readonly tarball: string
  dispose(): Promise<void>
}

export async function packContent(): Promise<PackedContent> {
  const dir = await mkdtemp(join(tmpdir(), "kube-notes-content-pack-"))
  const result = await run("pnpm", ["pack", "--pack-destination", dir], {
    cwd: contentRoot,
    env: cleanPackageManagerEnv(),
  })
  const tarballs = (await readdir(dir)).filter((name) => name.endsWith(".tgz"))
  const [name] = tarballs
  if (result.code !== 0 || tarballs.length !== 1 || name === undefined) {
    throw new Error(`pnpm pack did not produce one tarball in ${dir}\n${describeRun(result)}`)
  }
  return { dir, tarball: join(dir, name), dispose: () => rm(dir, { recursive: true, force: true }) }
}
