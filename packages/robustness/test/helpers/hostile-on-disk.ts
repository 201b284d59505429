/** The whole hostile folder (raw file names, symlinks, the 1 MB front matter) in a temp folder. */
import { join } from "node:path"
import { writeHostileFolder } from "../../src/hostile-folder.ts"
import { makeTempDir } from "./temp-dir.ts"

export async function writeHostileTemp(prefix: string): Promise<{ root: string; outside: string }> {
  const base = await makeTempDir(prefix)
  const root = join(base, "content")
  const outside = join(base, "outside")
  await writeHostileFolder(root, outside)
  return { root, outside }
}
