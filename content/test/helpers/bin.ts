/**
 * Finds an installed package's binary script, to run with `node` (no .bin shims, so it works on
 * Windows too). Looks in node_modules from this package up to the filesystem root, as Node does;
 * reading package.json from disk because some packages (publint) do not export it.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { contentRoot } from "./paths.ts"

export function resolvePackageBin(packageName: string, binName: string): string {
  for (let dir = contentRoot; ; dir = dirname(dir)) {
    const manifestPath = join(dir, "node_modules", packageName, "package.json")
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
        bin?: string | Record<string, string>
      }
      const relative = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[binName]
      if (!relative) throw new Error(`${manifestPath} declares no binary named ${binName}`)
      return join(dirname(manifestPath), relative)
    }
    if (dirname(dir) === dir) throw new Error(`${packageName} is not installed: run pnpm install`)
  }
}
