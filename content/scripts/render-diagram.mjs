// Renders images/clusterDiagram.svg (hand-written source) to images/clusterDiagram.PNG, the image
// the note shows. Run: `pnpm -F @kube-notes/content diagram`.
//
// Fonts come only from the `pretendard` devDependency (system fonts are not loaded), so the
// PNG is the same on a laptop and in CI whatever fonts the machine happens to have.
import { readFile, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Resvg } from "@resvg/resvg-js"

const root = fileURLToPath(new URL("..", import.meta.url))
export const svgPath = join(root, "images", "clusterDiagram.svg")
export const pngPath = join(root, "images", "clusterDiagram.PNG")

const WEIGHTS = ["Regular", "Medium", "SemiBold", "Bold"]

/** The Pretendard font files the diagram is drawn with. */
export function getFontFiles() {
  const pkg = createRequire(import.meta.url).resolve("pretendard/package.json")
  return WEIGHTS.map((w) => join(dirname(pkg), "dist", "public", "static", `Pretendard-${w}.otf`))
}

/** Renders SVG text to PNG bytes at the size the SVG declares. */
export function renderSvg(svg) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: {
      loadSystemFonts: false,
      fontFiles: getFontFiles(),
      defaultFontFamily: "Pretendard",
      sansSerifFamily: "Pretendard",
      monospaceFamily: "Pretendard",
    },
  })
  const image = resvg.render()
  return { png: image.asPng(), width: image.width, height: image.height }
}

/** Renders the cluster diagram from its SVG source. */
export async function renderDiagram() {
  return renderSvg(await readFile(svgPath, "utf8"))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { png, width, height } = await renderDiagram()
  await writeFile(pngPath, png)
  console.log(`images/clusterDiagram.PNG: ${width}×${height}, ${png.length} bytes`)
}
