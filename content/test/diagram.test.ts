/**
 * The cluster diagram: the PNG the note shows, rendered from the SVG source kept beside it.
 * Bytes are not compared across machines (font rasterisation may differ); sizes and content are.
 */
import { readFile } from "node:fs/promises"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { contentRoot } from "./helpers/paths.ts"

const svgPath = `${contentRoot}images/clusterDiagram.svg`
const pngPath = `${contentRoot}images/clusterDiagram.PNG`
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface Renderer {
  renderSvg(svg: string): { png: Uint8Array; width: number; height: number }
}

/** Width and height from the IHDR chunk, which must come first in a PNG. */
function readPngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), "not a PNG signature").toBe(true)
  expect(png.toString("latin1", 12, 16)).toBe("IHDR")
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** The size the root <svg> element declares in its width and height attributes. */
function readSvgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? ""
  const width = Number(/\swidth="(\d+)"/.exec(root)?.[1])
  const height = Number(/\sheight="(\d+)"/.exec(root)?.[1])
  return { width, height }
}

function countText(svg: string, label: string): number {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].filter((m) => m[1]?.includes(label)).length
}

describe("the cluster diagram", () => {
  it("should be a valid PNG of the size the SVG declares", async () => {
    const svgSize = readSvgSize(await readFile(svgPath, "utf8"))
    expect(svgSize.width).toBeGreaterThan(0)
    expect(svgSize.height).toBeGreaterThan(0)
    expect(readPngSize(await readFile(pngPath))).toEqual(svgSize)
  })

  it("should render again from the SVG to a PNG of the same size", async () => {
    const renderer = (await import(
      pathToFileURL(`${contentRoot}scripts/render-diagram.mjs`).href
    )) as Renderer
    const rendered = renderer.renderSvg(await readFile(svgPath, "utf8"))
    const committed = readPngSize(await readFile(pngPath))
    expect({ width: rendered.width, height: rendered.height }).toEqual(committed)
    expect(readPngSize(Buffer.from(rendered.png))).toEqual(committed)
  })

  it("should draw what the note describes: three masters, one leader, kubelets, the API, kubectl", async () => {
    const svg = await readFile(svgPath, "utf8")
    expect(countText(svg, "Master Node")).toBeGreaterThanOrEqual(3)
    expect(countText(svg, "Leader")).toBe(1)
    expect(countText(svg, "Standby")).toBe(2)
    expect(countText(svg, "kubelet")).toBeGreaterThanOrEqual(2)
    expect(countText(svg, "큐블렛")).toBeGreaterThanOrEqual(2)
    expect(countText(svg, "Kubernetes API")).toBeGreaterThanOrEqual(1)
    expect(countText(svg, "kubectl")).toBeGreaterThanOrEqual(1)
  })

  it("should embed no external fonts or images, so it renders offline", async () => {
    const svg = await readFile(svgPath, "utf8")
    expect(svg).not.toMatch(/@font-face|@import|<image\b|xlink:href="http|href="http/)
  })
})
