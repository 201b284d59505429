// Copies the images that notes show into the site, refusing anything whose real path
// leaves the content folder (`../`, absolute paths, symlinks out) and any SVG that could
// run script when opened directly.
import { copyFile, mkdir, readFile, realpath } from "node:fs/promises"
import { dirname, extname, isAbsolute, join, relative, sep } from "node:path"

const RASTER = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"])
const ACTIVE_SVG =
  /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<iframe|<embed|<object|xlink:href\s*=\s*["']?(?!#)|\shref\s*=\s*["']?(?!#)/i

/** Whether a relative path stays inside its folder (no `..`, not absolute). */
export function isInside(root, target) {
  const rel = relative(root, target)
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel)
}

/**
 * @param {string} contentDir
 * @param {string} outDir
 * @param {Array<{ path: string, exists: boolean }>} assets
 * @returns {Promise<{ copied: string[], refused: Array<{ path: string, reason: string }> }>}
 */
export async function copyAssets(contentDir, outDir, assets) {
  const root = await realpath(contentDir)
  const copied = []
  const refused = []
  for (const asset of assets) {
    if (!asset.exists) continue
    const ext = extname(asset.path).toLowerCase()
    if (!RASTER.has(ext) && ext !== ".svg") {
      refused.push({ path: asset.path, reason: "not an image type the site serves" })
      continue
    }
    const written = join(root, asset.path)
    const real = await realpath(written).catch(() => undefined)
    if (!isInside(root, written) || !real || !isInside(root, real)) {
      refused.push({ path: asset.path, reason: "its path leaves the content folder" })
      continue
    }
    if (ext === ".svg" && ACTIVE_SVG.test(await readFile(real, "utf8"))) {
      refused.push({ path: asset.path, reason: "the SVG holds script, event handlers or external links" })
      continue
    }
    const target = join(outDir, asset.path)
    await mkdir(dirname(target), { recursive: true })
    await copyFile(real, target)
    copied.push(asset.path)
  }
  return { copied, refused }
}
