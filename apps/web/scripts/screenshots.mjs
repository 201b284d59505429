// Screenshots of the built site for the README: home, a topic, the glossary, the cheat
// sheet and the graph view, light and dark → docs/screenshots/*.png. Builds nothing:
// run `pnpm -F @kube-notes/web build` first. Rerun any time: `pnpm -F @kube-notes/web screenshots`.
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { launchBrowser } from "./lib/browser.mjs"
import { APP_DIR } from "./lib/data-dir.mjs"
import { createStaticServer } from "./lib/static-server.mjs"

const SHOTS = [
  { name: "home", path: "/" },
  { name: "topic", path: "/notes/kubernetes-intro-install/#1-1-쿠버네티스-용어", hover: ".term-link" },
  { name: "glossary", path: "/glossary/" },
  { name: "commands", path: "/commands/" },
  { name: "graph", path: "/graph/", wait: "canvas.graph-canvas[data-view]" },
]
const outDir = join(APP_DIR, "../../docs/screenshots")
await mkdir(outDir, { recursive: true })
const server = createStaticServer({ root: join(APP_DIR, "out") })
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
const base = `http://127.0.0.1:${server.address().port}`
const browser = await launchBrowser()
try {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme })
    const page = await context.newPage()
    for (const shot of SHOTS) {
      await page.goto(`${base}${encodeURI(shot.path)}`, { waitUntil: "networkidle" })
      if (shot.wait) await page.waitForSelector(shot.wait)
      await page.evaluate(() => document.fonts.ready)
      if (shot.hover) await page.locator(shot.hover).nth(2).hover()
      const file = join(outDir, `${shot.name}-${scheme}.png`)
      await page.screenshot({ path: file })
      console.log(`wrote ${file}`)
    }
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}
